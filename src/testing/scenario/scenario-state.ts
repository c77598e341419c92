import type { DomainEvent } from '../../model/domain-event.js';
import type { Loan } from '../../model/loan.js';
import type { Copy } from '../../model/material.js';
import type { Patron } from '../../model/patron.js';
import type { Reservation } from '../../model/reservation.js';
import { COPY_STATUS_LABELS, RESERVATION_STATUS_LABELS } from '../../notices/labels.js';
import type { OutboxNotice } from '../../ports/outbox.js';
import { isCancellationPending } from '../../rules/reservation-state.js';
import type { StoragePorts } from '../../ports/storage-ports.js';
import type { StateChange } from './scenario-report.js';

/**
 * What a scenario can see of its library at one instant, read through the ports (so it works on
 * any storage): the reservations, loans, carts and favourites of its patrons, the copies and
 * queues of its volumes, and the notices (those delivered so far, as rendered at delivery).
 * @category Testing
 * @example
 * const state = await readScenarioState(storage, { patronIds: ['hanako'], volumeIds: ['genji/1'] });
 * state.reservations.size;
 */
export interface ScenarioState {
  readonly patrons: ReadonlyMap<string, Patron>;
  readonly reservations: ReadonlyMap<string, Reservation>;
  /** Reservation ids in queue order, by volume (C2). */
  readonly queues: ReadonlyMap<string, readonly string[]>;
  readonly copies: ReadonlyMap<string, Copy>;
  readonly loans: ReadonlyMap<string, Loan>;
  readonly notices: ReadonlyMap<string, OutboxNotice>;
  readonly carts: ReadonlyMap<string, readonly string[]>;
  readonly favourites: ReadonlyMap<string, readonly string[]>;
}

/**
 * Reads a {@link ScenarioState} in one unit of work.
 * @param storage - the storage ports
 * @param scope - the patrons and volumes of the scenario (or of the part to read)
 * @param options - `notices: false` leaves the notices out (an empty map); `delivered`, the
 *   notices delivered so far, as rendered (without it, the outbox's pending notices)
 * @returns the state
 * @category Testing
 * @example
 * const before = await readScenarioState(storage, scope);
 */
export async function readScenarioState(
  storage: StoragePorts,
  scope: { readonly patronIds: Iterable<string>; readonly volumeIds: Iterable<string> },
  options: { readonly notices?: boolean; readonly delivered?: ReadonlyMap<string, OutboxNotice> | undefined } = {},
): Promise<ScenarioState> {
  return storage.unitOfWork.run(async (tx) => {
    const patrons = new Map<string, Patron>();
    const reservations = new Map<string, Reservation>();
    const loans = new Map<string, Loan>();
    const carts = new Map<string, readonly string[]>();
    const favourites = new Map<string, readonly string[]>();
    for (const patronId of scope.patronIds) {
      const patron = await tx.patrons.get(patronId);
      if (patron) patrons.set(patronId, patron);
      for (const r of await tx.reservations.listByPatron(patronId)) reservations.set(r.id, r);
      for (const l of await tx.loans.listByPatron(patronId)) loans.set(l.id, l);
      carts.set(patronId, (await tx.cart.list(patronId)).map((e) => e.volumeId));
      favourites.set(patronId, (await tx.favourites.list(patronId)).map((e) => e.volumeId));
    }
    const copies = new Map<string, Copy>();
    const queues = new Map<string, readonly string[]>();
    for (const volumeId of scope.volumeIds) {
      for (const c of await tx.copies.listByVolume(volumeId)) copies.set(c.id, c);
      queues.set(volumeId, (await tx.reservations.listQueue(volumeId)).map((r) => r.id));
    }
    const notices =
      options.notices === false
        ? new Map<string, OutboxNotice>()
        : options.delivered !== undefined
          ? new Map(options.delivered)
          : new Map((await tx.outbox.listPending()).map((n) => [n.id, n] as const));
    return { patrons, reservations, queues, copies, loans, notices, carts, favourites };
  });
}

/**
 * The 1-based queue position of a reservation, or `null` when it is not in its volume's queue.
 * @param state - the state
 * @param reservation - the reservation
 * @returns the position
 * @category Testing
 * @example
 * queuePositionIn(state, reservation); // 1
 */
export function queuePositionIn(state: ScenarioState, reservation: Reservation): number | null {
  const index = state.queues.get(reservation.volumeId)?.indexOf(reservation.id) ?? -1;
  return index < 0 ? null : index + 1;
}

type AliasOf = (id: string) => string | undefined;

/** What a reservation change reports beyond its statuses. */
type ChangeFacts = Partial<Record<'lastDay' | 'copyId', string>> & { reasons?: readonly string[] };

function transitionChange(r: Reservation, from: Reservation['status'] | null, after: ScenarioState, aliasOf: AliasOf, extra: ChangeFacts): StateChange {
  const alias = aliasOf(r.id);
  const current = after.reservations.get(r.id);
  const position = current !== undefined && current.status === 'reserved' && r.status === 'reserved' ? queuePositionIn(after, current) : null;
  return {
    type: 'reservation',
    reservationId: r.id,
    ...(alias === undefined ? {} : { alias }),
    patronId: r.patronId,
    volumeId: r.volumeId,
    channel: r.channel,
    from,
    to: r.status,
    label: RESERVATION_STATUS_LABELS[r.status],
    ...(extra.lastDay === undefined ? {} : { lastDay: extra.lastDay }),
    ...(position === null ? {} : { queuePosition: position }),
    ...(extra.reasons === undefined ? {} : { reasons: extra.reasons }),
    ...(extra.copyId === undefined ? {} : { copyId: extra.copyId }),
  };
}

function factsOf(r: Reservation): ChangeFacts {
  return {
    ...(r.status === 'onHold' || r.status === 'lapsed' ? { lastDay: r.lastDay } : {}),
    ...(r.status === 'rejected' ? { reasons: r.reasons.map((x) => x.rule) } : {}),
    ...(r.status === 'onHold' || r.status === 'lapsed' || r.status === 'collected' ? { copyId: r.copyId } : {}),
  };
}

/** Transitions as the operation's events tell them, intermediate statuses included (approved, then on hold). */
function eventChanges(events: readonly DomainEvent[], before: ScenarioState, after: ScenarioState, aliasOf: AliasOf): StateChange[] {
  const changes: StateChange[] = [];
  for (const e of events) {
    const r = after.reservations.get(e.reservationId) ?? before.reservations.get(e.reservationId);
    if (r === undefined) continue;
    const alias = aliasOf(r.id);
    const named = alias === undefined ? {} : { alias };
    if (e.type === 'cancellationRequested') {
      changes.push({ type: 'cancellationRequested', reservationId: r.id, ...named, patronId: r.patronId });
    } else if (e.type === 'pickupChanged') {
      const from = before.reservations.get(r.id)?.pickupBranchId ?? e.pickupBranchId;
      changes.push({ type: 'pickupChanged', reservationId: r.id, ...named, from, to: e.pickupBranchId });
    } else if (e.from !== e.to) {
      const extra: ChangeFacts = {
        ...(e.type === 'holdStarted' || e.type === 'holdLapsed' ? { lastDay: e.lastDay } : {}),
        ...(e.type === 'reservationRejected' ? { reasons: e.reasons.map((x) => x.rule) } : {}),
        ...('copyId' in e && e.copyId !== undefined ? { copyId: e.copyId } : {}),
      };
      changes.push(transitionChange({ ...r, status: e.to } as Reservation, e.from, after, aliasOf, extra));
    }
  }
  return changes;
}

function reservationChanges(before: ScenarioState, after: ScenarioState, aliasOf: AliasOf, events: readonly DomainEvent[]): StateChange[] {
  const changes = eventChanges(events, before, after, aliasOf);
  const told = new Map<string, Reservation['status']>();
  for (const e of events) told.set(e.reservationId, e.to);
  for (const r of after.reservations.values()) {
    const old = before.reservations.get(r.id);
    const alias = aliasOf(r.id);
    const named = alias === undefined ? {} : { alias };
    if (told.get(r.id) === r.status) continue;
    if (old === undefined || old.status !== r.status) {
      changes.push(transitionChange(r, old?.status ?? null, after, aliasOf, factsOf(r)));
    } else if (isCancellationPending(r) && !isCancellationPending(old)) {
      changes.push({ type: 'cancellationRequested', reservationId: r.id, ...named, patronId: r.patronId });
    } else if (old.pickupBranchId !== r.pickupBranchId) {
      changes.push({ type: 'pickupChanged', reservationId: r.id, ...named, from: old.pickupBranchId, to: r.pickupBranchId });
    }
  }
  return changes;
}

function copyChanges(before: ScenarioState, after: ScenarioState): StateChange[] {
  const changes: StateChange[] = [];
  for (const c of after.copies.values()) {
    const old = before.copies.get(c.id);
    if (old === undefined || (old.status === c.status && old.locationBranchId === c.locationBranchId)) continue;
    changes.push({
      type: 'copy',
      copyId: c.id,
      volumeId: c.volumeId,
      from: { status: old.status, branchId: old.locationBranchId },
      to: { status: c.status, branchId: c.locationBranchId },
      label: { from: COPY_STATUS_LABELS[old.status], to: COPY_STATUS_LABELS[c.status] },
    });
  }
  return changes;
}

function loanChanges(before: ScenarioState, after: ScenarioState, aliasOf: AliasOf): StateChange[] {
  const changes: StateChange[] = [];
  for (const l of after.loans.values()) {
    const old = before.loans.get(l.id);
    const event = old === undefined ? 'lent' : old.returnedAt === null && l.returnedAt !== null ? 'returned' : l.renewals > old.renewals ? 'renewed' : null;
    if (event === null) continue;
    const alias = aliasOf(l.id);
    changes.push({
      type: 'loan',
      event,
      loanId: l.id,
      ...(alias === undefined ? {} : { alias }),
      patronId: l.patronId,
      copyId: l.copyId,
      dueDate: l.dueDate,
    });
  }
  return changes;
}

function noticeChanges(before: ScenarioState, after: ScenarioState, aliasOf: AliasOf): StateChange[] {
  const changes: StateChange[] = [];
  for (const n of after.notices.values()) {
    if (before.notices.has(n.id)) continue;
    const alias = n.reservationId === undefined ? undefined : aliasOf(n.reservationId);
    changes.push({
      type: 'notice',
      noticeId: n.id,
      kind: n.kind,
      patronId: n.patronId,
      ...(n.reservationId === undefined ? {} : { reservationId: n.reservationId }),
      ...(alias === undefined ? {} : { alias }),
      payload: n.payload,
    });
  }
  return changes;
}

function patronChanges(before: ScenarioState, after: ScenarioState): StateChange[] {
  const changes: StateChange[] = [];
  for (const p of after.patrons.values()) {
    const old = before.patrons.get(p.id);
    if (old === undefined) continue;
    const fields = [
      old.internetRegistered !== p.internetRegistered ? 'internetRegistered' : null,
      old.unreachable !== p.unreachable ? 'unreachable' : null,
      old.email !== p.email ? 'email' : null,
      old.noticePrivacy.showName !== p.noticePrivacy.showName ? 'showName' : null,
      old.noticePrivacy.showTitle !== p.noticePrivacy.showTitle ? 'showTitle' : null,
    ].filter((f): f is string => f !== null);
    if (fields.length > 0) changes.push({ type: 'patron', patronId: p.id, fields });
  }
  return changes;
}

function listChanges(type: 'cart' | 'favourites', before: ReadonlyMap<string, readonly string[]>, after: ReadonlyMap<string, readonly string[]>): StateChange[] {
  const changes: StateChange[] = [];
  for (const [patronId, entries] of after) {
    const old = before.get(patronId) ?? [];
    const added = entries.filter((v) => !old.includes(v));
    const removed = old.filter((v) => !entries.includes(v));
    if (added.length > 0 || removed.length > 0) changes.push({ type, patronId, added, removed });
  }
  return changes;
}

/**
 * What changed between two states: reservation transitions, copies moved, loans, notices
 * queued, patron settings, carts and favourites, in that order.
 * @param before - the state before a step
 * @param after - the state after it
 * @param aliasOf - the alias of a reservation or loan id, if it has one
 * @param events - the domain events of the step, which tell transitions the states alone cannot
 * (a request approved and trapped at once shows as two transitions)
 * @returns the changes
 * @category Testing
 * @example
 * const changes = diffScenarioState(before, after, (id) => aliasById.get(id), result.events);
 */
export function diffScenarioState(before: ScenarioState, after: ScenarioState, aliasOf: AliasOf, events: readonly DomainEvent[] = []): StateChange[] {
  return [
    ...reservationChanges(before, after, aliasOf, events),
    ...copyChanges(before, after),
    ...loanChanges(before, after, aliasOf),
    ...noticeChanges(before, after, aliasOf),
    ...patronChanges(before, after),
    ...listChanges('cart', before.carts, after.carts),
    ...listChanges('favourites', before.favourites, after.favourites),
  ];
}
