import type { BranchId, CopyId, LoanId, PatronId, ReservationId, TitleId, VolumeId } from './ids.js';
import type { Instant, LocalDate } from './time.js';

/**
 * A copy lent to a patron.
 * @category Model
 * @example
 * const loan: Loan = {
 *   id: 'l-1', patronId: 'p-1', copyId: 'c-1', volumeId: 't-1/1', titleId: 't-1',
 *   branchId: 'akeno', lentAt: '2026-12-05T01:00:00.000Z', dueDate: '2026-12-19', renewals: 0,
 *   returnedAt: null, version: 0,
 * };
 */
export interface Loan {
  readonly id: LoanId;
  readonly patronId: PatronId;
  readonly copyId: CopyId;
  readonly volumeId: VolumeId;
  readonly titleId: TitleId;
  /** Where it was lent. */
  readonly branchId: BranchId;
  readonly lentAt: Instant;
  /** Due date in Japan (G1). */
  readonly dueDate: LocalDate;
  readonly renewals: number;
  /** The reservation this loan fulfilled, when it was collected from the hold shelf. */
  readonly reservationId?: ReservationId | undefined;
  readonly returnedAt: Instant | null;
  readonly version: number;
}
