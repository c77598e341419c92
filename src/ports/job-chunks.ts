import type { LocalDate } from '../model/time.js';
import type { JobName } from './job-runs.js';

/**
 * One bounded part of a day's run of a job: the keys it decides (patron ids, volume ids …), in
 * a phase. Chunks of a later phase run only once every chunk of the earlier phases is finished.
 * @category Ports
 * @example
 * const chunk: JobChunk = { seq: 0, phase: 'decide', keys: ['p-1', 'p-2'], finished: false };
 */
export interface JobChunk {
  /** The chunk's place in the run, from 0. */
  readonly seq: number;
  readonly phase: string;
  readonly keys: readonly string[];
  readonly finished: boolean;
}

/**
 * Where a chunk of a run stands, without its keys (cheap to list for a whole run).
 * @category Ports
 * @example
 * const state: JobChunkState = { seq: 3, phase: 'trap', finished: true };
 */
export type JobChunkState = Omit<JobChunk, 'keys'>;

/**
 * The planned chunks of daily job runs, so that several servers share a run's work, each chunk
 * done once, in a unit of work of its own (its claim, writes and finished mark commit together:
 * a crash leaves it to do again). On PostgreSQL, `next` takes the first unfinished chunk no other
 * running unit holds (`FOR UPDATE SKIP LOCKED`); SQLite and memory run units one at a time.
 * @category Ports
 * @example
 * await storage.unitOfWork.run(async (tx) => {
 *   const chunk = await tx.jobChunks.next('approval', '2026-12-08');
 *   if (chunk !== null) {
 *     // decide chunk.keys, write, then:
 *     await tx.jobChunks.finish('approval', '2026-12-08', chunk.seq, 'server-a');
 *   }
 * });
 */
export interface JobChunks {
  /** Records the chunks of a run (seq 0, 1, … in the order given); a run is planned once, in the unit that claimed it. */
  plan(job: JobName, date: LocalDate, chunks: readonly { readonly phase: string; readonly keys: readonly string[] }[]): Promise<void>;
  /** The unfinished chunk of lowest `seq` that no other running unit of work holds, held by this unit until it ends; `null` when there is none. */
  next(job: JobName, date: LocalDate): Promise<JobChunk | null>;
  /** Marks a chunk finished by `owner` at the storage clock's now; `false` when it was finished already. */
  finish(job: JobName, date: LocalDate, seq: number, owner: string): Promise<boolean>;
  /** Where every chunk of the run stands, in `seq` order (without the keys). */
  list(job: JobName, date: LocalDate): Promise<readonly JobChunkState[]>;
}
