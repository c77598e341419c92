import { ALLOWED, combineVerdicts, refuse, type Verdict } from '../errors/refusal.js';
import type { Copy } from '../model/material.js';
import type { Reservation } from '../model/reservation.js';
import { isQueued } from './reservation-state.js';

/**
 * Checks that a walk-in patron may check out a copy at the counter (C2, C3).
 *
 * The copy must be `onShelf`. Pending online requests (`requested`) do not hold it: before
 * approval, walk-ins come first (C2), and a walk-in who borrows it first wins (C3). A
 * reservation for the copy's volume in status `reserved` with no cancellation pending (approved
 * online, or placed at the counter) has a queue place: the copy belongs to the queue and should
 * be trapped for it instead.
 *
 * Decision: the check is per copy, so any queued reservation for the volume blocks a copy on
 * the shelf, even when the volume has more copies on the shelf than reservations waiting; the
 * trapping job normally takes such copies off the shelf first. A walk-in who is themselves at
 * the head of the queue collects through the hold instead.
 *
 * Refusal codes: `COPY_NOT_AVAILABLE` (C3, `params.copyStatus`) when the copy is not on the
 * shelf; `RESERVED_FOR_QUEUE` (C2) when a queued reservation waits for its volume. Both are
 * returned when both apply.
 * @param copy - the copy the walk-in brings to the counter
 * @param volumeReservations - reservations for the copy's volume (others are skipped)
 * @returns {@link ALLOWED} or a verdict with the refusals
 * @category Rules
 * @example
 * // An online request is pending: the walk-in still borrows it (C3)
 * checkWalkInCheckout({ ...copy, status: 'onShelf' }, [onlineRequested]); // { ok: true }
 * @example
 * // An approved reservation waits: the copy belongs to the queue (C2)
 * checkWalkInCheckout({ ...copy, status: 'onShelf' }, [approvedReserved]);
 * // { ok: false, refusals: [{ code: 'RESERVED_FOR_QUEUE', rule: 'C2' }] }
 * @example
 * // On the hold shelf for someone else
 * checkWalkInCheckout({ ...copy, status: 'onHoldShelf' }, []).ok; // false (COPY_NOT_AVAILABLE)
 */
export function checkWalkInCheckout(copy: Copy, volumeReservations: readonly Reservation[]): Verdict {
  return combineVerdicts([
    copy.status === 'onShelf' ? ALLOWED : refuse('COPY_NOT_AVAILABLE', { copyStatus: copy.status }),
    volumeReservations.some((r) => r.volumeId === copy.volumeId && isQueued(r)) ? refuse('RESERVED_FOR_QUEUE') : ALLOWED,
  ]);
}
