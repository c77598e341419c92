import { japanDateOf } from '../../calendar/japan-date.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { LocalDate } from '../../model/time.js';
import type { JobName } from '../../ports/job-runs.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { JobSummary } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import type { ServiceContext } from '../internal/context.js';
import { done, failed } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';
import { SetAsideLog } from '../internal/set-aside.js';

/**
 * A job summary with every count at zero.
 * @param date - the run's date
 * @param claimed - whether this call claimed the run
 * @returns the summary
 * @category Service
 * @example
 * emptySummary('2026-12-08', false).approved; // 0
 */
function emptySummary(date: LocalDate, claimed: boolean): JobSummary {
  return { date, claimed, approved: 0, rejected: 0, cancelled: 0, lapsed: 0, newHolds: 0, setAside: [] };
}

/**
 * Runs a daily job once for a date, across servers: one unit of work claims `(job, date)` in
 * `jobRuns`, does the work and marks the run finished, so the claim and the writes commit
 * together (a failed run leaves the day unclaimed, and a retried one claims it again). When the
 * claim is lost (another server or an earlier call ran it), nothing is done: `claimed: false`.
 * The unit reads with the storage's `onInvalidRecord`: a row it cannot read is left out and set
 * aside (in the summary's `setAside`, with what depends on it) instead of failing the whole job.
 *
 * A date after today in Japan (by the service's clock) is refused with `INVALID_INPUT` before
 * any unit of work, so it claims nothing (P16): a run "for tomorrow" would decide today's
 * requests early and take tomorrow's claim from the real run. A past date is allowed (a missed
 * day caught up, a replay).
 * @param ctx - the service context
 * @param job - which job
 * @param date - the Japan date of the run (today in Japan when absent)
 * @param work - the job's reads, decisions and writes, inside the unit
 * @returns the summary of the run
 * @category Service
 * @example
 * await runClaimedJob(ctx, 'expiry', undefined, async (tx, date) => ({ summary: emptySummary(date, true), events: [] }));
 */
export async function runClaimedJob(
  ctx: ServiceContext,
  job: JobName,
  date: LocalDate | undefined,
  work: (tx: StoresTx, date: LocalDate, aside: SetAsideLog) => Promise<{ summary: Omit<JobSummary, 'setAside'>; events: readonly DomainEvent[] }>,
): Promise<ServiceResult<JobSummary>> {
  const today = japanDateOf(ctx.now());
  const day = date ?? today;
  if (day > today)
    return failed('INVALID_INPUT', `The ${job} run for ${day} is after today in Japan (${today}) (P16)`, [
      { path: ['date'], message: 'Expected a date on or before today in Japan' },
    ]);
  let aside = new SetAsideLog();
  return runUnit(
    ctx,
    async (tx) => {
      if (!(await tx.jobRuns.claim(job, day, ctx.serverId))) return done(emptySummary(day, false));
      const { summary, events } = await work(tx, day, aside);
      await tx.jobRuns.finish(job, day, ctx.serverId);
      return done({ ...summary, setAside: aside.records() }, events);
    },
    () => {
      aside = new SetAsideLog();
      return aside.options;
    },
  );
}
