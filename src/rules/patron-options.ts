import type { Reservation } from '../model/reservation.js';
import type { LocalDate } from '../model/time.js';

/**
 * Whether a reservation is suspended on a Japan date (P13): it keeps its place in the queue,
 * but trapping passes it over. It resumes by itself on the day after `suspendedUntil`.
 * @param reservation - the reservation
 * @param date - the Japan date
 * @returns true while suspended
 * @category Rules
 * @example
 * isSuspendedOn({ ...reserved, suspendedUntil: '2026-12-20' }, '2026-12-20'); // true
 * isSuspendedOn({ ...reserved, suspendedUntil: '2026-12-20' }, '2026-12-21'); // false
 */
export function isSuspendedOn(reservation: Reservation, date: LocalDate): boolean {
  if (reservation.status !== 'requested' && reservation.status !== 'reserved') return false;
  return reservation.suspendedUntil !== undefined && date <= reservation.suspendedUntil;
}
