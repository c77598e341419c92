import { ALLOWED, refuse, type Verdict } from '../errors/refusal.js';
import type { CopyEvent, CopyEventType } from '../model/copy-event.js';
import type { BranchId } from '../model/ids.js';
import { moveCopy, type Copy, type CopyStatus } from '../model/material.js';
import type { Instant } from '../model/time.js';

/**
 * A mark staff put on a copy (P6): missing (所在不明), long overdue (長期延滞), withdrawn (除籍),
 * or found again.
 * @category Rules
 * @example
 * const mark: CopyMark = 'withdrawn';
 */
export type CopyMark = 'missing' | 'longOverdue' | 'withdrawn' | 'found';

/**
 * Every copy mark.
 * @category Rules
 * @example
 * COPY_MARKS.includes('found'); // true
 */
export const COPY_MARKS: readonly CopyMark[] = ['missing', 'longOverdue', 'withdrawn', 'found'];

/** The statuses each mark is allowed from (P6). */
const ALLOWED_FROM: Readonly<Record<CopyMark, readonly CopyStatus[]>> = {
  missing: ['onShelf', 'awaitingPull', 'inTransit'],
  longOverdue: ['onLoan'],
  withdrawn: ['onShelf', 'awaitingPull', 'missing'],
  found: ['missing', 'longOverdue'],
};

const EVENT_OF: Readonly<Record<CopyMark, CopyEventType>> = {
  missing: 'copyMarkedMissing',
  longOverdue: 'copyMarkedLongOverdue',
  withdrawn: 'copyWithdrawn',
  found: 'copyFound',
};

/**
 * Checks that a copy may take a mark from its status (P6):
 *
 * - `missing` from the shelf, the pull list or a transit;
 * - `longOverdue` from a loan (the loan stays open);
 * - `withdrawn` from the shelf, the pull list, or `missing`: never a copy on loan (or long
 *   overdue: its loan is open), on the hold shelf, or in transit;
 * - `found` from `missing` or `longOverdue` only.
 *
 * Refusal codes: `COPY_MARK_NOT_ALLOWED` (P6, `params.status`, `params.mark`).
 * @param copy - the copy
 * @param mark - the mark
 * @returns {@link ALLOWED} or a verdict refusing it
 * @category Rules
 * @example
 * checkCopyMark({ ...copy, status: 'onLoan' }, 'withdrawn');
 * // { ok: false, refusals: [{ code: 'COPY_MARK_NOT_ALLOWED', rule: 'P6', params: { status: 'onLoan', mark: 'withdrawn' } }] }
 * @example
 * checkCopyMark({ ...copy, status: 'onShelf' }, 'found').ok; // false: it is not missing
 */
export function checkCopyMark(copy: Copy, mark: CopyMark): Verdict {
  return ALLOWED_FROM[mark].includes(copy.status) ? ALLOWED : refuse('COPY_MARK_NOT_ALLOWED', { status: copy.status, mark });
}

/**
 * The copy with a mark of `missing`, `longOverdue` or `withdrawn`, and its event (P6). The
 * caller has checked {@link checkCopyMark}. A copy that was taken for a reservation (to pull,
 * in transit) no longer is: the event names it as `released`. Finding a copy is a check-in
 * (the service's `markCopy` with `found`), not this.
 * @param copy - the copy as stored
 * @param mark - the mark
 * @param at - when
 * @param branchId - the branch of the staff
 * @returns the copy to store (version one more) and its event
 * @category Rules
 * @example
 * markCopy(copy, 'missing', at, 'akeno').copy.status; // 'missing'
 */
export function markCopy(copy: Copy, mark: Exclude<CopyMark, 'found'>, at: Instant, branchId: BranchId): { readonly copy: Copy; readonly event: CopyEvent } {
  const next = moveCopy(copy, { status: mark });
  const released = copy.status === 'awaitingPull' || copy.status === 'inTransit' ? copy.reservationId : undefined;
  return { copy: next, event: copyEvent(copy, mark, mark, at, branchId, released) };
}

/**
 * The event of a mark (P6).
 * @param copy - the copy before
 * @param mark - the mark
 * @param to - the status after
 * @param at - when
 * @param branchId - the branch of the staff
 * @param released - the reservation it no longer serves, if any
 * @returns the event
 * @category Rules
 * @example
 * copyEvent(copy, 'found', 'onShelf', at, 'akeno').type; // 'copyFound'
 */
export function copyEvent(copy: Copy, mark: CopyMark, to: CopyStatus, at: Instant, branchId: BranchId, released?: string): CopyEvent {
  return {
    type: EVENT_OF[mark],
    copyId: copy.id,
    volumeId: copy.volumeId,
    branchId,
    at,
    from: copy.status,
    to,
    ...(released === undefined ? {} : { released }),
  };
}
