import type { BranchId, CopyId, ReservationId, VolumeId } from './ids.js';
import type { CopyStatus } from './material.js';
import type { Instant } from './time.js';

/**
 * The type of a {@link CopyEvent}: staff marked a copy missing, long overdue or withdrawn, or
 * found it again (P6).
 * @category Model
 * @example
 * const type: CopyEventType = 'copyFound';
 */
export type CopyEventType = 'copyMarkedMissing' | 'copyMarkedLongOverdue' | 'copyWithdrawn' | 'copyFound';

/**
 * Something that happened in the life of a copy (P6), as data. It names no patron.
 * `released` is the reservation the copy was taken for and no longer serves (it waits for
 * another copy), when there was one.
 * @category Model
 * @example
 * const e: CopyEvent = {
 *   type: 'copyMarkedMissing', copyId: 'c-1', volumeId: 't-1/1', branchId: 'akeno',
 *   at: '2026-12-08T01:00:00.000Z', from: 'awaitingPull', to: 'missing', released: 'r-1',
 * };
 */
export interface CopyEvent {
  readonly type: CopyEventType;
  readonly copyId: CopyId;
  readonly volumeId: VolumeId;
  /** The branch of the staff who marked it. */
  readonly branchId: BranchId;
  readonly at: Instant;
  readonly from: CopyStatus;
  readonly to: CopyStatus;
  readonly released?: ReservationId | undefined;
}
