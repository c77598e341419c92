import { ALLOWED, combineVerdicts, refuse, type Verdict } from '../errors/refusal.js';
import type { BranchId, PatronId } from '../model/ids.js';
import type { Reservation } from '../model/reservation.js';
import type { Policy } from '../policy/schema.js';
import { checkPickupBranch } from './pickup.js';

/**
 * Checks a patron's online change of a reservation (pickup library or anything else): always
 * refused (F5). A `requested` one is changed by cancelling it and reserving again; a `reserved`
 * one by contacting the library.
 *
 * Refusal codes: `NOT_ALLOWED` (P2) when it is another patron's, otherwise
 * `ONLINE_CHANGE_NOT_ALLOWED` (F5).
 * @param reservation - the reservation as stored
 * @param patronId - the authenticated patron
 * @returns a refusing verdict, always
 * @category Rules
 * @example
 * checkOnlineChange(onlineRequested, 'p-1');
 * // { ok: false, refusals: [{ code: 'ONLINE_CHANGE_NOT_ALLOWED', rule: 'F5' }] }
 * @example
 * // Someone else's reservation: P2 first
 * checkOnlineChange(onlineRequested, 'p-2'); // { ok: false, refusals: [{ code: 'NOT_ALLOWED', rule: 'P2' }] }
 */
export function checkOnlineChange(reservation: Reservation, patronId: PatronId): Verdict {
  return reservation.patronId === patronId ? refuse('ONLINE_CHANGE_NOT_ALLOWED') : refuse('NOT_ALLOWED');
}

/**
 * Checks that staff may change the pickup library of a reservation (F5): only a `reserved` one,
 * and the new branch must be a pickup library ({@link checkPickupBranch}). The status check
 * agrees exactly with {@link transition} for `changePickup`; both refusals are returned when
 * both apply.
 *
 * Refusal codes: `ONLINE_CHANGE_NOT_ALLOWED` (F5) for a `requested` one (cancel and reserve
 * again); `INVALID_TRANSITION` (F1, `params: { from, event: 'changePickup' }`) from any other
 * status; `NOT_A_PICKUP_BRANCH` (B4) and `MUSEUM_NOT_PICKUP` (E5) for the branch.
 * @param reservation - the reservation as stored
 * @param branchId - the new pickup branch
 * @param policy - the parsed policy
 * @returns {@link ALLOWED} or a verdict with the refusals
 * @category Rules
 * @example
 * checkStaffPickupChange(reserved, 'mukawa', hokutoPolicy()); // { ok: true }
 * @example
 * // A request is cancelled and placed again instead (F5)
 * checkStaffPickupChange(requested, 'mukawa', hokutoPolicy()).ok; // false (ONLINE_CHANGE_NOT_ALLOWED)
 * @example
 * // The museum is never a pickup point (E5)
 * checkStaffPickupChange(reserved, 'museum', hokutoPolicy()).ok; // false (MUSEUM_NOT_PICKUP)
 */
export function checkStaffPickupChange(reservation: Reservation, branchId: BranchId, policy: Policy): Verdict {
  const status = reservation.status;
  const statusVerdict =
    status === 'reserved'
      ? ALLOWED
      : status === 'requested'
        ? refuse('ONLINE_CHANGE_NOT_ALLOWED')
        : refuse('INVALID_TRANSITION', { from: status, event: 'changePickup' });
  return combineVerdicts([statusVerdict, checkPickupBranch(policy, branchId)]);
}
