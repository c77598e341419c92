import type { Copy } from '../../model/material.js';
import { checkCopyMark, copyEvent, markCopy as markedCopy } from '../../rules/copy-life.js';
import type { CheckInOutcome, CopyMarkOutcome } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import { staffBranch } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { offerCopy, offerShelvedCopies } from '../internal/copy-placement.js';
import { halt, haltUnless } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existing } from '../internal/lookups.js';
import { done, refusedBy } from '../internal/results.js';
import { runUnitSettingAside, withSetAside } from '../internal/unit-setting-aside.js';
import { checkInOutcome } from './check-in.js';


/**
 * P6: staff mark a copy missing (所在不明), long overdue (長期延滞), withdrawn (除籍), or found
 * again, each a transition with its own copy event ({@link checkCopyMark}). In one unit
 * of work:
 *
 * - `missing`, `longOverdue`, `withdrawn`: the copy takes the status; when it was taken for a
 *   reservation (to pull, in transit) that reservation waits for another copy, and the copies
 *   of the volume on a shelf are offered to the queue at once;
 * - `found`: the copy is in the staff's hands at their branch, as at a check-in: its open loan
 *   (of a long-overdue copy) is closed, and it is put back into service: trapped for the
 *   queue, in transit, or shelved (P5).
 *
 * Refusals: `COPY_MARK_NOT_ALLOWED` (P6) for a mark its status does not allow (withdrawing a
 * copy on loan or on the hold shelf, finding a copy that is not missing, …), and the refusals of
 * placing a found copy. An unknown copy is `NOT_FOUND`. Nothing is written unless it succeeds.
 * A found copy is placed as at a check-in: a queued reservation that cannot be read is set aside
 * (in `placed.setAside`) and the copy offered to the readable queue (P19).
 * @param ctx - the service context
 * @param actor - staff
 * @param input - the copy and the mark
 * @returns the copy as stored, its events, and for a found copy where it went
 * @category Service
 * @example
 * const r = await markCopy(ctx, { kind: 'staff', branchId: 'akeno' }, { copyId: 'c-1', mark: 'missing' });
 * if (r.ok) r.value.copy.status; // 'missing'
 */
export async function markCopy(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<CopyMarkOutcome>> {
  const branch = staffBranch(ctx, actor, 'mark a copy');
  const { copyId, mark } = parseInput(InputSchemas.copyMark, input);
  return runUnitSettingAside(ctx, async (tx, aside) => {
    const at = ctx.now();
    const copy = await aside.strict(() => existing(tx, 'copy', copyId));
    haltUnless(checkCopyMark(copy, mark));
    if (mark === 'found') {
      const from = copy.status as 'missing' | 'longOverdue';
      const loan = await aside.strict(() => tx.loans.findOpenByCopy(copyId));
      if (loan !== null) await tx.loans.update({ ...loan, returnedAt: at, version: loan.version + 1 }, loan.version);
      const placed = await offerCopy(ctx, tx, { ...copy, status: 'onShelf', locationBranchId: branch.id }, copy.version, at, 'hand', aside);
      const event = copyEvent(copy, 'found', placed.copy.status, at, branch.id);
      return done<CopyMarkOutcome>({ copy: placed.copy, copyEvents: [event], placed: withSetAside(checkInOutcome(placed, from), aside) }, placed.events);
    }
    const { copy: next, event } = markedCopy(copy, mark, at, branch.id);
    await tx.copies.update(next, copy.version);
    const offered = event.released === undefined ? { events: [] } : await offerShelvedCopies(ctx, tx, copy.volumeId, at);
    return done<CopyMarkOutcome>({ copy: next, copyEvents: [event] }, offered.events);
  });
}

/**
 * P8: staff confirm that a copy on their branch's pull list is pulled from the open shelf. When
 * it is for a reservation collected here it goes on the hold shelf and the hold begins: the
 * reservation goes `onHold` and its notice is enqueued (D1, D5); when the reservation collects
 * elsewhere it is sent in transit there (P5). When that reservation no longer waits, the copy
 * goes to the next in the queue, or home, as at a check-in.
 *
 * Refusals: `NOT_TO_PULL` (P8) when the copy is not on this branch's pull list. An unknown copy
 * is `NOT_FOUND`. A queued reservation that cannot be read is set aside (in `setAside`) and the
 * copy offered to the readable queue, as at a check-in (P19).
 * @param ctx - the service context
 * @param actor - staff at the copy's branch
 * @param input - the copy
 * @returns where the copy went
 * @category Service
 * @example
 * const r = await confirmPull(ctx, { kind: 'staff', branchId: 'akeno' }, { copyId: 'c-1' });
 * if (r.ok && r.value.kind === 'hold') r.value.reservation.status; // 'onHold'
 */
export async function confirmPull(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<CheckInOutcome>> {
  const branch = staffBranch(ctx, actor, 'pull a copy for a hold');
  const { copyId } = parseInput(InputSchemas.copy, input);
  return runUnitSettingAside(ctx, async (tx, aside) => {
    const at = ctx.now();
    const copy: Copy = await aside.strict(() => existing(tx, 'copy', copyId));
    if (copy.status !== 'awaitingPull' || copy.locationBranchId !== branch.id) halt(refusedBy('NOT_TO_PULL', { status: copy.status }));
    const placed = await offerCopy(ctx, tx, copy, copy.version, at, 'hand', aside);
    return done(withSetAside(checkInOutcome(placed, null), aside), placed.events);
  });
}

