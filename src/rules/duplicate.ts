import { ALLOWED, refuse, type Verdict } from '../errors/refusal.js';
import type { PatronId, VolumeId } from '../model/ids.js';
import type { Reservation } from '../model/reservation.js';
import { isActiveReservation, isCancellationPending } from './reservation-state.js';

/**
 * Checks that a patron does not already have an active reservation (`requested`, `reserved` or
 * `onHold`) for the same volume (P1, a project rule: the guide is silent).
 *
 * Decision: a reservation whose online cancellation is pending does not block a new one, so
 * that a patron can follow F5 ("cancel it and reserve again", to change a request) the same
 * day; it still counts toward the quota until finalised.
 *
 * Refusal codes: `DUPLICATE_RESERVATION` (P1), with `params.reservationId` of the existing one.
 * @param reservations - the patron's reservations (others' are skipped)
 * @param patronId - who is reserving
 * @param volumeId - the volume asked for
 * @returns {@link ALLOWED} or a verdict refusing with `DUPLICATE_RESERVATION`
 * @category Rules
 * @example
 * checkNotDuplicate([reservedUpper], 'p-1', 't-1/1');
 * // { ok: false, refusals: [{ code: 'DUPLICATE_RESERVATION', rule: 'P1', params: { reservationId: 'r-1' } }] }
 * @example
 * // The other volume of the set is a separate reservation (E2)
 * checkNotDuplicate([reservedUpper], 'p-1', 't-1/2').ok; // true
 * @example
 * // Cancel and reserve again (F5): a pending cancellation does not block
 * checkNotDuplicate([{ ...reservedUpper, cancellationRequestedAt: at }], 'p-1', 't-1/1').ok; // true
 */
export function checkNotDuplicate(reservations: readonly Reservation[], patronId: PatronId, volumeId: VolumeId): Verdict {
  const existing = reservations.find(
    (r) => r.patronId === patronId && r.volumeId === volumeId && isActiveReservation(r) && !isCancellationPending(r),
  );
  return existing === undefined ? ALLOWED : refuse('DUPLICATE_RESERVATION', { reservationId: existing.id });
}
