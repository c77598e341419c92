import type { ReservationId, VolumeId } from '../model/ids.js';
import type { Reservation, ReservedReservation } from '../model/reservation.js';
import type { Instant } from '../model/time.js';
import { isQueued } from '../rules/reservation-state.js';

/**
 * The fields that decide a place in a volume's queue (C2).
 * @category Jobs
 * @example
 * const key: QueueKey = { queuedAt: '2026-12-04T00:00:00.000Z', placedAt: '2026-12-03T01:00:00.000Z', id: 'r-1' };
 */
export interface QueueKey {
  /** The instant it joined the queue: placing at the counter, approval online (C2). */
  readonly queuedAt: Instant;
  readonly placedAt: Instant;
  readonly id: ReservationId;
}

/**
 * Compares two queued reservations in queue order (C2): by `queuedAt`, then `placedAt`, then
 * `id`. A counter reservation joins the queue when it is placed, an online one when it is
 * approved, so a walk-in who reserved before the approval batch ranks ahead of every request
 * that batch approves. Comparison is by code unit, independent of locale.
 * @param a - a queued reservation
 * @param b - another
 * @returns negative when `a` comes first, positive when `b` does, 0 for the same key
 * @category Jobs
 * @example
 * const counter = { queuedAt: '2026-12-03T05:00:00.000Z', placedAt: '2026-12-03T05:00:00.000Z', id: 'r-9' };
 * const online = { queuedAt: '2026-12-04T00:00:00.000Z', placedAt: '2026-12-03T01:00:00.000Z', id: 'r-1' };
 * compareQueue(counter, online) < 0; // true: the counter reservation joined first
 * @example
 * // Approved in the same batch: the earlier request comes first
 * [online2, online1].sort(compareQueue);
 */
export function compareQueue(a: QueueKey, b: QueueKey): number {
  if (a.queuedAt !== b.queuedAt) return a.queuedAt < b.queuedAt ? -1 : 1;
  if (a.placedAt !== b.placedAt) return a.placedAt < b.placedAt ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/**
 * The queue of a volume: its `reserved` reservations without a pending cancellation, in queue
 * order ({@link compareQueue}). Requested reservations have no place (C2). Returns a new array;
 * the input is not changed.
 * @param reservations - reservations of any volumes and statuses
 * @param volumeId - the volume
 * @returns the waiting reservations, head first
 * @category Jobs
 * @example
 * const [head] = queueOf(reservations, 't-1/1');
 * head?.id; // the reservation the next copy goes to
 */
export function queueOf(reservations: readonly Reservation[], volumeId: VolumeId): ReservedReservation[] {
  const queue: ReservedReservation[] = [];
  for (const r of reservations) if (r.volumeId === volumeId && isQueued(r)) queue.push(r);
  return queue.sort(compareQueue);
}

/**
 * The 1-based place of a reservation in its volume's queue, or `null` when it has none
 * (`requested`, a pending cancellation, or any status other than `reserved`). Counts the
 * queued reservations of the same volume in `reservations` that come before it.
 * @param reservation - the reservation whose place is asked
 * @param reservations - the reservations of its volume (others are ignored)
 * @returns the place, 1 for the head, or `null`
 * @category Jobs
 * @example
 * queuePosition(counterReservation, reservations); // 1
 * queuePosition(requested, reservations); // null (C2: no place before approval)
 */
export function queuePosition(reservation: Reservation, reservations: readonly Reservation[]): number | null {
  if (!isQueued(reservation)) return null;
  let ahead = 0;
  for (const r of reservations)
    if (r.volumeId === reservation.volumeId && r.id !== reservation.id && isQueued(r) && compareQueue(r, reservation) < 0) ahead++;
  return ahead + 1;
}
