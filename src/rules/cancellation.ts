import { ALLOWED, refuse, type Verdict } from '../errors/refusal.js';
import type { PatronId } from '../model/ids.js';
import type { Reservation } from '../model/reservation.js';
import { isCancellationPending } from './reservation-state.js';

/**
 * Checks that a patron may cancel a reservation online (F2). Agrees exactly with
 * {@link transition} for `requestCancellation` and for `cancel` by the patron, after the
 * ownership check that the state machine cannot make.
 *
 * The first refusal that applies, in this order:
 * `NOT_ALLOWED` (P2) when it is another patron's;
 * `NOTICE_SENT` (F4) when it is `onHold` (the notice was sent: contact the library);
 * `INVALID_TRANSITION` (F1, `params: { from, event: 'cancel' }`) from a final status;
 * `COUNTER_RESERVATION` (F3) for one placed at the counter;
 * `CANCELLATION_PENDING` (F2) when a cancellation already waits for the batch.
 * @param reservation - the reservation as stored
 * @param patronId - the authenticated patron
 * @returns {@link ALLOWED} or a verdict with one refusal
 * @category Rules
 * @example
 * checkOnlineCancellation(onlineRequested, 'p-1'); // { ok: true }
 * @example
 * // Placed at the counter: staff cancel it (F3)
 * checkOnlineCancellation(counterReserved, 'p-1'); // { ok: false, refusals: [{ code: 'COUNTER_RESERVATION', rule: 'F3' }] }
 * @example
 * // After the hold notice (F4), even for a counter reservation
 * checkOnlineCancellation(onHold, 'p-1'); // { ok: false, refusals: [{ code: 'NOTICE_SENT', rule: 'F4' }] }
 * @example
 * // Someone else's (P2)
 * checkOnlineCancellation(onlineRequested, 'p-2'); // { ok: false, refusals: [{ code: 'NOT_ALLOWED', rule: 'P2' }] }
 */
export function checkOnlineCancellation(reservation: Reservation, patronId: PatronId): Verdict {
  const r = reservation;
  if (r.patronId !== patronId) return refuse('NOT_ALLOWED');
  if (r.status === 'onHold') return refuse('NOTICE_SENT');
  if (r.status !== 'requested' && r.status !== 'reserved') return refuse('INVALID_TRANSITION', { from: r.status, event: 'cancel' });
  if (r.channel === 'counter') return refuse('COUNTER_RESERVATION');
  if (isCancellationPending(r)) return refuse('CANCELLATION_PENDING');
  return ALLOWED;
}

/**
 * Checks that staff may cancel a reservation: from `requested`, `reserved` or `onHold`, whatever
 * its channel and even with an online cancellation pending (F3, F4: "staff can cancel it").
 * Agrees exactly with {@link transition} for `cancel` by staff.
 *
 * Refusal codes: `INVALID_TRANSITION` (F1, `params: { from, event: 'cancel' }`) from a final status.
 * @param reservation - the reservation as stored
 * @returns {@link ALLOWED} or a verdict refusing with `INVALID_TRANSITION`
 * @category Rules
 * @example
 * checkStaffCancellation(onHold); // { ok: true }
 * @example
 * // A final status never changes (F1)
 * checkStaffCancellation(collected);
 * // { ok: false, refusals: [{ code: 'INVALID_TRANSITION', rule: 'F1', params: { from: 'collected', event: 'cancel' } }] }
 */
export function checkStaffCancellation(reservation: Reservation): Verdict {
  const r = reservation;
  if (r.status === 'requested' || r.status === 'reserved' || r.status === 'onHold') return ALLOWED;
  return refuse('INVALID_TRANSITION', { from: r.status, event: 'cancel' });
}
