import type { SqlMigration } from '../../sql/sql-migration.js';

/** Issue 13: the planned chunks of a day's run of a job (the morning batch in bounded units). */
export const SQLITE_0004_JOB_CHUNKS: SqlMigration = {
  version: 4,
  name: 'job_chunks',
  sql: `
CREATE TABLE job_chunks (
  job TEXT NOT NULL,
  run_date TEXT NOT NULL,
  seq INTEGER NOT NULL,
  phase TEXT NOT NULL,
  keys TEXT NOT NULL,
  owner TEXT,
  finished_at TEXT,
  PRIMARY KEY (job, run_date, seq)
);
`,
};
