import Database from 'better-sqlite3';
import { YoyakuError } from '../../errors/yoyaku-error.js';
import { systemClock, type Clock } from '../../ports/clock.js';
import type { SeedableStorage } from '../../ports/seed-data.js';
import type { StoragePorts } from '../../ports/storage-ports.js';
import type { HealthCheckable } from '../../ports/unreadable-records.js';
import { FifoLock } from '../shared/fifo-lock.js';
import { protections, type UnsafeTestControls } from '../sql/unsafe-test-controls.js';
import type { SqlSession, SqlStoreConfig } from '../sql/sql-session.js';
import { runSqlTransaction, sqlStoragePorts, type SqlTransactionSteps } from '../sql/sql-storage.js';
import { migrateSqlite } from './migrate-sqlite.js';
import { sqliteStoreError } from './sqlite-errors.js';
import { SQLITE_DIALECT, sqliteSession, StatementCache } from './sqlite-session.js';

/**
 * Options of {@link createSqliteStorage}: exactly one of `filename` and `database`.
 * @category Adapters
 * @example
 * const options: SqliteStorageOptions = { filename: 'library.db', busyTimeoutMs: 10_000, walAutocheckpointPages: 10_000 };
 */
export interface SqliteStorageOptions {
  /** The database file to open (created when missing), or `':memory:'`. The storage closes it in `close()`. */
  readonly filename?: string | undefined;
  /** A better-sqlite3 database the host opened; `close()` leaves it open. */
  readonly database?: Database.Database | undefined;
  /** The storage's clock (the ports' `clock`, job claims and sent marks). Default: the system clock. */
  readonly clock?: Clock | undefined;
  /**
   * How long a unit of work waits, in milliseconds, for another process that holds the file's
   * write lock before it fails with `STORE_UNAVAILABLE` (SQLite's `busy_timeout`). Default 5 000
   * for a file the storage opens; a host's `database` keeps its own unless this is given.
   */
  readonly busyTimeoutMs?: number | undefined;
  /**
   * After how many pages in the WAL a commit copies them into the database file (SQLite's
   * `wal_autocheckpoint`). Default 10 000 (about 40 MB of WAL) for a file the storage opens, where
   * SQLite's own default is 1 000: each checkpoint copies every page written since the last one
   * and flushes both files to disk, so fewer checkpoints copy the often-written pages (the indexes
   * of reservations and copies) fewer times. Commits use `synchronous = NORMAL` (better-sqlite3's
   * WAL default) and survive a crash of the process; a power loss can lose the units committed
   * since the WAL was last flushed, which a longer interval makes more (pass 1 000 for SQLite's
   * default). A host's `database` keeps its own unless this is given; `0` turns automatic
   * checkpoints off (the host then runs them).
   */
  readonly walAutocheckpointPages?: number | undefined;
  /**
   * How long a unit of work waits, in milliseconds, for the units before it on this connection
   * (they run one at a time, first come first served) before it fails with `STORE_UNAVAILABLE`.
   * Default 10 000.
   */
  readonly lockTimeoutMs?: number | undefined;
  /** Whether to apply {@link migrateSqlite} when the storage is created. Default `true`. */
  readonly migrate?: boolean | undefined;
  /**
   * For testing only: `false` drops the version check of every update (a stale write overwrites)
   * and runs a unit's statements without a transaction, each committing alone, so that a test can
   * show the races the guard prevents. Never turn it off in a library's storage. Default `true`.
   */
  readonly versionGuard?: boolean | undefined;
  /** UNSAFE, for race tests only: removes one protection at a time ({@link UnsafeTestControls}; SQLite has no row locks). */
  readonly unsafeTestControls?: UnsafeTestControls | undefined;
}

/**
 * A storage on SQLite: the ports, seeding, migrations, the connection, and `close`.
 * @category Adapters
 * @example
 * const storage: SqliteStorage = createSqliteStorage({ filename: ':memory:' });
 * await storage.seed({ titles: [{ id: 't-1', name: '源氏物語', category: 'book', audiovisual: false }] });
 * await storage.close();
 */
export interface SqliteStorage extends StoragePorts, SeedableStorage, HealthCheckable {
  /** The better-sqlite3 connection, for the host's own queries (outside units of work, it sees committed data only). */
  readonly database: Database.Database;
  /** Applies the migrations not yet applied ({@link migrateSqlite}); returns the versions applied now. */
  migrate(): Promise<readonly number[]>;
  /** Waits for the running unit of work, then closes the database the storage opened; later units fail with `STORE_UNAVAILABLE`. */
  close(): Promise<void>;
}

/** The default of {@link SqliteStorageOptions.walAutocheckpointPages} for a file the storage opens. */
const WAL_AUTOCHECKPOINT_PAGES = 10_000;

function pages(value: number): number {
  return Math.max(0, Math.floor(value));
}

function openDatabase(options: SqliteStorageOptions): { database: Database.Database; owned: boolean } {
  if ((options.filename === undefined) === (options.database === undefined)) {
    throw new YoyakuError('INVALID_INPUT', 'createSqliteStorage needs exactly one of filename and database', {
      issues: [{ path: ['filename'], message: 'Give exactly one of filename and database' }],
    });
  }
  if (options.database !== undefined) {
    if (options.busyTimeoutMs !== undefined) options.database.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs))}`);
    if (options.walAutocheckpointPages !== undefined) options.database.pragma(`wal_autocheckpoint = ${pages(options.walAutocheckpointPages)}`);
    return { database: options.database, owned: false };
  }
  try {
    const database = new Database(options.filename as string, { timeout: options.busyTimeoutMs ?? 5_000 });
    if (!database.memory) {
      database.pragma('journal_mode = WAL');
      database.pragma(`wal_autocheckpoint = ${pages(options.walAutocheckpointPages ?? WAL_AUTOCHECKPOINT_PAGES)}`);
    }
    return { database, owned: true };
  } catch (error) {
    throw sqliteStoreError(error);
  }
}

/**
 * Creates a storage on a SQLite database (better-sqlite3, an optional peer dependency): every port,
 * with compare-and-set updates (`UPDATE … WHERE id = ? AND version = ?`), job claims by
 * `INSERT … ON CONFLICT DO NOTHING`, and every row read back checked against its record schema
 * (`INVALID_RECORD` naming the table and row id, and the unit rolls back). Units of work are
 * `BEGIN IMMEDIATE` transactions, run one at a time per connection, first come first served;
 * several processes may share one file (WAL mode), each waiting up to `busyTimeoutMs` for the
 * write lock. Use one storage per file in a process: two connections of one process on one file
 * wait for each other until the busy timeout. The schema is migrated at creation unless
 * `migrate: false`. It passes the conformance suite of `yoyaku-rules/testing`.
 * @param options - the file or database, the clock, timeouts, and whether to migrate
 * @returns the storage
 * @throws YoyakuError `INVALID_INPUT` without exactly one of `filename` and `database`;
 *   `STORE_UNAVAILABLE` when the file cannot be opened or migrated
 * @category Adapters
 * @example
 * import { createSqliteStorage } from 'yoyaku-rules/sqlite';
 * const storage = createSqliteStorage({ filename: 'library.db' });
 * const requested = await storage.unitOfWork.run((tx) => tx.reservations.listRequested());
 * await storage.close();
 * @example
 * // A host's own connection, migrated separately
 * import Database from 'better-sqlite3';
 * const db = new Database('library.db');
 * migrateSqlite(db);
 * const storage = createSqliteStorage({ database: db, migrate: false, clock: fixedClock('2026-12-03T00:30:00.000Z') });
 */
export function createSqliteStorage(options: SqliteStorageOptions): SqliteStorage {
  const { database, owned } = openDatabase(options);
  const lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
  const kept = protections(options.versionGuard, options.unsafeTestControls, 'transactions');
  const transactions = kept.transactions;
  const config: SqlStoreConfig = { dialect: SQLITE_DIALECT, clock: options.clock ?? systemClock, versionGuard: kept.versionCheck, lockRows: false };
  const statements = new StatementCache(database);
  const lock = new FifoLock('The SQLite storage');
  let closed = false;

  const assertOpen = (): void => {
    if (closed) throw new YoyakuError('STORE_UNAVAILABLE', 'The SQLite storage is closed');
  };
  const exec = (sql: string): void => {
    try {
      database.exec(sql);
    } catch (error) {
      throw sqliteStoreError(error);
    }
  };

  const steps: SqlTransactionSteps = {
    begin: () => {
      if (transactions) exec('BEGIN IMMEDIATE');
    },
    session: (isOpen) => sqliteSession(statements, isOpen),
    commit: () => {
      if (transactions) exec('COMMIT');
    },
    rollback: () => {
      if (database.inTransaction) database.exec('ROLLBACK');
    },
  };

  /** Runs `work` in one transaction while holding the connection's lock. */
  async function inTransaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    assertOpen();
    const release = await lock.acquire(lockTimeoutMs);
    try {
      assertOpen();
      return await runSqlTransaction(steps, work);
    } finally {
      release();
    }
  }

  if (options.migrate ?? true) migrateSqlite(database);

  return {
    ...sqlStoragePorts(config, inTransaction),
    database,
    async migrate() {
      assertOpen();
      const release = await lock.acquire(lockTimeoutMs);
      try {
        return migrateSqlite(database);
      } finally {
        statements.clear();
        release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      const release = await lock.acquire(lockTimeoutMs).catch(() => undefined);
      try {
        if (owned) database.close();
      } finally {
        release?.();
      }
    },
  };
}
