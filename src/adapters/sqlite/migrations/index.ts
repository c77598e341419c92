import type { SqlMigration } from '../../sql/sql-migration.js';
import { SQLITE_0001_INIT } from './0001_init.js';
import { SQLITE_0002_COPIES_ON_THE_MOVE } from './0002_copies_on_the_move.js';
import { SQLITE_0004_JOB_CHUNKS } from './0004_job_chunks.js';

/**
 * The schema migrations of the SQLite adapter, oldest first. {@link migrateSqlite} applies those
 * not yet recorded in `schema_migrations`.
 * @category Adapters
 * @example
 * import { SQLITE_MIGRATIONS } from 'yoyaku-rules/sqlite';
 * SQLITE_MIGRATIONS.map((m) => m.version); // [1, 2, 4]
 */
export const SQLITE_MIGRATIONS: readonly SqlMigration[] = Object.freeze([SQLITE_0001_INIT, SQLITE_0002_COPIES_ON_THE_MOVE, SQLITE_0004_JOB_CHUNKS]);
