import { holdDatesOn } from '../calendar/hold-dates.js';
import { japanDateOf } from '../calendar/japan-date.js';
import { refusal, type Refusal } from '../errors/refusal.js';
import type { DomainEvent } from '../model/domain-event.js';
import type { CopyId, ReservationId } from '../model/ids.js';
import type { Copy } from '../model/material.js';
import type { OnHoldReservation, Reservation, ReservedReservation } from '../model/reservation.js';
import type { Instant, LocalDate } from '../model/time.js';
import type { Policy } from '../policy/schema.js';
import { applyTransition } from './apply-transition.js';
import { isSuspendedOn } from '../rules/patron-options.js';
import { queueOf } from './queue-order.js';
import { VolumeQueues } from './volume-queues.js';

/**
 * What {@link trapCopy} needs: a copy that has just become free where it stands, the
 * reservations of its volume, when, and the policy.
 * @category Jobs
 * @example
 * const input: TrapCopyInput = { copy, reservations, at: '2026-12-08T01:00:00.000Z', policy: hokutoPolicy() };
 */
export interface TrapCopyInput {
  /**
   * The copy, with `locationBranchId` the branch where it is now: where it was returned,
   * where it arrived in transit, or the hold shelf it was freed from.
   */
  readonly copy: Copy;
  /** The reservations of the copy's volume (others are ignored). */
  readonly reservations: readonly Reservation[];
  /** When: its Japan date is the notice date of a new hold (D1, D2). */
  readonly at: Instant;
  readonly policy: Policy;
}

/**
 * What became of a copy offered to its volume's queue (C2, D1):
 *
 * - `hold`: it is at the head's pickup branch; the copy goes on the hold shelf, the head goes
 *   `onHold` with its notice date and last day, and a `holdStarted` event asks the host to send
 *   the 予約（貸出）決定通知 ({@link buildHoldNotice});
 * - `transit`: it is elsewhere (a museum copy, E5, or another library's); it travels to the
 *   head's pickup branch (`locationBranchId` is the destination) and the head stays `reserved`.
 *   When it arrives, offer it again with {@link trapCopy};
 * - `shelve`: nobody waits; it goes on the shelf where it is;
 * - refused (`ok: false`, `COPY_NOT_TRAPPABLE`, D1): the copy is missing or long overdue, or
 *   it is on the hold shelf for an `onHold` reservation.
 *
 * The copy returned is the one to store, with `version` one more than the input's.
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
      readonly kind: 'transit';
      readonly copy: Copy;
      /** The head the copy travels for; it stays `reserved`, unchanged. */
      readonly reservationId: ReservationId;
      readonly events: readonly DomainEvent[];
    }
  | { readonly ok: true; readonly kind: 'shelve'; readonly copy: Copy; readonly events: readonly DomainEvent[] }
  | { readonly ok: false; readonly refusal: Refusal };

/**
 * The kind of a successful {@link TrapResult}.
 * @category Jobs
 * @example
 * const kind: TrapKind = 'transit';
 */
export type TrapKind = 'hold' | 'transit' | 'shelve';

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
  if (copy.status === 'missing' || copy.status === 'longOverdue') return refusal('COPY_NOT_TRAPPABLE', { status: copy.status });
  if (heldCopyIds.has(copy.id)) return refusal('COPY_NOT_TRAPPABLE', { status: copy.status, held: true });
  return null;
}

/**
 * Gives a copy to the head of its queue, or sends it on its way, or shelves it. The caller has
 * checked {@link untrappable}. Internal to the jobs; `noticeDate` is the Japan date of `at`.
 * @param copy - the copy, where it stands
 * @param head - the head of the queue, if anyone waits
 * @param at - when
 * @param noticeDate - the Japan date of `at`
 * @param policy - the parsed policy
 * @returns the placement
 * @category Jobs
 * @example
 * placeCopy(copy, head, at, japanDateOf(at), policy).kind; // 'hold'
 */
function placeCopy(
  copy: Copy,
  head: ReservedReservation | undefined,
  at: Instant,
  noticeDate: LocalDate,
  policy: Policy,
): Extract<TrapResult, { ok: true }> {
  if (head === undefined) return { ok: true, kind: 'shelve', copy: { ...copy, status: 'onShelf', version: copy.version + 1 }, events: [] };
  if (copy.locationBranchId !== head.pickupBranchId)
    return {
      ok: true,
      kind: 'transit',
      copy: { ...copy, status: 'inTransit', locationBranchId: head.pickupBranchId, version: copy.version + 1 },
      reservationId: head.id,
      events: [],
    };
  const events: DomainEvent[] = [];
  const dates = holdDatesOn(policy, head.pickupBranchId, noticeDate);
  const reservation = applyTransition(head, { type: 'trap', copyId: copy.id, ...dates }, at, events) as OnHoldReservation;
  return { ok: true, kind: 'hold', copy: { ...copy, status: 'onHoldShelf', version: copy.version + 1 }, reservation, events };
}

/**
 * The copies freed in one job run, placed one after another with {@link placeCopy}: each goes
 * to the head of its volume's queue not yet served in this run, so a reservation gets at most
 * one copy. Collects the changed copies and the new holds, and appends the holds' events to the
 * run's events. The caller has checked {@link untrappable}. Internal to the jobs.
 * @category Jobs
 * @example
 * const placements = new CopyPlacements(reservations, at, policy, events);
 * placements.place(copy).kind; // 'hold'
 * placements.withHolds(reservations); // the reservations, the new hold in place of its reservation
 */
export class CopyPlacements {
  /** The placed copies, as changed, in the order placed. */
  readonly copies: Copy[] = [];
  readonly #holds = new Map<ReservationId, OnHoldReservation>();
  readonly #queues: VolumeQueues;
  readonly #at: Instant;
  readonly #noticeDate: LocalDate;
  readonly #policy: Policy;
  readonly #events: DomainEvent[];

  /**
   * @param reservations - the reservations of the copies' volumes (others are ignored)
   * @param at - when; its Japan date is the notice date of the new holds
   * @param policy - the parsed policy
   * @param events - where the `holdStarted` events are appended
   */
  constructor(reservations: readonly Reservation[], at: Instant, policy: Policy, events: DomainEvent[]) {
    this.#at = at;
    this.#noticeDate = japanDateOf(at);
    this.#queues = new VolumeQueues(reservations, this.#noticeDate);
    this.#policy = policy;
    this.#events = events;
  }

  /**
   * Places a copy.
   * @param copy - the copy, where it stands
   * @returns the placement
   */
  place(copy: Copy): Extract<TrapResult, { ok: true }> {
    const placed = placeCopy(copy, this.#queues.take(copy.volumeId), this.#at, this.#noticeDate, this.#policy);
    this.copies.push(placed.copy);
    if (placed.kind === 'hold') {
      this.#holds.set(placed.reservation.id, placed.reservation);
      for (const e of placed.events) this.#events.push(e);
    }
    return placed;
  }

  /** The new holds, in the order made. */
  get holds(): OnHoldReservation[] {
    return [...this.#holds.values()];
  }

  /**
   * A new array of the reservations with each new hold in place of the reservation it was.
   * @param reservations - the reservations
   * @returns the reservations, in the same order
   */
  withHolds(reservations: readonly Reservation[]): Reservation[] {
    return this.#holds.size === 0 ? reservations.slice() : reservations.map((r) => this.#holds.get(r.id) ?? r);
  }
}

function heldCopies(reservations: readonly Reservation[]): Set<CopyId> {
  const held = new Set<CopyId>();
  for (const r of reservations) if (r.status === 'onHold') held.add(r.copyId);
  return held;
}

/**
 * Offers a copy that has just become free to the head of its volume's queue (C2, D1): a hold
 * when the copy stands at the head's pickup branch, a transit to that branch otherwise (E5: a
 * museum copy always travels), or the shelf when nobody waits. `requested` reservations and
 * those with a pending cancellation have no place (C2, F2); a reservation suspended today keeps
 * its place but is passed over (P13). The hold's notice date is the Japan
 * date of `at` and its last day `holdLastDay(policy, pickupBranchId, noticeDate)` (D2).
 * Pure: never mutates its input.
 *
 * Refusals: `COPY_NOT_TRAPPABLE` (D1) for a missing or long-overdue copy, or one held on the
 * hold shelf for an `onHold` reservation.
 * @param input - the copy, its volume's reservations, when, and the policy
 * @returns a {@link TrapResult}
 * @category Jobs
 * @example
 * const result = trapCopy({ copy, reservations, at: '2026-12-08T01:00:00.000Z', policy });
 * if (result.ok && result.kind === 'hold') result.reservation.lastDay; // '2026-12-15'
 * @example
 * // A museum copy travels to the pickup library (E5)
 * trapCopy({ copy: museumCopy, reservations, at, policy }); // { ok: true, kind: 'transit', copy: { status: 'inTransit', locationBranchId: 'akeno', … }, … }
 * @example
 * // Nobody waits: back on the shelf where it is
 * trapCopy({ copy, reservations: [], at, policy }).ok; // true, kind 'shelve'
 */
export function trapCopy(input: TrapCopyInput): TrapResult {
  const { copy, reservations, at, policy } = input;
  const refused = untrappable(copy, heldCopies(reservations));
  if (refused !== null) return { ok: false, refusal: refused };
  const today = japanDateOf(at);
  return placeCopy(copy, queueOf(reservations, copy.volumeId).find((r) => !isSuspendedOn(r, today)), at, today, policy);
}

/**
 * What {@link trapCopies} needs: many copies that became free, the reservations of their
 * volumes, when, and the policy.
 * @category Jobs
 * @example
 * const input: TrapCopiesInput = { copies: returnedToday, reservations, at, policy };
 */
export interface TrapCopiesInput {
  /** The copies, each with `locationBranchId` the branch where it is now. */
  readonly copies: readonly Copy[];
  /** The reservations of the copies' volumes (others are ignored). */
  readonly reservations: readonly Reservation[];
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
  /** The copies that changed (every copy not refused), in input order. */
  readonly copies: readonly Copy[];
  /** The input reservations with the new holds applied, in input order. */
  readonly reservations: readonly Reservation[];
  /** The `holdStarted` events, one per new hold. */
  readonly events: readonly DomainEvent[];
}

/**
 * {@link trapCopy} over many copies at once, such as a day's returns: reservations are
 * indexed by volume once and each queue sorted once. Copies are served in input order, and
 * within one call a reservation gets at most one copy (a hold or a transit), so two copies of
 * one volume go to the first two in its queue.
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
  const placements = new CopyPlacements(reservations, at, policy, events);
  const results: TrapResult[] = [];
  for (const copy of copies) {
    const refused = untrappable(copy, held);
    if (refused !== null) {
      results.push({ ok: false, refusal: refused });
      continue;
    }
    const result = placements.place(copy);
    results.push(result);
    if (result.kind === 'hold') held.add(copy.id);
  }
  return { results, copies: placements.copies, reservations: placements.withHolds(reservations), events };
}
