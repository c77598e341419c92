import type { SqlMigration } from '../../sql/sql-migration.js';
import { POSTGRES_0001_INIT } from './0001_init.js';
import { POSTGRES_0002_COPIES_ON_THE_MOVE } from './0002_copies_on_the_move.js';
import { POSTGRES_0004_JOB_CHUNKS } from './0004_job_chunks.js';
import { POSTGRES_0003_HISTORY } from './0003_history.js';
import { POSTGRES_0005_PARTIAL_RESERVATION_INDEXES } from './0005_partial_reservation_indexes.js';

/**
 * The schema migrations of the PostgreSQL adapter, oldest first. {@link migratePostgres} applies
 * those not yet recorded in `schema_migrations`.
 * @category Adapters
 * @example
 * import { POSTGRES_MIGRATIONS } from 'yoyaku-rules/postgres';
 * POSTGRES_MIGRATIONS.map((m) => m.version); // [1, 2, 3, 4, 5]
 */
export const POSTGRES_MIGRATIONS: readonly SqlMigration[] = Object.freeze([POSTGRES_0001_INIT, POSTGRES_0002_COPIES_ON_THE_MOVE, POSTGRES_0003_HISTORY, POSTGRES_0004_JOB_CHUNKS, POSTGRES_0005_PARTIAL_RESERVATION_INDEXES]);
