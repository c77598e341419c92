/**
 * `yoyaku-rules/sqlite`: the SQLite adapter on better-sqlite3.
 * @packageDocumentation
 */
export type { SqliteStorage, SqliteStorageOptions } from './adapters/sqlite/create-sqlite-storage.js';
export { createSqliteStorage } from './adapters/sqlite/create-sqlite-storage.js';
export { migrateSqlite } from './adapters/sqlite/migrate-sqlite.js';
export { SQLITE_MIGRATIONS } from './adapters/sqlite/migrations/index.js';
export type { SqlMigration } from './adapters/sql/sql-migration.js';
export type { UnsafeTestControls } from './adapters/sql/unsafe-test-controls.js';
