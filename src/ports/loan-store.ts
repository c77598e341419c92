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
   * The open (not returned) loans of any of the copies, in `copyId`, then `lentAt`, then `id`
   * order: {@link LoanStore.findOpenByCopy} for many copies in one read (one statement on SQL),
   * whose answer for a copy is the last of that copy's loans here. Unknown and repeated ids add
   * nothing; an empty list reads nothing. Unlike `findOpenByCopy` it locks no row. Optional: a
   * store without it keeps working (the simulation's read-back calls `findOpenByCopy` per copy
   * instead, with the same results); memory, SQLite and PostgreSQL implement it, and the
   * conformance suite checks it when present.
   * @example
   * const open = (await tx.loans.listOpenByCopies?.(['c-1', 'c-2'])) ?? [];
   * const ofC1 = open.filter((l) => l.copyId === 'c-1').at(-1) ?? null; // as findOpenByCopy('c-1')
   */
  listOpenByCopies?(copyIds: readonly CopyId[]): Promise<Loan[]>;

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
