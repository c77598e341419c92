import * as z from 'zod';
import type { JobChunk, JobChunks } from '../../../ports/job-chunks.js';
import { parseRecord } from '../../../ports/record-schemas.js';
import { readerOf } from '../row-reader.js';
import type { SqlRow, SqlSession, SqlStoreConfig } from '../sql-session.js';

const JobChunkRecordSchema = z.object({
  seq: z.number().int().min(0),
  phase: z.string().min(1),
  keys: z.array(z.string().min(1)),
  finished: z.boolean(),
});

function parseKeys(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A `job_chunks` row, checked (`INVALID_RECORD` naming `job_chunks` and `job/date/seq`). */
export function jobChunkFromRow(row: SqlRow): JobChunk {
  const record = { seq: Number(row['seq']), phase: row['phase'], keys: parseKeys(row['keys']), finished: row['finished_at'] !== null };
  return parseRecord(JobChunkRecordSchema, record, { table: 'job_chunks', id: `${String(row['job'])}/${String(row['run_date'])}/${String(row['seq'])}` });
}

/** The planned chunks of job runs of one SQL unit of work; on PostgreSQL `next` skips chunks other units hold (`FOR UPDATE SKIP LOCKED`). */
export function sqlJobChunks(session: SqlSession, config: SqlStoreConfig): JobChunks {
  const skipLocked = config.lockRows && config.dialect.engine === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
  return {
    async plan(job, date, chunks) {
      for (const [seq, chunk] of chunks.entries()) {
        await session.run('INSERT INTO job_chunks (job, run_date, seq, phase, keys, owner, finished_at) VALUES (?, ?, ?, ?, ?, NULL, NULL)', [
          job, date, seq, chunk.phase, JSON.stringify(chunk.keys),
        ]);
      }
    },
    async next(job, date) {
      const rows = await session.all(
        `SELECT * FROM job_chunks WHERE job = ? AND run_date = ? AND finished_at IS NULL ORDER BY seq LIMIT 1${skipLocked}`,
        [job, date],
      );
      return readerOf(session).one(rows[0], jobChunkFromRow);
    },
    finish: async (job, date, seq, owner) =>
      (await session.run('UPDATE job_chunks SET owner = ?, finished_at = ? WHERE job = ? AND run_date = ? AND seq = ? AND finished_at IS NULL', [
        owner, config.clock.now(), job, date, seq,
      ])) > 0,
    list: async (job, date) =>
      (await session.all('SELECT seq, phase, finished_at FROM job_chunks WHERE job = ? AND run_date = ? ORDER BY seq', [job, date])).map((row) => ({
        seq: Number(row['seq']),
        phase: String(row['phase']),
        finished: row['finished_at'] !== null,
      })),
  };
}
