import type { JobRuns } from '../../../ports/job-runs.js';
import { jobRunFromRow } from '../record-rows.js';
import { readerOf } from '../row-reader.js';
import type { SqlSession, SqlStoreConfig } from '../sql-session.js';

/** The job-run claims of one SQL unit of work: a primary key on `(job, run_date)`, claimed by `INSERT … ON CONFLICT DO NOTHING`. */
export function sqlJobRuns(session: SqlSession, config: SqlStoreConfig): JobRuns {
  return {
    claim: async (job, date, owner) =>
      (await session.run(
        'INSERT INTO job_runs (job, run_date, owner, claimed_at, finished_at) VALUES (?, ?, ?, ?, NULL) ON CONFLICT (job, run_date) DO NOTHING',
        [job, date, owner, config.clock.now()],
      )) > 0,
    async get(job, date) {
      const rows = await session.all('SELECT * FROM job_runs WHERE job = ? AND run_date = ?', [job, date]);
      return readerOf(session).one(rows[0], jobRunFromRow);
    },
    finish: async (job, date, owner) =>
      (await session.run('UPDATE job_runs SET finished_at = ? WHERE job = ? AND run_date = ? AND owner = ? AND finished_at IS NULL', [
        config.clock.now(),
        job,
        date,
        owner,
      ])) > 0,
  };
}
