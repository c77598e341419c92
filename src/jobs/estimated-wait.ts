import type { Copy } from '../model/material.js';
import type { Policy } from '../policy/schema.js';

/**
 * What {@link estimateWaitDays} needs: the reservation's 1-based place in its queue, the copies
 * of its volume, and the policy.
 * @category Jobs
 * @example
 * const input: EstimatedWaitInput = { position: 3, copies, policy: hokutoPolicy() };
 */
export interface EstimatedWaitInput {
  readonly position: number;
  readonly copies: readonly Copy[];
  readonly policy: Policy;
}

/** Copies that can serve the queue: in circulation, neither missing nor long overdue. */
function serving(copy: Copy): boolean {
  return copy.status === 'onShelf' || copy.status === 'onLoan' || copy.status === 'inTransit' || copy.status === 'onHoldShelf';
}

/**
 * An estimate of the days until a queued reservation's copy is ready: an estimate, never a
 * promise. With `n` copies that can serve the queue, the reservation waits for
 * `ceil(position / n)` turns of a copy, and each turn is counted as long as it can last: the
 * whole loan period (`loanDays`) plus the whole hold period (`holdDays`) of the patron before.
 * Patrons who return early, collect early or cancel make the real wait shorter; renewals are
 * blocked while someone waits (G4), so they do not make it longer. `null` when no copy can serve
 * it (every copy missing or long overdue), since then no honest number exists.
 * @param input - the place, the copies, the policy
 * @returns the estimate in days, or null
 * @category Jobs
 * @example
 * // Third in the queue of a volume with two copies: two turns of 14 + 7 days
 * estimateWaitDays({ position: 3, copies: [copyA, copyB], policy: hokutoPolicy() }); // 42
 * @example
 * estimateWaitDays({ position: 1, copies: [missingCopy], policy }); // null
 */
export function estimateWaitDays(input: EstimatedWaitInput): number | null {
  const n = input.copies.filter(serving).length;
  if (n === 0 || input.position < 1) return null;
  const turns = Math.ceil(input.position / n);
  return turns * (input.policy.loanDays + input.policy.holdDays);
}
