import { holdLastDay } from '../calendar/hold-last-day.js';
import { addDays } from '../calendar/local-date.js';
import { ALLOWED, refuse, type Verdict } from '../errors/refusal.js';
import type { BranchId } from '../model/ids.js';
import type { OnHoldReservation, Reservation } from '../model/reservation.js';
import type { LocalDate } from '../model/time.js';
import type { Policy } from '../policy/schema.js';

/**
 * Checks that staff decide at their own branch (P10): a reservation's approval, rejection, hold
 * extension and queue move are the pickup branch's to make.
 *
 * Refusal codes: `OUTSIDE_BRANCH` (P10, `params: { pickupBranchId }`).
 * @param reservation - the reservation as stored
 * @param branchId - the staff member's branch
 * @returns {@link ALLOWED} or a verdict refusing with `OUTSIDE_BRANCH`
 * @category Rules
 * @example
 * checkStaffBranch(requestedAtAkeno, 'akeno'); // { ok: true }
 * @example
 * checkStaffBranch(requestedAtAkeno, 'sutama');
 * // { ok: false, refusals: [{ code: 'OUTSIDE_BRANCH', rule: 'P10', params: { pickupBranchId: 'akeno' } }] }
 */
export function checkStaffBranch(reservation: Reservation, branchId: BranchId): Verdict {
  if (reservation.pickupBranchId === branchId) return ALLOWED;
  return refuse('OUTSIDE_BRANCH', { pickupBranchId: reservation.pickupBranchId });
}

/**
 * The latest last day staff may give a hold (P11): the last day counted from its notice date
 * (D2) plus `maxHoldExtensionDays`, or `null` when the policy allows no extension.
 * @param policy - the parsed policy
 * @param hold - the hold
 * @returns the latest last day, or null
 * @category Rules
 * @example
 * maxExtendedLastDay(hokutoPolicy({ maxHoldExtensionDays: 7 }), hold); // '2026-12-22' for a notice sent on 2026-12-08
 * maxExtendedLastDay(hokutoPolicy(), hold); // null: extension is off by default
 */
export function maxExtendedLastDay(policy: Policy, hold: OnHoldReservation): LocalDate | null {
  if (policy.maxHoldExtensionDays === 0) return null;
  return addDays(holdLastDay(policy, hold.pickupBranchId, hold.noticeDate), policy.maxHoldExtensionDays);
}

/**
 * Checks a hold extension (取置延長, P11) against the policy: allowed only when
 * `maxHoldExtensionDays` is above 0, and never past {@link maxExtendedLastDay}. That the new
 * last day is later than the current one is the transition's check.
 *
 * Refusal codes: `HOLD_EXTENSION_OFF` (P11); `HOLD_EXTENSION_LIMIT` (P11, `params: { maxLastDay }`).
 * @param policy - the parsed policy
 * @param hold - the hold as stored
 * @param lastDay - the last day asked for
 * @returns {@link ALLOWED} or a verdict with one refusal
 * @category Rules
 * @example
 * checkHoldExtension(hokutoPolicy({ maxHoldExtensionDays: 7 }), hold, '2026-12-20'); // { ok: true }
 * @example
 * checkHoldExtension(hokutoPolicy(), hold, '2026-12-20'); // { ok: false, refusals: [{ code: 'HOLD_EXTENSION_OFF', rule: 'P11' }] }
 */
export function checkHoldExtension(policy: Policy, hold: OnHoldReservation, lastDay: LocalDate): Verdict {
  const max = maxExtendedLastDay(policy, hold);
  if (max === null) return refuse('HOLD_EXTENSION_OFF');
  if (lastDay > max) return refuse('HOLD_EXTENSION_LIMIT', { maxLastDay: max });
  return ALLOWED;
}

/**
 * Checks that the policy offers suspension (P13) and not-needed-after dates (P14) before a
 * patron or staff set one. Dates themselves are the transition's checks.
 *
 * Refusal codes: `SUSPENSION_OFF` (P13); `NOT_NEEDED_AFTER_OFF` (P14).
 * @param policy - the parsed policy
 * @param option - which option
 * @returns {@link ALLOWED} or a verdict with one refusal
 * @category Rules
 * @example
 * checkPatronOption(hokutoPolicy(), 'suspend'); // { ok: false, refusals: [{ code: 'SUSPENSION_OFF', rule: 'P13' }] }
 * checkPatronOption(hokutoPolicy({ allowNotNeededAfter: true }), 'notNeededAfter'); // { ok: true }
 */
export function checkPatronOption(policy: Policy, option: 'suspend' | 'notNeededAfter'): Verdict {
  if (option === 'suspend') return policy.allowSuspension ? ALLOWED : refuse('SUSPENSION_OFF');
  return policy.allowNotNeededAfter ? ALLOWED : refuse('NOT_NEEDED_AFTER_OFF');
}
