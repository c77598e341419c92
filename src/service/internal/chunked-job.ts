import { japanDateOf } from '../../calendar/japan-date.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { Instant, LocalDate } from '../../model/time.js';
import type { JobChunk } from '../../ports/job-chunks.js';
import type { JobName } from '../../ports/job-runs.js';
import type { SetAsideRecord } from '../../ports/unreadable-records.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { JobSummary } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import type { ServiceContext } from './context.js';
import { done, failed } from './results.js';
import { recordEvents } from './record-events.js';
import { runUnit } from './run-unit.js';
import { SetAsideLog } from './set-aside.js';

/** The counts of a job summary, which chunks add up. */
export type JobCounts = Pick<JobSummary, 'approved' | 'rejected' | 'cancelled' | 'lapsed' | 'newHolds'>;

/** The keys of one phase of a chunked job, in the order they are to be decided. */
export interface JobPhase {
  readonly phase: string;
  readonly keys: readonly string[];
}

/**
 * A daily job that runs as a resumable sequence of bounded units ({@link runChunkedJob}): how
 * to plan it (in the unit that claims the day) and how to do one chunk (in a unit of its own).
 * Any job keyed by ids can use it: the approval batch (patrons, then volumes), the hold expiry
 * (volumes), a retention job (records).
 * @category Service
 * @example
 * const spec: ChunkedJob = {
 *   job: 'expiry',
 *   plan: async (tx, date) => [{ phase: 'expire', keys: volumeIdsOfHoldsEndingBefore(date) }],
 *   runChunk: async (tx, chunk, run) => ({ counts: { lapsed: 1 }, events: [] }),
 * };
 */
export interface ChunkedJob {
  readonly job: JobName;
  /** The phases and their keys, read in the claiming unit; later phases start when every chunk of the earlier ones is finished. */
  plan(tx: StoresTx, date: LocalDate, aside: SetAsideLog): Promise<readonly JobPhase[]>;
  /** Decides and writes one chunk's keys; `at` is the instant the run was claimed, the same for every chunk. */
  runChunk(
    tx: StoresTx,
    chunk: JobChunk,
    run: { readonly date: LocalDate; readonly at: Instant; readonly aside: SetAsideLog },
  ): Promise<{
    readonly counts: Partial<JobCounts>;
    readonly events: readonly DomainEvent[];
    /** Counts of the job's own, outside {@link JobCounts} (the retention job's records), added up in the `tally` of {@link runChunkedJob}. */
    readonly tally?: Readonly<Record<string, number>> | undefined;
  }>;
}

/**
 * What a chunked run reports after each chunk it finished.
 * @category Service
 * @example
 * const p: JobProgress = { job: 'approval', date: '2026-12-08', seq: 3, chunksDone: 4, chunksTotal: 12 };
 */
export interface JobProgress {
  readonly job: JobName;
  readonly date: LocalDate;
  /** The chunk just finished. */
  readonly seq: number;
  /** Chunks of the run finished so far, by every server. */
  readonly chunksDone: number;
  readonly chunksTotal: number;
}

/** The keys cut into chunks of at most `size`, phase by phase. */
export function cutIntoChunks(phases: readonly JobPhase[], size: number): { phase: string; keys: string[] }[] {
  const chunks: { phase: string; keys: string[] }[] = [];
  for (const { phase, keys } of phases) for (let i = 0; i < keys.length; i += size) chunks.push({ phase, keys: keys.slice(i, i + size) });
  return chunks;
}

const ZERO: JobCounts = { approved: 0, rejected: 0, cancelled: 0, lapsed: 0, newHolds: 0 };

/**
 * Runs a daily job as a resumable sequence of bounded units, shared by every server that calls
 * it for the date: the first call claims `(job, date)` and plans the chunks (at most `chunkSize`
 * keys each) in one unit; then every caller takes the next chunk nobody holds, decides it and
 * marks it finished, in one unit per chunk (a crash rolls that chunk back, and the next call
 * resumes with it); a chunk of a later phase waits until every chunk of the earlier phases is
 * finished (a caller that meets one still held elsewhere returns, the holder goes on). The run
 * is finished, and the day complete, when every chunk is. Every chunk decides with the instant
 * the day was claimed, so the results are those of one unit; a chunk's domain events are stored in
 * the event log in the chunk's own unit. `claimed` is true when this call
 * planned the run or finished a chunk of it; the counts are those of the chunks it finished. A
 * date after today in Japan is `INVALID_INPUT` before any unit of work (P16), as for one unit.
 * @param ctx - the service context
 * @param spec - the job
 * @param date - the Japan date (today in Japan when absent)
 * @param chunkSize - the most keys of one chunk
 * @param onProgress - called after each chunk this call finished
 * @param tally - where the chunks' own counts (their `tally`) are added up, when given
 * @returns the summary of this call's share of the run
 * @category Service
 * @example
 * const r = await runChunkedJob(ctx, expirySpec, '2026-12-09', 500, (p) => console.log(`${p.chunksDone}/${p.chunksTotal}`));
 */
export async function runChunkedJob(
  ctx: ServiceContext,
  spec: ChunkedJob,
  date: LocalDate | undefined,
  chunkSize: number,
  onProgress?: (progress: JobProgress) => void,
  tally?: Record<string, number>,
): Promise<ServiceResult<JobSummary>> {
  const { job } = spec;
  let aside = new SetAsideLog();
  const freshAside = () => {
    aside = new SetAsideLog();
    return aside.options;
  };
  const setAside: SetAsideRecord[] = [];
  const today = japanDateOf(ctx.now());
  if (date !== undefined && date > today)
    return failed('INVALID_INPUT', `The ${job} run for ${date} is after today in Japan (${today}) (P16)`, [
      { path: ['date'], message: 'Expected a date on or before today in Japan' },
    ]);
  const planned = await runUnit(
    ctx,
    async (tx) => {
      const day = date ?? today;
      const claimed = await tx.jobRuns.claim(job, day, ctx.serverId);
      if (claimed) {
        const chunks = cutIntoChunks(await spec.plan(tx, day, aside), chunkSize);
        await tx.jobChunks.plan(job, day, chunks);
        if (chunks.length === 0) await tx.jobRuns.finish(job, day, ctx.serverId);
      }
      return { day, claimed, run: await tx.jobRuns.get(job, day), found: aside.records() };
    },
    freshAside,
  );
  setAside.push(...planned.found);
  const { day } = planned;
  const counts = { ...ZERO };
  const events: DomainEvent[] = [];
  let did = 0;
  const run = planned.run;
  if (run !== null && run.finishedAt === null) {
    for (;;) {
      const step = await runUnit(
        ctx,
        async (tx) => {
          const chunk = await tx.jobChunks.next(job, day);
          if (chunk === null) return null;
          const all = await tx.jobChunks.list(job, day);
          if (all.some((c) => c.seq < chunk.seq && c.phase !== chunk.phase && !c.finished)) return null;
          const result = await spec.runChunk(tx, chunk, { date: day, at: run.claimedAt, aside });
          await recordEvents(ctx, tx, result.events);
          await tx.jobChunks.finish(job, day, chunk.seq, ctx.serverId);
          const chunksDone = all.filter((c) => c.finished).length + 1;
          if (chunksDone === all.length) await tx.jobRuns.finish(job, day, run.owner);
          return { result, seq: chunk.seq, chunksDone, chunksTotal: all.length, found: aside.records() };
        },
        freshAside,
      );
      if (step === null) break;
      did++;
      for (const key of Object.keys(ZERO) as (keyof JobCounts)[]) counts[key] += step.result.counts[key] ?? 0;
      events.push(...step.result.events);
      if (tally !== undefined) for (const [key, n] of Object.entries(step.result.tally ?? {})) tally[key] = (tally[key] ?? 0) + n;
      setAside.push(...step.found);
      onProgress?.({ job, date: day, seq: step.seq, chunksDone: step.chunksDone, chunksTotal: step.chunksTotal });
    }
  }
  return done({ date: day, claimed: planned.claimed || did > 0, ...counts, setAside }, events);
}
