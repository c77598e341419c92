import type { Loan } from '../../model/loan.js';
import { checkRenewal, renewLoan as renewed } from '../../rules/loan-status.js';
import type { ServiceResult } from '../service-result.js';
import { eligiblePatron, patronOrStaff } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { halt, haltUnless } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existing } from '../internal/lookups.js';
import { done, refusedBy } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

/**
 * G4: renews a loan (延長): refused with `RENEWAL_BLOCKED` (G4) while another patron's
 * `reserved` reservation waits for the volume (`requested` ones do not block, C2), with
 * `RENEWAL_LIMIT` (P4) after `policy.maxRenewals`, with `LOAN_RETURNED` (P4) once returned
 * ({@link checkRenewal}). The new due date is from {@link renewLoan}. A patron renews their own
 * loans online (A1, A3, A4 apply; another's is `NOT_ALLOWED`, P2); staff renew any.
 * @param ctx - the service context
 * @param actor - the patron online, or staff
 * @param input - the loan
 * @returns the loan as stored after the renewal
 * @category Service
 * @example
 * const r = await renewLoan(ctx, patron, { loanId: 'l-1' });
 * if (!r.ok && r.kind === 'refused') r.refusals[0].rule; // 'G4'
 */
export async function renewLoan(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Loan>> {
  const who = patronOrStaff(ctx, actor, 'renew a loan');
  const { loanId } = parseInput(InputSchemas.loan, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    if (who.kind === 'patron') await eligiblePatron(ctx, tx, who.patronId, at);
    const loan = await existing(tx, 'loan', loanId);
    if (who.kind === 'patron' && loan.patronId !== who.patronId) halt(refusedBy('NOT_ALLOWED'));
    haltUnless(checkRenewal(loan, await tx.reservations.listByVolume(loan.volumeId), at, ctx.policy));
    const next = renewed(loan, at, ctx.policy);
    await tx.loans.update(next, loan.version);
    return done(next);
  });
}
