/**
 * `yoyaku-rules/postgres`: the PostgreSQL adapter on pg.
 * @packageDocumentation
 */
export type { PostgresStorage, PostgresStorageOptions } from './adapters/postgres/create-postgres-storage.js';
export { createPostgresStorage } from './adapters/postgres/create-postgres-storage.js';
export type { MigratePostgresOptions } from './adapters/postgres/migrate-postgres.js';
export { migratePostgres } from './adapters/postgres/migrate-postgres.js';
export { POSTGRES_MIGRATIONS } from './adapters/postgres/migrations/index.js';
export type { SqlMigration } from './adapters/sql/sql-migration.js';
export type { UnsafeTestControls } from './adapters/sql/unsafe-test-controls.js';
