import type { SqlMigration } from '../../sql/sql-migration.js';
import { SQLITE_0001_INIT } from './0001_init.js';
import { SQLITE_0002_COPIES_ON_THE_MOVE } from './0002_copies_on_the_move.js';
import { SQLITE_0004_JOB_CHUNKS } from './0004_job_chunks.js';
import { SQLITE_0003_HISTORY } from './0003_history.js';
import { SQLITE_0005_PARTIAL_RESERVATION_INDEXES } from './0005_partial_reservation_indexes.js';

/**
 * The schema migrations of the SQLite adapter, oldest first. {@link migrateSqlite} applies those
 * not yet recorded in `schema_migrations`.
 * @category Adapters
 * @example
 * import { SQLITE_MIGRATIONS } from 'yoyaku-rules/sqlite';
 * SQLITE_MIGRATIONS.map((m) => m.version); // [1, 2, 3, 4, 5]
 */
export const SQLITE_MIGRATIONS: readonly SqlMigration[] = Object.freeze([SQLITE_0001_INIT, SQLITE_0002_COPIES_ON_THE_MOVE, SQLITE_0003_HISTORY, SQLITE_0004_JOB_CHUNKS, SQLITE_0005_PARTIAL_RESERVATION_INDEXES]);
