import type { SetAsideRecord, StoreHealth } from '../../ports/unreadable-records.js';
import {
  cartEntryFromRow, copyFromRow, favouriteFromRow, jobRunFromRow, loanFromRow, noticeFromRow, patronFromRow, titleFromRow, volumeFromRow,
} from './record-rows.js';
import { reservationFromRow } from './reservation-rows.js';
import { rowReader } from './row-reader.js';
import { jobChunkFromRow } from './stores/job-chunks.js';
import type { SqlDialect, SqlRow, SqlSession } from './sql-session.js';

/** Every table, with the order to read it in and how to read a row. */
function tables(dialect: SqlDialect): readonly (readonly [string, string, (row: SqlRow) => unknown])[] {
  return [
    ['patrons', 'id', (row) => patronFromRow(row, dialect)],
    ['titles', 'id', (row) => titleFromRow(row, dialect)],
    ['volumes', 'id', (row) => volumeFromRow(row, dialect)],
    ['copies', 'id', (row) => copyFromRow(row, dialect)],
    ['reservations', 'id', (row) => reservationFromRow(row, dialect)],
    ['loans', 'id', loanFromRow],
    ['favourites', 'patron_id, volume_id', favouriteFromRow],
    ['cart_entries', 'patron_id, volume_id', cartEntryFromRow],
    ['outbox', 'id', (row) => noticeFromRow(row, dialect)],
    ['job_runs', 'job, run_date', jobRunFromRow],
    ['job_chunks', 'job, run_date, seq', jobChunkFromRow],
  ];
}

/** Reads every row of every table with its record schema, and lists those that fail it. */
export async function sqlHealth(session: SqlSession, dialect: SqlDialect): Promise<StoreHealth> {
  const unreadable: SetAsideRecord[] = [];
  const reader = rowReader({ onInvalidRecord: (record) => unreadable.push(record) });
  for (const [table, order, parse] of tables(dialect)) reader.all(await session.all(`SELECT * FROM ${table} ORDER BY ${order}`), parse);
  return { ok: unreadable.length === 0, unreadable };
}
