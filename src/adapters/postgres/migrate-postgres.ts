import type pg from 'pg';
import { connectClient, quoteSchema, watchClient } from './connect.js';
import { POSTGRES_MIGRATIONS } from './migrations/index.js';
import { isConnectionError, postgresStoreError } from './postgres-errors.js';

/** The key of the advisory lock that makes concurrent migrations take turns. */
const MIGRATION_LOCK_KEY = 7_305_114_482;

const CREATE_SCHEMA_MIGRATIONS =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)';

const RECORD_MIGRATION =
  "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))";

/**
 * Options of {@link migratePostgres}.
 * @category Adapters
 * @example
 * const options: MigratePostgresOptions = { schema: 'yoyaku', connectionTimeoutMs: 5_000 };
 */
export interface MigratePostgresOptions {
  /** The schema to create (when missing) and migrate; default: the first schema of the connection's `search_path`. */
  readonly schema?: string | undefined;
  /** How long to wait for a pooled connection, in milliseconds. Default 5 000. */
  readonly connectionTimeoutMs?: number | undefined;
}

function isPool(target: pg.Pool | pg.ClientBase): target is pg.Pool {
  return typeof (target as pg.Pool).totalCount === 'number';
}

/**
 * Brings a PostgreSQL schema to the adapter's latest version: applies, in one transaction, every
 * migration of {@link POSTGRES_MIGRATIONS} not yet recorded in its `schema_migrations` table, and
 * records each. Applying it again is a no-op; servers migrating at once take turns (a
 * transaction-level advisory lock).
 * @param target - a pool (a connection is taken for the migration) or a connected client not inside a transaction
 * @param options - the schema, and the connection timeout
 * @returns the versions applied now, oldest first (empty when the schema was up to date)
 * @throws YoyakuError `STORE_UNAVAILABLE` when the server cannot be reached in time;
 *   `INVALID_INPUT` for a schema name that is not a plain identifier
 * @category Adapters
 * @example
 * import pg from 'pg';
 * import { migratePostgres } from 'yoyaku-rules/postgres';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migratePostgres(pool, { schema: 'yoyaku' }); // [1]
 * await migratePostgres(pool, { schema: 'yoyaku' }); // []
 */
export async function migratePostgres(target: pg.Pool | pg.ClientBase, options: MigratePostgresOptions = {}): Promise<readonly number[]> {
  const schema = options.schema === undefined ? undefined : quoteSchema(options.schema);
  const checkout = isPool(target) ? await connectClient(target, options.connectionTimeoutMs ?? 5_000) : undefined;
  const client = checkout?.client ?? (target as pg.ClientBase);
  const watch = checkout === undefined ? watchClient(client) : undefined;
  let broken = false;
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET LOCAL search_path TO ${schema}`);
      await client.query(CREATE_SCHEMA_MIGRATIONS);
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
      const applied: number[] = [];
      for (const migration of POSTGRES_MIGRATIONS) {
        if (done.has(migration.version)) continue;
        await client.query(migration.sql);
        await client.query(RECORD_MIGRATION, [migration.version, migration.name]);
        applied.push(migration.version);
      }
      await client.query('COMMIT');
      return applied;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    }
  } catch (error) {
    const mapped = postgresStoreError(error);
    if (isConnectionError(mapped)) broken = true;
    throw mapped;
  } finally {
    watch?.unwatch();
    checkout?.release(broken);
  }
}
