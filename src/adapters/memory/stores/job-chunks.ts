import type { Clock } from '../../../ports/clock.js';
import type { JobChunk, JobChunks } from '../../../ports/job-chunks.js';
import { stored } from '../rows.js';
import { jobRunKey, type MemoryChunkRow, type MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

function chunkOf(row: MemoryChunkRow): JobChunk {
  return { seq: row.seq, phase: row.phase, keys: [...row.keys], finished: row.finishedAt !== null };
}

/** The planned chunks of job runs, in one unit of work (units run one at a time, so `next` never meets a chunk held elsewhere). */
export function memoryJobChunks(views: MemoryViews, clock: Clock): SyncStore<JobChunks> {
  const view = views.jobChunks;
  const rowsOf = (job: string, date: string): MemoryChunkRow[] => view.find('run', jobRunKey(job, date)).sort((a, b) => a.seq - b.seq);
  return {
    plan: (job, date, chunks) => {
      chunks.forEach((chunk, seq) =>
        view.set(`${jobRunKey(job, date)}/${seq}`, stored({ job, date, seq, phase: chunk.phase, keys: chunk.keys, owner: null, finishedAt: null })),
      );
    },
    next: (job, date) => {
      const row = rowsOf(job, date).find((r) => r.finishedAt === null);
      return row === undefined ? null : chunkOf(row);
    },
    finish: (job, date, seq, owner) => {
      const key = `${jobRunKey(job, date)}/${seq}`;
      const row = view.get(key);
      if (row === undefined || row.finishedAt !== null) return false;
      view.set(key, stored({ ...row, owner, finishedAt: clock.now() }));
      return true;
    },
    list: (job, date) => rowsOf(job, date).map((row) => ({ seq: row.seq, phase: row.phase, finished: row.finishedAt !== null })),
  };
}
