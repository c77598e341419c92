import { ACTIVE_STATUSES, type Reservation, type ReservedReservation } from '../model/reservation.js';

/**
 * Whether a reservation is active: `requested`, `reserved` or `onHold` (E1). A pending online
 * cancellation does not end it: it stays active until the batch finalises it (F2).
 * @param reservation - any reservation
 * @returns true in an active status
 * @category Rules
 * @example
 * isActiveReservation(requested); // true
 * isActiveReservation(collected); // false
 */
export function isActiveReservation(reservation: Reservation): boolean {
  return ACTIVE_STATUSES.includes(reservation.status);
}

/**
 * Whether the patron cancelled a reservation online and the cancellation waits for the next
 * approval batch (F2).
 * @param reservation - any reservation
 * @returns true when a cancellation is pending
 * @category Rules
 * @example
 * isCancellationPending({ ...requested, cancellationRequestedAt: '2026-12-03T02:00:00.000Z' }); // true
 * isCancellationPending(onHold); // false
 */
export function isCancellationPending(reservation: Reservation): boolean {
  return (reservation.status === 'requested' || reservation.status === 'reserved') && reservation.cancellationRequestedAt !== undefined;
}

/**
 * Whether a reservation waits in the queue for a copy: status exactly `reserved` (approved
 * online, or placed at the counter) with no cancellation pending (C2, F2). A `requested` one
 * has no queue place; an `onHold` one already has its copy.
 * @param reservation - any reservation
 * @returns true for a queued reservation
 * @category Rules
 * @example
 * isQueued(reserved); // true
 * isQueued(requested); // false
 * @example
 * // A pending cancellation takes no copy (F2)
 * isQueued({ ...reserved, cancellationRequestedAt: '2026-12-03T02:00:00.000Z' }); // false
 */
export function isQueued(reservation: Reservation): reservation is ReservedReservation {
  return reservation.status === 'reserved' && reservation.cancellationRequestedAt === undefined;
}
