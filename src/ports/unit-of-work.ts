import type { CartStore } from './cart-store.js';
import type { CatalogPort } from './catalog-port.js';
import type { CopyStore } from './copy-store.js';
import type { FavouritesStore } from './favourites-store.js';
import type { JobChunks } from './job-chunks.js';
import type { JobRuns } from './job-runs.js';
import type { LoanStore } from './loan-store.js';
import type { Outbox } from './outbox.js';
import type { PatronStore } from './patron-store.js';
import type { ReservationStore } from './reservation-store.js';
import type { UnitOfWorkOptions } from './unreadable-records.js';

/**
 * The stores as one unit of work sees them: its own writes, and what other units committed.
 * Valid only while the unit runs; an adapter may throw `STORE_UNAVAILABLE` when it is used after.
 * @category Ports
 * @example
 * async function queueLength(tx: StoresTx, volumeId: string): Promise<number> {
 *   return (await tx.reservations.listQueue(volumeId)).length;
 * }
 */
export interface StoresTx {
  readonly reservations: ReservationStore;
  readonly copies: CopyStore;
  readonly loans: LoanStore;
  readonly patrons: PatronStore;
  readonly catalog: CatalogPort;
  readonly favourites: FavouritesStore;
  readonly cart: CartStore;
  readonly outbox: Outbox;
  readonly jobRuns: JobRuns;
  readonly jobChunks: JobChunks;
}

/**
 * Runs work as one transaction over every store: all of its writes commit together, or none does.
 * @category Ports
 * @example
 * await storage.unitOfWork.run(async (tx) => {
 *   await tx.reservations.update(approved, approved.version - 1);
 *   await tx.outbox.enqueue(notice);
 * }); // both written, or neither
 */
export interface UnitOfWork {
  /**
   * Runs `work` with the stores and commits its writes when it resolves; when it throws, every
   * write of the unit is rolled back and the error is rethrown as it was. Returns what `work` returned.
   * When the storage loses its connection under the unit, it throws `STORE_UNAVAILABLE` (never an
   * unhandled event): with `details.retryable: true` when the connection ended before the commit
   * was sent (nothing was written, and the unit may be run again), `false` when the outcome of the
   * commit is unknown. With `options.onInvalidRecord`, rows that fail their record schema are
   * reported to it and read as absent instead of failing the read ({@link UnitOfWorkOptions}).
   */
  run<T>(work: (tx: StoresTx) => Promise<T>, options?: UnitOfWorkOptions): Promise<T>;
}
