import type { Instant, LocalDate } from '../model/time.js';

/**
 * A daily batch job that must run once per day: the approval batch (C1), the hold expiry (D3), and
 * the retention job when it runs in chunks (`jobChunkSize`).
 * @category Ports
 * @example
 * const job: JobName = 'approval';
 */
export type JobName = 'approval' | 'expiry' | 'retention';

/**
 * The record of a day's run of a job: who claimed it, when, and when it finished.
 * @category Ports
 * @example
 * const run: JobRun = {
 *   job: 'approval', date: '2026-12-04', owner: 'server-a',
 *   claimedAt: '2026-12-04T00:00:00.000Z', finishedAt: null,
 * };
 */
export interface JobRun {
  readonly job: JobName;
  /** The Japan business date the run is for. */
  readonly date: LocalDate;
  /** Who claimed it: a server or worker name chosen by the host. */
  readonly owner: string;
  readonly claimedAt: Instant;
  readonly finishedAt: Instant | null;
}

/**
 * Claims of daily job runs, so that exactly one claimer runs a job for a date, even with several
 * servers (C1: running the batch twice on one day changes nothing). A claim is a write of its
 * unit of work: a unit that throws leaves the day unclaimed. On SQL: a primary key on
 * `(job, date)` and `INSERT … ON CONFLICT DO NOTHING`. The service never claims a date after
 * today in Japan (P16), so a claim is never taken ahead of the day's real run.
 * @category Ports
 * @example
 * const won = await storage.unitOfWork.run((tx) => tx.jobRuns.claim('approval', '2026-12-04', 'server-a'));
 * if (won) {
 *   // run the approval batch, then:
 *   await storage.unitOfWork.run((tx) => tx.jobRuns.finish('approval', '2026-12-04', 'server-a'));
 * }
 */
export interface JobRuns {
  /** Claims the run of `job` for `date`: `true` for the first claim only, `false` for every later one, whoever makes it. */
  claim(job: JobName, date: LocalDate, owner: string): Promise<boolean>;

  /** The run of `job` for `date`, or `null` when nobody claimed it. */
  get(job: JobName, date: LocalDate): Promise<JobRun | null>;

  /** Marks the run finished at the storage clock's now; `false` when `owner` does not hold the claim or it already finished. */
  finish(job: JobName, date: LocalDate, owner: string): Promise<boolean>;
}
