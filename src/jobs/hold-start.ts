import { holdDatesFrom, type HoldDates } from '../calendar/hold-dates.js';
import type { DomainEvent } from '../model/domain-event.js';
import type { CopyId } from '../model/ids.js';
import type { OnHoldReservation, ReservedReservation } from '../model/reservation.js';
import type { Instant, LocalDate } from '../model/time.js';
import type { Policy } from '../policy/schema.js';
import { applyTransition } from './apply-transition.js';

/**
 * The notice date and last day of a hold that begins at an instant at a pickup branch: the one
 * place where both are computed (D1, D2, P8). The hold begins when the copy is on the hold
 * shelf; the notice date is the Japan date of that instant and the last day follows from it
 * with {@link holdLastDay}.
 * @param policy - the parsed policy
 * @param pickupBranchId - the pickup branch, whose calendar may count
 * @param at - when the copy went on the hold shelf
 * @returns the notice date and the last day
 * @category Jobs
 * @example
 * holdPeriod(policy, 'akeno', '2026-12-08T01:00:00.000Z'); // { noticeDate: '2026-12-08', lastDay: '2026-12-15' }
 */
export function holdPeriod(policy: Policy, pickupBranchId: string, at: Instant): { readonly noticeDate: LocalDate; readonly lastDay: LocalDate } {
  return holdDatesFrom(policy, pickupBranchId, at);
}

/**
 * Starts the hold of a reservation whose copy is now on the hold shelf of its pickup branch:
 * the `trap` transition with the dates of {@link holdPeriod}, its `holdStarted` event appended
 * to `events`. Internal to the jobs.
 * @param head - the reservation
 * @param copyId - the copy on the hold shelf
 * @param at - when
 * @param policy - the parsed policy
 * @param events - where the event goes
 * @param dates - {@link holdPeriod} of the head's pickup branch at `at`, when the caller has it already
 * @returns the reservation on hold
 * @category Jobs
 * @example
 * const hold = startHold(head, 'c-1', at, policy, events);
 * hold.lastDay; // '2026-12-15'
 */
export function startHold(
  head: ReservedReservation,
  copyId: CopyId,
  at: Instant,
  policy: Policy,
  events: DomainEvent[],
  dates: HoldDates = holdPeriod(policy, head.pickupBranchId, at),
): OnHoldReservation {
  const { noticeDate, lastDay } = dates;
  return applyTransition(head, { type: 'trap', copyId, noticeDate, lastDay }, at, events) as OnHoldReservation;
}
