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
import { done, refusedBy, refusedWith } from '../internal/results.js';
import { offerCopy, releaseTakenCopies } from '../internal/copy-placement.js';
import { transition } from '../../lifecycle/transition.js';
import type { DomainEvent } from '../../model/domain-event.js';
import { isActiveReservation } from '../../rules/reservation-state.js';
import { runUnit } from '../internal/run-unit.js';

/**
 * C3, P7: a walk-in patron borrows a copy from the shelf of the staff member's branch. Pending
 * online requests (`requested`) do not hold the copy (C2, C3); another patron's queued
 * reservation for the volume does (`RESERVED_FOR_QUEUE`, C2), a copy not on the shelf is
 * refused (`COPY_NOT_AVAILABLE`, C3), and a 禁帯出 copy never leaves (`NOT_FOR_LOAN`, E3) —
 * see {@link checkWalkInCheckout}. A copy standing at another branch is refused with
 * `NOT_ALLOWED` (P2); the local history museum lends nothing (`MUSEUM_NOT_PICKUP`, E5). The
 * loan is due `policy.loanDays` after today in Japan.
 *
 * P7: when the patron has an active reservation for the volume (`requested`, `reserved` or
 * `onHold`), it is fulfilled in the same unit of work: it becomes `collected` with this copy,
 * the loan names it, and a copy that was taken for it (to pull, on the hold shelf) is offered
 * to the next in the queue at once; one in transit for it is re-routed when it arrives (P5).
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
    const reservations = await tx.reservations.listByVolume(copy.volumeId);
    haltUnless(checkWalkInCheckout(copy, reservations, patronId));
    const volume = await existing(tx, 'volume', copy.volumeId);
    const own = reservations.find((r) => r.patronId === patronId && isActiveReservation(r));
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
      ...(own === undefined ? {} : { reservationId: own.id }),
      returnedAt: null,
      version: 0,
    };
    await tx.copies.update(moveCopy(copy, { status: 'onLoan', branchId: branch.id }), copy.version);
    await tx.loans.insert(loan);
    if (own === undefined) return done(loan);
    const moved = transition(own, { type: 'fulfil', copyId }, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    await tx.reservations.update(moved.reservation, own.version);
    const events: DomainEvent[] = [...moved.events];
    if (own.status === 'onHold' && own.copyId !== copyId) {
      const held = await existing(tx, 'copy', own.copyId);
      if (held.status === 'onHoldShelf') events.push(...(await offerCopy(ctx, tx, held, held.version, at)).events);
    }
    if (own.status === 'reserved') events.push(...(await releaseTakenCopies(ctx, tx, own, at)));
    return done(loan, events);
  });
}
