import { addDays } from '../../calendar/local-date.js';
import { japanDateOf } from '../../calendar/japan-date.js';
import { transition } from '../../lifecycle/transition.js';
import type { Loan } from '../../model/loan.js';
import { moveCopy } from '../../model/material.js';
import type { ServiceResult } from '../service-result.js';
import { staffBranch } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { halt } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existing } from '../internal/lookups.js';
import { done, refusedBy, refusedWith } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

/**
 * D2: the patron collects a hold at its pickup branch, through its last day. Staff of another
 * branch are refused with `NOT_ALLOWED` (P2, `params.pickupBranchId`); after the last day the
 * lifecycle refuses with `HOLD_EXPIRED` (D2), and any status but `onHold` with
 * `INVALID_TRANSITION` (F1). The reservation becomes `collected`, the copy `onLoan`, and a loan
 * due `policy.loanDays` after today in Japan is created, in one unit of work.
 * @param ctx - the service context
 * @param actor - staff at the pickup branch
 * @param input - the reservation
 * @returns the new loan
 * @category Service
 * @example
 * const loan = await collectHold(ctx, { kind: 'staff', branchId: 'akeno' }, { reservationId: 'r-1' });
 */
export async function collectHold(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Loan>> {
  const branch = staffBranch(ctx, actor, 'hand over a hold');
  const { reservationId } = parseInput(InputSchemas.reservation, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const reservation = await existing(tx, 'reservation', reservationId);
    if (reservation.pickupBranchId !== branch.id) halt(refusedBy('NOT_ALLOWED', { pickupBranchId: reservation.pickupBranchId }));
    const moved = transition(reservation, { type: 'collect' }, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    if (reservation.status !== 'onHold') halt(refusedBy('INVALID_TRANSITION', { from: reservation.status, event: 'collect' }));
    const copy = await existing(tx, 'copy', reservation.copyId);
    const loan: Loan = {
      id: ctx.newId(),
      patronId: reservation.patronId,
      copyId: copy.id,
      volumeId: reservation.volumeId,
      titleId: reservation.titleId,
      branchId: branch.id,
      lentAt: at,
      dueDate: addDays(japanDateOf(at), ctx.policy.loanDays),
      renewals: 0,
      reservationId: reservation.id,
      returnedAt: null,
      version: 0,
    };
    await tx.reservations.update(moved.reservation, reservation.version);
    await tx.copies.update(moveCopy(copy, { status: 'onLoan', branchId: branch.id }), copy.version);
    await tx.loans.insert(loan);
    return done(loan, moved.events);
  });
}
