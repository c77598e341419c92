import type { CopyId, LoanId, PatronId } from '../model/ids.js';
import type { Loan } from '../model/loan.js';
import type { Instant } from '../model/time.js';

/**
 * Filter of {@link LoanStore.listByPatron}: `open: true` keeps loans not returned
 * (`returnedAt === null`), `open: false` the returned ones; omitted keeps all.
 * @category Ports
 * @example
 * const current: ListLoansOptions = { open: true };
 */
export interface ListLoansOptions {
  readonly open?: boolean | undefined;
}

/**
 * Where loans live. Same habits as {@link ReservationStore}: Promises, fresh copies,
 * compare-and-set writes, no deletes. The store does not check that a copy has one open loan at
 * most: the service does, inside its unit of work.
 * @category Ports
 * @example
 * await storage.unitOfWork.run(async (tx) => {
 *   const loan = await tx.loans.findOpenByCopy('c-1');
 *   if (loan) await tx.loans.update({ ...loan, returnedAt: now, version: loan.version + 1 }, loan.version);
 * });
 */
export interface LoanStore {
  /** The loan with this id, or `null` when there is none. */
  get(id: LoanId): Promise<Loan | null>;

  /** The patron's loans, filtered by `options.open`, in `lentAt` then `id` order. */
  listByPatron(patronId: PatronId, options?: ListLoansOptions): Promise<Loan[]>;

  /** The open (not returned) loan of the copy, or `null`; with several, the latest `lentAt`, then greatest `id`. */
  findOpenByCopy(copyId: CopyId): Promise<Loan | null>;

  /**
   * Up to `limit` loans returned strictly before `before` that still name their patron
   * (`patronId` is not `ANONYMISED_PATRON_ID`), in `id` order: the retention job's next batch.
   */
  listReturnedBefore(before: Instant, limit: number): Promise<Loan[]>;

  /** Stores a new loan as given; throws `VERSION_CONFLICT` (`expected: null`) when the id exists. */
  insert(loan: Loan): Promise<void>;

  /**
   * Replaces the stored loan when its version is `expectedVersion` and
   * `next.version === expectedVersion + 1`; otherwise throws `VERSION_CONFLICT`, or `NOT_FOUND`.
   */
  update(next: Loan, expectedVersion: number): Promise<void>;
}
