import type Database from 'better-sqlite3';
import { sqliteStoreError } from './sqlite-errors.js';
import { SQLITE_MIGRATIONS } from './migrations/index.js';

const CREATE_SCHEMA_MIGRATIONS =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)';

/**
 * Brings a SQLite database to the adapter's latest schema: applies, in one `BEGIN IMMEDIATE`
 * transaction, every migration of {@link SQLITE_MIGRATIONS} not yet recorded in the
 * `schema_migrations` table, and records each. Applying it again is a no-op; two processes
 * migrating one file at once take turns. {@link createSqliteStorage} calls it unless told not to.
 * @param database - an open better-sqlite3 database, not inside a transaction
 * @returns the versions applied now, oldest first (empty when the schema was up to date)
 * @throws YoyakuError `STORE_UNAVAILABLE` when the database is busy beyond its timeout, read-only or unreadable
 * @category Adapters
 * @example
 * import Database from 'better-sqlite3';
 * import { migrateSqlite } from 'yoyaku-rules/sqlite';
 * const db = new Database('library.db');
 * migrateSqlite(db); // [1]
 * migrateSqlite(db); // []
 */
export function migrateSqlite(database: Database.Database): readonly number[] {
  const applied: number[] = [];
  try {
    database.exec('BEGIN IMMEDIATE');
    try {
      database.exec(CREATE_SCHEMA_MIGRATIONS);
      const done = new Set(database.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
      const record = database.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
      for (const migration of SQLITE_MIGRATIONS) {
        if (done.has(migration.version)) continue;
        database.exec(migration.sql);
        record.run(migration.version, migration.name);
        applied.push(migration.version);
      }
      database.exec('COMMIT');
    } catch (error) {
      if (database.inTransaction) database.exec('ROLLBACK');
      throw error;
    }
  } catch (error) {
    throw sqliteStoreError(error);
  }
  return applied;
}
