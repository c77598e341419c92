import { addDays } from '../../calendar/local-date.js';
import { japanDateOf } from '../../calendar/japan-date.js';
import type { Loan } from '../../model/loan.js';
import { moveCopy } from '../../model/material.js';
import { checkWalkInCheckout } from '../../rules/walk-in.js';
import type { ServiceResult } from '../service-result.js';
import { staffBranch } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { halt, haltUnless } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existing } from '../internal/lookups.js';
import { done, refusedBy } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

/**
 * C3: a walk-in patron borrows a copy from the shelf of the staff member's branch. Pending
 * online requests (`requested`) do not hold the copy (C2, C3); a queued reservation for the
 * volume does (`RESERVED_FOR_QUEUE`, C2), and a copy not on the shelf is refused
 * (`COPY_NOT_AVAILABLE`, C3) — see {@link checkWalkInCheckout}. A copy standing at another
 * branch is refused with `NOT_ALLOWED` (P2); the local history museum lends nothing
 * (`MUSEUM_NOT_PICKUP`, E5). The loan is due `policy.loanDays` after today in Japan.
 * @param ctx - the service context
 * @param actor - staff at the copy's branch
 * @param input - the patron and the copy
 * @returns the new loan
 * @category Service
 * @example
 * const loan = await checkoutWalkIn(ctx, { kind: 'staff', branchId: 'akeno' }, { patronId: 'p-2', copyId: 'c-1' });
 */
export async function checkoutWalkIn(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Loan>> {
  const branch = staffBranch(ctx, actor, 'check out to a walk-in');
  const { patronId, copyId } = parseInput(InputSchemas.walkIn, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    await existing(tx, 'patron', patronId);
    const copy = await existing(tx, 'copy', copyId);
    if (branch.kind === 'museum') halt(refusedBy('MUSEUM_NOT_PICKUP', { branchId: branch.id }));
    if (copy.locationBranchId !== branch.id) halt(refusedBy('NOT_ALLOWED', { branchId: branch.id }));
    haltUnless(checkWalkInCheckout(copy, await tx.reservations.listByVolume(copy.volumeId)));
    const volume = await existing(tx, 'volume', copy.volumeId);
    const loan: Loan = {
      id: ctx.newId(),
      patronId,
      copyId,
      volumeId: copy.volumeId,
      titleId: volume.titleId,
      branchId: branch.id,
      lentAt: at,
      dueDate: addDays(japanDateOf(at), ctx.policy.loanDays),
      renewals: 0,
      returnedAt: null,
      version: 0,
    };
    await tx.copies.update(moveCopy(copy, { status: 'onLoan', branchId: branch.id }), copy.version);
    await tx.loans.insert(loan);
    return done(loan);
  });
}
