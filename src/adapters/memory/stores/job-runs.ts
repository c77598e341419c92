import type { Clock } from '../../../ports/clock.js';
import type { JobRuns } from '../../../ports/job-runs.js';
import { rowOrNull, stored } from '../rows.js';
import { jobRunKey, type MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

/** The job-run claims of one unit of work. */
export function memoryJobRuns(views: MemoryViews, clock: Clock): SyncStore<JobRuns> {
  const view = views.jobRuns;
  return {
    claim: (job, date, owner) => {
      const key = jobRunKey(job, date);
      if (view.get(key) !== undefined) return false;
      view.set(key, stored({ job, date, owner, claimedAt: clock.now(), finishedAt: null }));
      return true;
    },
    get: (job, date) => rowOrNull(view.get(jobRunKey(job, date))),
    finish: (job, date, owner) => {
      const key = jobRunKey(job, date);
      const row = view.get(key);
      if (row === undefined || row.owner !== owner || row.finishedAt !== null) return false;
      view.set(key, stored({ ...row, finishedAt: clock.now() }));
      return true;
    },
  };
}
