import { refusal, type Refusal } from '../errors/refusal.js';
import type { ReservationId } from '../model/ids.js';
import type { ReservedReservation } from '../model/reservation.js';
import type { Instant } from '../model/time.js';
import { compareQueue } from './queue-order.js';

/**
 * One write of a queue move: the reservation and the `queuedAt` that gives it its new place.
 * @category Jobs
 * @example
 * const write: QueueMoveWrite = { reservation: reserved, queuedAt: '2026-12-03T23:59:59.999Z' };
 */
export interface QueueMoveWrite {
  readonly reservation: ReservedReservation;
  readonly queuedAt: Instant;
}

/**
 * The outcome of {@link planQueueMove}: the moved reservation's old and new 1-based places and
 * the writes, the moved reservation first; or the refusal.
 * @category Jobs
 * @example
 * const plan = planQueueMove(queue, 'r-3', 1);
 * if (plan.ok) plan.writes.length; // 1 when there was room before the head
 */
export type QueueMovePlan =
  | { readonly ok: true; readonly fromPosition: number; readonly toPosition: number; readonly writes: readonly QueueMoveWrite[] }
  | { readonly ok: false; readonly refusal: Refusal };

function shifted(instant: Instant, ms: number): Instant {
  return new Date(Date.parse(instant) + ms).toISOString();
}

/**
 * Plans a staff move of a reservation to a 1-based place in its volume's queue (P12). The queue
 * is ordered by `queuedAt`, then `placedAt`, then `id` (C2), so the move is written as new
 * `queuedAt` values: the moved reservation takes its new predecessor's instant (a millisecond
 * before the head when it moves to the top), and every later reservation that would then not
 * follow in order is nudged a millisecond after the one before it. Nobody else changes place.
 * Pure; the queue as given must be in queue order.
 *
 * Refusal codes: `NOT_IN_QUEUE` (P12) when the reservation is not in the queue, or the place is
 * outside it.
 * @param queue - the volume's queue, head first ({@link queueOf})
 * @param reservationId - the reservation to move
 * @param toPosition - its new place, 1 for the head
 * @returns the plan
 * @category Jobs
 * @example
 * const plan = planQueueMove(queue, 'r-3', 1);
 * if (plan.ok) [plan.fromPosition, plan.toPosition]; // [3, 1]
 * @example
 * planQueueMove(queue, 'r-9', 1); // { ok: false, refusal: { code: 'NOT_IN_QUEUE', rule: 'P12' } }
 */
export function planQueueMove(queue: readonly ReservedReservation[], reservationId: ReservationId, toPosition: number): QueueMovePlan {
  const from = queue.findIndex((r) => r.id === reservationId);
  const moved = queue[from];
  if (moved === undefined || !Number.isInteger(toPosition) || toPosition < 1 || toPosition > queue.length)
    return { ok: false, refusal: refusal('NOT_IN_QUEUE', { queueLength: queue.length }) };
  const to = toPosition - 1;
  if (from === to) return { ok: true, fromPosition: from + 1, toPosition, writes: [] };
  const order = queue.filter((r) => r.id !== reservationId);
  order.splice(to, 0, moved);
  const keys = new Map<ReservationId, Instant>(order.map((r) => [r.id, r.queuedAt]));
  const first = order[0] as ReservedReservation;
  if (to === 0) keys.set(moved.id, shifted((order[1] as ReservedReservation).queuedAt, -1));
  else keys.set(moved.id, (order[to - 1] as ReservedReservation).queuedAt);
  const writes: QueueMoveWrite[] = [];
  let previous = { ...first, queuedAt: keys.get(first.id) as Instant };
  if (first.id === moved.id) writes.push({ reservation: moved, queuedAt: previous.queuedAt });
  for (const r of order.slice(1)) {
    let key = { ...r, queuedAt: keys.get(r.id) as Instant };
    if (compareQueue(previous, key) >= 0) key = { ...key, queuedAt: shifted(previous.queuedAt, 1) };
    if (key.queuedAt !== r.queuedAt || r.id === moved.id) writes.push({ reservation: r, queuedAt: key.queuedAt });
    previous = key;
  }
  writes.sort((a, b) => (a.reservation.id === moved.id ? -1 : b.reservation.id === moved.id ? 1 : 0));
  return { ok: true, fromPosition: from + 1, toPosition, writes };
}
