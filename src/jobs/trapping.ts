import { japanDateOf } from '../calendar/japan-date.js';
import { refusal, type Refusal } from '../errors/refusal.js';
import type { DomainEvent } from '../model/domain-event.js';
import type { HoldDates } from '../calendar/hold-dates.js';
import type { BranchId, CopyId, ReservationId } from '../model/ids.js';
import { moveCopy, type Copy } from '../model/material.js';
import type { OnHoldReservation, Reservation, ReservedReservation } from '../model/reservation.js';
import type { Instant } from '../model/time.js';
import type { Policy } from '../policy/schema.js';
import { holdPeriod, startHold } from './hold-start.js';
import { committedReservations, VolumeQueues } from './volume-queues.js';

/**
 * Where a copy offered to its queue stands (P8): in staff's hands at `locationBranchId`
 * (`hand`: returned, arrived in transit, freed from the hold shelf, or pulled), or on the open
 * shelf there (`shelf`: after the queue grew).
 * @category Jobs
 * @example
 * const from: CopySource = 'shelf';
 */
export type CopySource = 'hand' | 'shelf';

/**
 * What {@link trapCopy} needs: a copy that has just become free where it stands, the
 * reservations of its volume, the volume's other copies, when, and the policy.
 * @category Jobs
 * @example
 * const input: TrapCopyInput = { copy, reservations, copies: [], at: '2026-12-08T01:00:00.000Z', policy: hokutoPolicy() };
 */
export interface TrapCopyInput {
  /**
   * The copy, with `locationBranchId` the branch where it is now: where it was returned,
   * where it arrived in transit, or the hold shelf it was freed from.
   */
  readonly copy: Copy;
  /** The reservations of the copy's volume (others are ignored). */
  readonly reservations: readonly Reservation[];
  /** The volume's other copies (at least those taken for a reservation): a reservation with a copy taken for it is given no other (P5). */
  readonly copies?: readonly Copy[] | undefined;
  /** Where the copy stands; default `hand`. */
  readonly from?: CopySource | undefined;
  /** When: its Japan date is the notice date of a new hold (D1, D2). */
  readonly at: Instant;
  readonly policy: Policy;
}

/**
 * What became of a copy offered to its volume's queue (C2, D1, P5, P8):
 *
 * - `hold`: it is at the pickup branch of the reservation it goes to; the copy goes on the hold
 *   shelf, the reservation goes `onHold` with its notice date and last day, and a
 *   `holdStarted` event asks the host to send the 予約（貸出）決定通知;
 * - `pull`: it stands on the open shelf and is taken for the head (`awaitingPull`); the head
 *   stays `reserved` until staff pull it (P8);
 * - `transit`: it travels to the pickup branch of `reservationId` (`locationBranchId` is the
 *   destination, `transitFromBranchId` where it left) and the reservation stays `reserved`;
 * - `home`: nobody waits; it travels back to its owning branch (P5, E5);
 * - `shelve`: nobody waits; it goes on the shelf where it is;
 * - refused (`ok: false`, `COPY_NOT_TRAPPABLE`, D1): the copy is missing, long overdue or
 *   withdrawn, or it is on the hold shelf for an `onHold` reservation.
 *
 * The copy returned is the one to store, with `version` one more than the input's (a `shelve`
 * of a copy already on the shelf, from `shelf`, returns it unchanged).
 * @category Jobs
 * @example
 * function describe(result: TrapResult): string {
 *   if (!result.ok) return result.refusal.code;
 *   return result.kind === 'hold' ? `hold until ${result.reservation.lastDay}` : result.kind;
 * }
 */
export type TrapResult =
  | {
      readonly ok: true;
      readonly kind: 'hold';
      readonly copy: Copy;
      readonly reservation: OnHoldReservation;
      readonly events: readonly DomainEvent[];
    }
  | {
      readonly ok: true;
      readonly kind: 'transit' | 'pull';
      readonly copy: Copy;
      /** The reservation the copy is taken for; it stays `reserved`, unchanged. */
      readonly reservationId: ReservationId;
      readonly events: readonly DomainEvent[];
    }
  | { readonly ok: true; readonly kind: 'shelve' | 'home'; readonly copy: Copy; readonly events: readonly DomainEvent[] }
  | { readonly ok: false; readonly refusal: Refusal };

/**
 * The kind of a successful {@link TrapResult}.
 * @category Jobs
 * @example
 * const kind: TrapKind = 'transit';
 */
export type TrapKind = 'hold' | 'pull' | 'transit' | 'home' | 'shelve';

/**
 * Why a copy cannot be offered to the queue at all, or null when it can.
 * @param copy - the copy
 * @param heldCopyIds - copies on the hold shelf for an `onHold` reservation
 * @returns the refusal, or null
 * @category Jobs
 * @example
 * untrappable({ ...copy, status: 'missing' }, new Set()); // { code: 'COPY_NOT_TRAPPABLE', rule: 'D1', … }
 */
export function untrappable(copy: Copy, heldCopyIds: ReadonlySet<CopyId>): Refusal | null {
  if (copy.status === 'missing' || copy.status === 'longOverdue' || copy.status === 'withdrawn')
    return refusal('COPY_NOT_TRAPPABLE', { status: copy.status });
  if (heldCopyIds.has(copy.id)) return refusal('COPY_NOT_TRAPPABLE', { status: copy.status, held: true });
  return null;
}

/**
 * Whether a copy nobody waits for travels back to its owning branch (P5): always for a copy
 * the museum owns (E5), and for every copy when the policy's `returnTo` is `owner`.
 * @param copy - the copy
 * @param policy - the parsed policy
 * @returns true when it goes home
 * @category Jobs
 * @example
 * goesHome(museumCopy, hokutoPolicy({ returnTo: 'whereReturned' })); // true (E5)
 */
export function goesHome(copy: Copy, policy: Policy): boolean {
  if (policy.returnTo === 'owner') return true;
  return policy.branches.some((b) => b.id === copy.ownerBranchId && b.kind === 'museum');
}

/** The events of a placement that starts no hold: one shared empty list, instead of one per copy. */
const NO_EVENTS: readonly DomainEvent[] = Object.freeze([]);

function nobodyWaits(copy: Copy, from: CopySource, policy: Policy): Extract<TrapResult, { ok: true }> {
  if (from === 'shelf')
    return { ok: true, kind: 'shelve', copy: copy.status === 'onShelf' ? copy : moveCopy(copy, { status: 'onShelf', branchId: copy.locationBranchId }), events: NO_EVENTS };
  if (copy.locationBranchId !== copy.ownerBranchId && goesHome(copy, policy))
    return { ok: true, kind: 'home', copy: moveCopy(copy, { status: 'inTransit', branchId: copy.ownerBranchId, from: copy.locationBranchId }), events: NO_EVENTS };
  return { ok: true, kind: 'shelve', copy: moveCopy(copy, { status: 'onShelf', branchId: copy.locationBranchId }), events: NO_EVENTS };
}

/**
 * The copies freed in one job run or operation, placed one after another: each goes to the
 * reservation it was taken for when that one still waits (P5), or else to the head of its
 * volume's queue not yet served and with no copy taken for it, so a reservation gets at most
 * one copy; a copy nobody waits for goes home or on the shelf. Collects the changed copies and
 * the new holds, and appends the holds' events to the run's events. The caller has checked
 * {@link untrappable}. Internal to the jobs.
 * @category Jobs
 * @example
 * const placements = new CopyPlacements(reservations, copies, at, policy, events);
 * placements.place(copy, 'hand').kind; // 'hold'
 * placements.withHolds(reservations); // the reservations, the new hold in place of its reservation
 */
export class CopyPlacements {
  /** The placed copies, as changed, in the order placed. */
  readonly copies: Copy[] = [];
  /** The new holds in the order made, and where the reservation each one was stands in `reservations`. */
  readonly #holds: OnHoldReservation[] = [];
  readonly #holdIndices: number[] = [];
  readonly #reservations: readonly Reservation[];
  readonly #queues: VolumeQueues;
  readonly #at: Instant;
  readonly #policy: Policy;
  readonly #events: DomainEvent[];
  /** Where the reservation of the last hold made stands in `reservations`, for `place`. */
  #headIndex = -1;
  readonly #dates = new Map<BranchId, HoldDates>();
  readonly #scratch: DomainEvent[] = [];

  /**
   * @param reservations - the reservations of the copies' volumes (others are ignored)
   * @param copies - the copies of those volumes known to the caller, for the reservations they are taken for (P5)
   * @param at - when; its Japan date is the notice date of the new holds
   * @param policy - the parsed policy
   * @param events - where the `holdStarted` events are appended
   */
  constructor(reservations: readonly Reservation[], copies: Iterable<Copy>, at: Instant, policy: Policy, events: DomainEvent[]) {
    this.#reservations = reservations;
    this.#queues = new VolumeQueues(reservations, committedReservations(copies), japanDateOf(at));
    this.#at = at;
    this.#policy = policy;
    this.#events = events;
  }

  /**
   * Places a copy.
   * @param copy - the copy, where it stands
   * @param from - in staff's hands or on the open shelf
   * @returns the placement
   */
  place(copy: Copy, from: CopySource = 'hand'): Extract<TrapResult, { ok: true }> {
    const placed = this.#decide(copy, from);
    this.copies.push(placed.copy);
    if (placed.kind === 'hold') {
      this.#holds.push(placed.reservation);
      this.#holdIndices.push(this.#headIndex);
      for (const e of placed.events) this.#events.push(e);
    }
    return placed;
  }

  #decide(copy: Copy, from: CopySource): Extract<TrapResult, { ok: true }> {
    if (copy.notForLoan === true) return nobodyWaits(copy, from, this.#policy);
    const queues = this.#queues;
    let place = copy.reservationId !== undefined && copy.status !== 'onHoldShelf' ? queues.claimPlace(copy.reservationId) : -1;
    if (place < 0) place = queues.takePlace(copy.volumeId);
    if (place < 0) return nobodyWaits(copy, from, this.#policy);
    const head = queues.reservation(place);
    const here = copy.locationBranchId;
    if (from === 'shelf' && !this.#policy.noticeAtTrap)
      return { ok: true, kind: 'pull', copy: moveCopy(copy, { status: 'awaitingPull', branchId: here, reservationId: head.id }), reservationId: head.id, events: NO_EVENTS };
    if (here !== head.pickupBranchId)
      return {
        ok: true,
        kind: 'transit',
        copy: moveCopy(copy, { status: 'inTransit', branchId: head.pickupBranchId, from: here, reservationId: head.id }),
        reservationId: head.id,
        events: NO_EVENTS,
      };
    const scratch = this.#scratch;
    const reservation = startHold(head, copy.id, this.#at, this.#policy, scratch, this.#datesAt(head.pickupBranchId));
    // The hold's own list, of its exact length (a list grown from empty keeps room for 16).
    const events = scratch.slice();
    scratch.length = 0;
    this.#headIndex = queues.inputIndex(place);
    return { ok: true, kind: 'hold', copy: moveCopy(copy, { status: 'onHoldShelf', branchId: here, reservationId: head.id }), reservation, events };
  }

  /** The notice date and last day of a hold that begins now at a pickup branch ({@link holdPeriod}), each branch's computed once. */
  #datesAt(pickupBranchId: BranchId): HoldDates {
    let dates = this.#dates.get(pickupBranchId);
    if (dates === undefined) {
      dates = holdPeriod(this.#policy, pickupBranchId, this.#at);
      this.#dates.set(pickupBranchId, dates);
    }
    return dates;
  }

  /** The new holds, in the order made. */
  get holds(): OnHoldReservation[] {
    return this.#holds.slice();
  }

  /**
   * A new array of the reservations with each new hold in place of the reservation it was.
   * @param reservations - the reservations
   * @returns the reservations, in the same order
   */
  withHolds(reservations: readonly Reservation[]): Reservation[] {
    const out = reservations.slice();
    if (this.#holds.length === 0) return out;
    if (reservations === this.#reservations) {
      // The reservations the queues were made from: each hold goes where its reservation stands.
      for (let h = 0; h < this.#holds.length; h++) out[this.#holdIndices[h] as number] = this.#holds[h] as OnHoldReservation;
      return out;
    }
    const byId = new Map<ReservationId, OnHoldReservation>();
    for (const hold of this.#holds) byId.set(hold.id, hold);
    for (let i = 0; i < out.length; i++) {
      const r = out[i] as Reservation;
      if (r.status === 'reserved') out[i] = byId.get(r.id) ?? r;
    }
    return out;
  }
}

// Indexed loops in the functions that run once per call over every record: a `for … of` that
// runs before the engine optimises it allocates an iterator result per record.

function heldCopies(reservations: readonly Reservation[]): Set<CopyId> {
  const held = new Set<CopyId>();
  for (let i = 0; i < reservations.length; i++) {
    const r = reservations[i] as Reservation;
    if (r.status === 'onHold') held.add(r.copyId);
  }
  return held;
}

/**
 * Offers a copy that has just become free to its volume's queue (C2, D1, P5, P8). A copy that
 * travelled (or waited to be pulled) for a reservation that still waits goes to it: a hold at
 * its pickup branch, or on to that branch. Otherwise the head of the queue with no copy taken
 * for it gets it: a hold when the copy is in staff's hands at the head's pickup branch, a
 * transit there otherwise (E5: a museum copy always travels), or, for a copy on the open shelf,
 * the pull list unless the policy's `noticeAtTrap` is on (P8). When nobody waits, or the copy
 * is 禁帯出 (E3), it goes home or on the shelf ({@link goesHome}). `requested` reservations and
 * those with a pending cancellation have no place (C2, F2); a reservation suspended today keeps
 * its place but is passed over (P13). The hold's dates come from
 * {@link holdPeriod}. Pure: never mutates its input.
 *
 * Refusals: `COPY_NOT_TRAPPABLE` (D1) for a missing, long-overdue or withdrawn copy, or one
 * held on the hold shelf for an `onHold` reservation.
 * @param input - the copy, its volume's reservations and other copies, when, and the policy
 * @returns a {@link TrapResult}
 * @category Jobs
 * @example
 * const result = trapCopy({ copy, reservations, at: '2026-12-08T01:00:00.000Z', policy });
 * if (result.ok && result.kind === 'hold') result.reservation.lastDay; // '2026-12-15'
 * @example
 * // A museum copy travels to the pickup library (E5)
 * trapCopy({ copy: museumCopy, reservations, at, policy }); // { ok: true, kind: 'transit', copy: { status: 'inTransit', locationBranchId: 'akeno', … }, … }
 * @example
 * // Nobody waits, returned away from home: back to its owning branch (P5)
 * trapCopy({ copy: { ...copy, locationBranchId: 'mukawa' }, reservations: [], at, policy }).ok; // true, kind 'home'
 */
export function trapCopy(input: TrapCopyInput): TrapResult {
  const { copy, reservations, at, policy } = input;
  const refused = untrappable(copy, heldCopies(reservations));
  if (refused !== null) return { ok: false, refusal: refused };
  const others = (input.copies ?? []).filter((c) => c.id !== copy.id);
  return new CopyPlacements(reservations, others, at, policy, []).place(copy, input.from ?? 'hand');
}

/**
 * What {@link trapCopies} needs: many copies that became free, the reservations of their
 * volumes, the volumes' other copies, when, and the policy.
 * @category Jobs
 * @example
 * const input: TrapCopiesInput = { copies: returnedToday, reservations, at, policy };
 */
export interface TrapCopiesInput {
  /** The copies, each with `locationBranchId` the branch where it is now. */
  readonly copies: readonly Copy[];
  /** The reservations of the copies' volumes (others are ignored), each id once, as a store holds them. */
  readonly reservations: readonly Reservation[];
  /** The volumes' other copies, at least those taken for a reservation (P5). */
  readonly otherCopies?: readonly Copy[] | undefined;
  /** Where the copies stand; default `hand`. */
  readonly from?: CopySource | undefined;
  readonly at: Instant;
  readonly policy: Policy;
}

/**
 * The outcome of {@link trapCopies}.
 * @category Jobs
 * @example
 * const { results, copies, reservations, events } = trapCopies({ copies: returned, reservations: all, at, policy });
 */
export interface TrapCopiesResult {
  /** One result per input copy, in input order. */
  readonly results: readonly TrapResult[];
  /** The copies that were placed (every copy not refused), in input order. */
  readonly copies: readonly Copy[];
  /** The input reservations with the new holds applied, in input order. */
  readonly reservations: readonly Reservation[];
  /** The `holdStarted` events, one per new hold. */
  readonly events: readonly DomainEvent[];
}

/**
 * {@link trapCopy} over many copies at once, such as a day's returns: reservations are
 * indexed by volume once and each queue sorted once. Copies are served in input order, and
 * within one call a reservation gets at most one copy (a hold, a pull or a transit), so two
 * copies of one volume go to the first two in its queue (P5).
 * @param input - the copies, the reservations, when, and the policy
 * @returns the results per copy, the changed copies, the reservations with holds applied, and the events
 * @category Jobs
 * @example
 * const { results } = trapCopies({ copies: [copyA, copyB], reservations, at, policy });
 * results.map((r) => (r.ok ? r.kind : r.refusal.code)); // ['hold', 'transit']
 */
export function trapCopies(input: TrapCopiesInput): TrapCopiesResult {
  const { copies, reservations, at, policy } = input;
  const held = heldCopies(reservations);
  const events: DomainEvent[] = [];
  const others = input.otherCopies ?? [];
  let known: readonly Copy[] = copies;
  if (others.length > 0) {
    const ids = new Set(copies.map((c) => c.id));
    known = [...others.filter((c) => !ids.has(c.id)), ...copies];
  }
  const placements = new CopyPlacements(reservations, known, at, policy, events);
  const results: TrapResult[] = [];
  for (let i = 0; i < copies.length; i++) {
    const copy = copies[i] as Copy;
    const refused = untrappable(copy, held);
    if (refused !== null) {
      results.push({ ok: false, refusal: refused });
      continue;
    }
    const result = placements.place(copy, input.from ?? 'hand');
    results.push(result);
    if (result.kind === 'hold') held.add(copy.id);
  }
  return { results, copies: placements.copies, reservations: placements.withHolds(reservations), events };
}
