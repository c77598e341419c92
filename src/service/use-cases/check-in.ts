import type { DomainEvent } from '../../model/domain-event.js';
import type { CheckInOutcome } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import { staffBranch } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { offerCopy } from '../internal/copy-placement.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existing } from '../internal/lookups.js';
import { done } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

/**
 * D1: a copy is returned, or arrives in transit, at the staff member's branch. In one unit of
 * work: its open loan, if any, is closed (returned now); then the copy is offered to the head of
 * its volume's queue ({@link trapCopy}): on the hold shelf when the head collects here (the
 * reservation goes `onHold` and its notice is enqueued in the outbox, D1, D5), in transit to the
 * head's pickup branch otherwise, or back on the shelf when nobody waits. A missing or
 * long-overdue copy, or one already held for an `onHold` reservation, is refused with
 * `COPY_NOT_TRAPPABLE` (D1) and nothing is written.
 * @param ctx - the service context
 * @param actor - staff at the branch where the copy is
 * @param input - the copy
 * @returns what became of the copy
 * @category Service
 * @example
 * const r = await checkIn(ctx, { kind: 'staff', branchId: 'akeno' }, { copyId: 'c-1' });
 * if (r.ok && r.value.kind === 'hold') r.value.reservation.status; // 'onHold'
 */
export async function checkIn(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<CheckInOutcome>> {
  const branch = staffBranch(ctx, actor, 'check in');
  const { copyId } = parseInput(InputSchemas.copy, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const copy = await existing(tx, 'copy', copyId);
    const loan = await tx.loans.findOpenByCopy(copyId);
    if (loan !== null) await tx.loans.update({ ...loan, returnedAt: at, version: loan.version + 1 }, loan.version);
    const placed = await offerCopy(ctx, tx, { ...copy, locationBranchId: branch.id }, copy.version, at);
    const events: readonly DomainEvent[] = placed.events;
    if (placed.kind === 'hold') return done<CheckInOutcome>({ kind: 'hold', copy: placed.copy, reservation: placed.reservation }, events);
    if (placed.kind === 'transit') return done<CheckInOutcome>({ kind: 'transit', copy: placed.copy, reservationId: placed.reservationId }, events);
    return done<CheckInOutcome>({ kind: 'shelve', copy: placed.copy }, events);
  });
}
