import pg from 'pg';
import { isYoyakuError, YoyakuError } from '../../errors/yoyaku-error.js';
import { systemClock, type Clock } from '../../ports/clock.js';
import type { SeedableStorage } from '../../ports/seed-data.js';
import type { StoragePorts } from '../../ports/storage-ports.js';
import type { HealthCheckable } from '../../ports/unreadable-records.js';
import type { SqlSession, SqlStoreConfig } from '../sql/sql-session.js';
import { runSqlTransaction, sqlStoragePorts } from '../sql/sql-storage.js';
import { protections, type UnsafeTestControls } from '../sql/unsafe-test-controls.js';
import { connectClient, quoteSchema, watchPool } from './connect.js';
import { migratePostgres } from './migrate-postgres.js';
import { isConnectionError, isLostConnection, lostConnectionError, postgresStoreError } from './postgres-errors.js';
import { POSTGRES_DIALECT, postgresSession, query, statementTurns } from './postgres-session.js';

/**
 * Options of {@link createPostgresStorage}: exactly one of `connectionString` and `pool`.
 * @category Adapters
 * @example
 * const options: PostgresStorageOptions = {
 *   connectionString: 'postgres://library@db.example.jp/yoyaku', schema: 'yoyaku', statementTimeoutMs: 10_000,
 * };
 */
export interface PostgresStorageOptions {
  /** Where to connect; the storage makes its own pool and ends it in `close()`. */
  readonly connectionString?: string | undefined;
  /** A pool the host made; `close()` leaves it open. */
  readonly pool?: pg.Pool | undefined;
  /** The schema holding the tables (every unit of work sets `search_path` to it); default: the connection's `search_path`. */
  readonly schema?: string | undefined;
  /** The storage's clock (the ports' `clock`, job claims and sent marks). Default: the system clock. */
  readonly clock?: Clock | undefined;
  /**
   * The longest a statement may run, in milliseconds, before it fails with `STORE_UNAVAILABLE`
   * (the server's `statement_timeout`, which also bounds waits for row locks; the client gives up
   * 2 s later if the server does not answer at all). On the storage's own pool, a unit of work
   * that stays idle between two statements for longer than this plus 2 s is ended by the server
   * (`idle_in_transaction_session_timeout`), so a stuck host cannot hold row locks for ever.
   * Default 30 000.
   */
  readonly statementTimeoutMs?: number | undefined;
  /** How long to wait for a connection, in milliseconds, before `STORE_UNAVAILABLE`. Default 5 000. */
  readonly connectionTimeoutMs?: number | undefined;
  /** The most connections of the storage's own pool. Default 10. */
  readonly maxConnections?: number | undefined;
  /**
   * Whether each statement is prepared once per connection (a named statement) and then only
   * executed, so that the server does not parse and plan it on every call. Turn it off behind a
   * proxy in transaction pooling mode that does not keep prepared statements (PgBouncer before
   * 1.21, or without `max_prepared_statements`). Default `true`.
   */
  readonly preparedStatements?: boolean | undefined;
  /**
   * For testing only: `false` drops the version check of every update (a stale write overwrites)
   * and the row locks of single-record reads, so that a test can show the races they prevent.
   * Never turn it off in a library's storage. Default `true`.
   */
  readonly versionGuard?: boolean | undefined;
  /** UNSAFE, for race tests only: removes one protection at a time ({@link UnsafeTestControls}). */
  readonly unsafeTestControls?: UnsafeTestControls | undefined;
}

/**
 * A storage on PostgreSQL: the ports, seeding, migrations, the pool, and `close`.
 * @category Adapters
 * @example
 * const storage: PostgresStorage = createPostgresStorage({ connectionString: process.env.DATABASE_URL });
 * await storage.migrate();
 * await storage.close();
 */
export interface PostgresStorage extends StoragePorts, SeedableStorage, HealthCheckable {
  /** The pool, for the host's own queries. */
  readonly pool: pg.Pool;
  /** Applies the migrations not yet applied to the storage's schema ({@link migratePostgres}); returns the versions applied now. */
  migrate(): Promise<readonly number[]>;
  /** Ends the pool the storage made; later units fail with `STORE_UNAVAILABLE`. */
  close(): Promise<void>;
}

/** How much longer than the statement timeout the client waits for an answer before it gives up on the connection. */
const CLIENT_GRACE_MS = 2_000;

function makePool(options: PostgresStorageOptions, statementTimeoutMs: number, connectionTimeoutMs: number): { pool: pg.Pool; owned: boolean } {
  if ((options.connectionString === undefined) === (options.pool === undefined)) {
    throw new YoyakuError('INVALID_INPUT', 'createPostgresStorage needs exactly one of connectionString and pool', {
      issues: [{ path: ['connectionString'], message: 'Give exactly one of connectionString and pool' }],
    });
  }
  if (options.pool !== undefined) return { pool: options.pool, owned: false };
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: connectionTimeoutMs,
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + CLIENT_GRACE_MS,
    idle_in_transaction_session_timeout: statementTimeoutMs + CLIENT_GRACE_MS,
  });
  return { pool, owned: true };
}

/**
 * Creates a storage on PostgreSQL (`pg`, an optional peer dependency): every port, with
 * compare-and-set updates (`UPDATE … WHERE id = $1 AND version = $2`), job claims by
 * `INSERT … ON CONFLICT DO NOTHING` on the primary key `(job, run_date)`, and every row read back
 * checked against its record schema (`INVALID_RECORD` naming the table and row id, and the unit
 * rolls back). A unit of work is one `BEGIN … COMMIT` on one pooled connection at READ COMMITTED;
 * reads of one record by id (`get`, `getVersioned`, `findOpenByCopy`) lock its row
 * (`SELECT … FOR UPDATE`) until the unit ends, so units that read and then write the same record
 * take turns instead of conflicting, and a unit that reads a patron first sees every reservation
 * committed before it. Ties in list orders compare ids in the "C" collation. A server that cannot
 * be reached, or a statement that runs too long, fails with `STORE_UNAVAILABLE` within the
 * timeouts; a deadlock the server breaks fails with `VERSION_CONFLICT` (run the unit again). The
 * schema is not migrated at creation: call `migrate()` (or {@link migratePostgres}) once, when
 * deploying. It passes the conformance suite of `yoyaku-rules/testing`.
 * @param options - the connection string or pool, the schema, the clock and timeouts
 * @returns the storage
 * @throws YoyakuError `INVALID_INPUT` without exactly one of `connectionString` and `pool`, or for a schema name that is not a plain identifier
 * @category Adapters
 * @example
 * import { createPostgresStorage } from 'yoyaku-rules/postgres';
 * const storage = createPostgresStorage({ connectionString: 'postgres://library@127.0.0.1:5432/yoyaku', schema: 'yoyaku' });
 * await storage.migrate();
 * const pending = await storage.unitOfWork.run((tx) => tx.outbox.listPending());
 * await storage.close();
 * @example
 * // An unreachable server fails fast
 * const down = createPostgresStorage({ connectionString: 'postgres://127.0.0.1:1/none', connectionTimeoutMs: 2_000 });
 * await down.unitOfWork.run((tx) => tx.reservations.get('r-1')).catch((e) => e.code); // 'STORE_UNAVAILABLE'
 */
export function createPostgresStorage(options: PostgresStorageOptions): PostgresStorage {
  const statementTimeoutMs = options.statementTimeoutMs ?? 30_000;
  const connectionTimeoutMs = options.connectionTimeoutMs ?? 5_000;
  const queryTimeoutMs = statementTimeoutMs + CLIENT_GRACE_MS;
  const schema = options.schema === undefined ? undefined : quoteSchema(options.schema);
  const { pool, owned } = makePool(options, statementTimeoutMs, connectionTimeoutMs);
  watchPool(pool);
  const kept = protections(options.versionGuard, options.unsafeTestControls, 'rowLocks');
  const config: SqlStoreConfig = { dialect: POSTGRES_DIALECT, clock: options.clock ?? systemClock, versionGuard: kept.versionCheck, lockRows: kept.rowLocks, lockGetManyPatrons: kept.patronGetManyLocks };
  const begin = kept.transactions
    ? [
        'BEGIN',
        ...(schema === undefined ? [] : [`SET LOCAL search_path TO ${schema}`]),
        ...(owned ? [] : [`SET LOCAL statement_timeout = ${Math.max(0, Math.floor(statementTimeoutMs))}`]),
      ].join('; ')
    : // The race test's control without transactions: every statement commits alone.
      (schema === undefined ? 'SELECT 1' : `SET search_path TO ${schema}`);
  const commitSql = kept.transactions ? 'COMMIT' : 'SELECT 1';
  const prepare = options.preparedStatements ?? true;
  const rollbackSql = kept.transactions ? 'ROLLBACK' : 'SELECT 1';
  let closed = false;

  const assertOpen = (): void => {
    if (closed) throw new YoyakuError('STORE_UNAVAILABLE', 'The PostgreSQL storage is closed');
  };

  /**
   * Runs `work` in one transaction on one pooled connection. A connection the server ends under
   * the unit is `STORE_UNAVAILABLE` with `details.retryable` (true when `COMMIT` was not yet
   * sent, so nothing was written), and the client is discarded.
   */
  async function inTransaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    assertOpen();
    const checkout = await connectClient(pool, connectionTimeoutMs);
    const { client } = checkout;
    const inTurn = statementTurns(client);
    let broken = false;
    let commitSent = false;
    // In a transaction, BEGIN goes with the unit's first statement (postgresSession); a unit that
    // sent no statement has nothing to commit or roll back.
    let beginPending = false;
    const opening = (): string | undefined => {
      if (!beginPending) return undefined;
      beginPending = false;
      return begin;
    };
    try {
      return await runSqlTransaction(
        {
          begin: () => {
            if (kept.transactions) beginPending = true;
            else return query(client, begin, [], queryTimeoutMs);
          },
          session: (isOpen) => postgresSession(client, queryTimeoutMs, isOpen, prepare, opening, inTurn),
          commit: () => {
            const lost = checkout.lostWith();
            if (lost !== undefined) throw lostConnectionError(lost, true);
            if (beginPending) return;
            commitSent = true;
            return inTurn(() => query(client, commitSql, [], queryTimeoutMs));
          },
          rollback: () => {
            if (beginPending) return;
            return inTurn(() => query(client, rollbackSql, [], queryTimeoutMs)).catch(() => {
              broken = true;
            });
          },
        },
        work,
      );
    } catch (error) {
      const lost = checkout.lostWith();
      if (isConnectionError(error)) {
        broken = true;
        if (lost !== undefined || isLostConnection(error)) {
          throw isYoyakuError(error) && error.details['connectionLost'] === true ? error : lostConnectionError(lost ?? error, !commitSent);
        }
      }
      throw error;
    } finally {
      checkout.release(broken);
    }
  }

  return {
    ...sqlStoragePorts(config, inTransaction),
    pool,
    async migrate() {
      assertOpen();
      return migratePostgres(pool, { ...(options.schema === undefined ? {} : { schema: options.schema }), connectionTimeoutMs });
    },
    async close() {
      if (closed) return;
      closed = true;
      if (owned) await pool.end().catch((error: unknown) => Promise.reject(postgresStoreError(error)));
    },
  };
}
