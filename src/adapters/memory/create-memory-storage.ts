import { YoyakuError } from '../../errors/yoyaku-error.js';
import { systemClock, type Clock } from '../../ports/clock.js';
import type { SeedableStorage, SeedData } from '../../ports/seed-data.js';
import type { StorageCapabilities, StoragePorts } from '../../ports/storage-ports.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { HealthCheckable } from '../../ports/unreadable-records.js';
import { FifoLock } from '../shared/fifo-lock.js';
import { stored } from './rows.js';
import { watchTables, type MemoryChangeWatch } from './changes.js';
import { takeSnapshot, type MemorySnapshot } from './snapshot.js';
import { createTables, type MemoryTables } from './tables.js';
import { openUnit, unitParts } from './unit.js';

/**
 * Options of {@link createMemoryStorage}.
 * @category Adapters
 * @example
 * const options: MemoryStorageOptions = { clock: fixedClock('2026-12-03T00:30:00.000Z'), lockTimeoutMs: 1000 };
 */
export interface MemoryStorageOptions {
  /** The clock of the storage (`clock` of the ports, and the time of job claims and sent marks). Default: the system clock. */
  readonly clock?: Clock | undefined;
  /**
   * How long a unit of work waits for the one before it, in milliseconds, before it fails with
   * `STORE_UNAVAILABLE`. Default 10 000. A unit of work started inside another waits this long.
   */
  readonly lockTimeoutMs?: number | undefined;
  /** Records to start with, as {@link MemoryStorage.seed} writes them. */
  readonly seed?: SeedData | undefined;
}

/**
 * The in-memory storage: the ports, plus seeding, a snapshot for tests, and `close`.
 * @category Adapters
 * @example
 * const storage: MemoryStorage = createMemoryStorage();
 * await storage.seed({ titles: [{ id: 't-1', name: '源氏物語', category: 'book', audiovisual: false }] });
 * storage.snapshot().titles.length; // 1
 */
export interface MemoryStorage extends StoragePorts, SeedableStorage, HealthCheckable {
  /** A deep copy of everything committed, the caller's to change; what a running unit of work wrote is not in it yet. */
  snapshot(): MemorySnapshot;
  /**
   * Starts recording what each commit writes, for a reader that keeps its own view up to date
   * (the scenario runner); `stop()` the watch when done.
   */
  watchChanges(): MemoryChangeWatch;
  /** Ends the storage: later units of work fail with `STORE_UNAVAILABLE`. */
  close(): Promise<void>;
}

const MEMORY_CAPABILITIES: StorageCapabilities = Object.freeze({ transactions: true, concurrentWriters: false });

/** Writes seed records, replacing those with the same id; all or nothing (the stored rows are made first). */
function writeSeed(tables: MemoryTables, data: SeedData): void {
  const patrons = (data.patrons ?? []).map((patron) => stored({ patron, version: 0 }));
  const titles = (data.titles ?? []).map(stored);
  const volumes = (data.volumes ?? []).map(stored);
  const copies = (data.copies ?? []).map(stored);
  const reservations = (data.reservations ?? []).map(stored);
  const loans = (data.loans ?? []).map(stored);
  for (const row of patrons) tables.patrons.put(row.patron.id, row);
  for (const title of titles) tables.titles.put(title.id, title);
  for (const volume of volumes) tables.volumes.put(volume.id, volume);
  for (const copy of copies) tables.copies.put(copy.id, copy);
  for (const reservation of reservations) tables.reservations.put(reservation.id, reservation);
  for (const loan of loans) tables.loans.put(loan.id, loan);
}

/**
 * Creates the in-memory reference storage: every port, honest about versions (each write's
 * compare-and-set is checked exactly as the ports say) and about isolation. Units of work run one
 * at a time, first come first served; each writes into a copy-on-write view that is applied at
 * once when it resolves and dropped when it throws. A record is copied and deeply frozen once,
 * when it is written (the object the caller wrote is neither frozen nor kept), and every read
 * hands out that stored row itself, frozen: a caller that tries to change a record it read gets a
 * `TypeError` (in strict mode, as ES modules are) instead of changing its own copy, and makes a
 * changed record with a spread (`{ ...copy, status: 'missing', version: copy.version + 1 }`).
 * It lives in one process (`capabilities.concurrentWriters` is `false`) and passes the
 * conformance suite of `yoyaku-rules/testing`.
 * @param options - the clock, the lock timeout, and records to start with
 * @returns the storage
 * @category Adapters
 * @example
 * import { createMemoryStorage } from 'yoyaku-rules/memory';
 * const storage = createMemoryStorage({ clock: fixedClock('2026-12-03T00:30:00.000Z') });
 * const requested = await storage.unitOfWork.run((tx) => tx.reservations.listRequested());
 * @example
 * // Rows read are frozen: write a changed copy
 * const copy = await storage.unitOfWork.run((tx) => tx.copies.get('c-1'));
 * Object.isFrozen(copy); // true
 * await storage.unitOfWork.run((tx) => tx.copies.update({ ...copy!, status: 'missing', version: copy!.version + 1 }, copy!.version));
 * @example
 * // A throwing unit writes nothing
 * await storage.unitOfWork.run(async (tx) => {
 *   await tx.cart.add('p-1', { volumeId: 't-1/1', pickupBranchId: 'akeno' });
 *   throw new Error('changed my mind');
 * }).catch(() => {});
 * storage.snapshot().carts; // {}
 */
export function createMemoryStorage(options: MemoryStorageOptions = {}): MemoryStorage {
  const clock = options.clock ?? systemClock;
  const lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
  const tables = createTables();
  const lock = new FifoLock('The memory storage');
  const parts = unitParts(tables, clock);
  let closed = false;
  if (options.seed) writeSeed(tables, options.seed);

  const assertOpen = (): void => {
    if (closed) throw new YoyakuError('STORE_UNAVAILABLE', 'The memory storage is closed');
  };

  return {
    clock,
    capabilities: MEMORY_CAPABILITIES,
    unitOfWork: {
      async run<T>(work: (tx: StoresTx) => Promise<T>): Promise<T> {
        assertOpen();
        // A free lock is taken at once: no Promise to wait for (units run one after another, thousands a simulated day).
        const release = lock.tryAcquire() ?? (await lock.acquire(lockTimeoutMs));
        const unit = openUnit(parts);
        try {
          const result = await work(unit.tx);
          assertOpen();
          unit.commit();
          return result;
        } finally {
          unit.close();
          release();
        }
      },
    },
    async seed(data) {
      assertOpen();
      const release = await lock.acquire(lockTimeoutMs);
      try {
        writeSeed(tables, data);
      } finally {
        release();
      }
    },
    snapshot: () => takeSnapshot(tables),
    // Every record is checked against its schema when written, so no row is ever unreadable.
    checkHealth: async () => ({ ok: true, unreadable: [] }),
    watchChanges: () => watchTables(tables),
    async close() {
      closed = true;
    },
  };
}
