import { ALLOWED, combineVerdicts, refuse, type Verdict } from '../errors/refusal.js';
import type { Copy } from '../model/material.js';
import type { PatronId } from '../model/ids.js';
import type { Reservation } from '../model/reservation.js';
import { isQueued } from './reservation-state.js';

/**
 * Checks that a walk-in patron may check out a copy at the counter (C2, C3, E3, P7).
 *
 * The copy must be `onShelf`, or on the pull list for the patron's own reservation (P7). A
 * 禁帯出 copy never leaves the building (E3). Pending online requests (`requested`) do not
 * hold it: before approval, walk-ins come first (C2), and a walk-in who borrows it first wins
 * (C3). A reservation of another patron for the copy's volume in status `reserved` with no
 * cancellation pending (approved online, or placed at the counter) has a queue place: the copy
 * belongs to the queue and should be trapped for it instead. The patron's own reservations do
 * not hold it back: borrowing fulfils them (P7).
 *
 * Decision: the check is per copy, so any queued reservation of another patron for the volume
 * blocks a copy on the shelf, even when the volume has more copies on the shelf than
 * reservations waiting; the trapping job normally takes such copies off the shelf first.
 *
 * Refusal codes: `COPY_NOT_AVAILABLE` (C3, `params.copyStatus`) when the copy is not on the
 * shelf; `RESERVED_FOR_QUEUE` (C2) when another patron's queued reservation waits for its
 * volume; `NOT_FOR_LOAN` (E3) for a 禁帯出 copy. Every one that applies is returned.
 * @param copy - the copy the walk-in brings to the counter
 * @param volumeReservations - reservations for the copy's volume (others are skipped)
 * @param patronId - the walk-in patron, whose own reservations do not block (P7)
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
export function checkWalkInCheckout(copy: Copy, volumeReservations: readonly Reservation[], patronId?: PatronId): Verdict {
  const own = (r: Reservation): boolean => patronId !== undefined && r.patronId === patronId;
  const pulledForMe =
    copy.status === 'awaitingPull' && volumeReservations.some((r) => r.id === copy.reservationId && own(r));
  return combineVerdicts([
    copy.status === 'onShelf' || pulledForMe ? ALLOWED : refuse('COPY_NOT_AVAILABLE', { copyStatus: copy.status }),
    volumeReservations.some((r) => r.volumeId === copy.volumeId && isQueued(r) && !own(r)) ? refuse('RESERVED_FOR_QUEUE') : ALLOWED,
    copy.notForLoan === true ? refuse('NOT_FOR_LOAN') : ALLOWED,
  ]);
}
