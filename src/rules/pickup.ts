import { ALLOWED, refuse, type Verdict } from '../errors/refusal.js';
import type { BranchId } from '../model/ids.js';
import type { Policy } from '../policy/schema.js';

/**
 * Checks that a branch may be chosen as the pickup library (B4): it must be one of the policy's
 * branches marked `pickup`. The local history museum owns copies that travel to the city
 * libraries, but is never a pickup point (E5), and gets its own refusal.
 *
 * Refusal codes: `MUSEUM_NOT_PICKUP` (E5) for a branch of kind `museum`;
 * `NOT_A_PICKUP_BRANCH` (B4) for an unknown branch or one with `pickup: false`.
 * Both carry `params.branchId`.
 * @param policy - the parsed policy (its `branches`)
 * @param branchId - the branch the patron or staff chose
 * @returns {@link ALLOWED} or a verdict with one refusal
 * @category Rules
 * @example
 * checkPickupBranch(hokutoPolicy(), 'nagasaka'); // { ok: true }
 * @example
 * // The local history museum is never a pickup point (E5)
 * checkPickupBranch(hokutoPolicy(), 'museum');
 * // { ok: false, refusals: [{ code: 'MUSEUM_NOT_PICKUP', rule: 'E5', params: { branchId: 'museum' } }] }
 * @example
 * // An unknown branch (B4)
 * checkPickupBranch(hokutoPolicy(), 'kofu').ok; // false (NOT_A_PICKUP_BRANCH)
 */
export function checkPickupBranch(policy: Policy, branchId: BranchId): Verdict {
  const branch = policy.branches.find((b) => b.id === branchId);
  if (branch?.kind === 'museum') return refuse('MUSEUM_NOT_PICKUP', { branchId });
  if (branch === undefined || !branch.pickup) return refuse('NOT_A_PICKUP_BRANCH', { branchId });
  return ALLOWED;
}
