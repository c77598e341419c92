import type { SeedData } from '../../ports/seed-data.js';
import type { SqlColumns } from './guarded-writes.js';
import { reservationColumns } from './reservation-rows.js';
import type { SqlDialect, SqlSession } from './sql-session.js';
import { copyColumns } from './stores/copies.js';
import { loanColumns } from './stores/loans.js';
import { patronColumns } from './stores/patrons.js';

/** The upsert statements by table and column list, built once per list (a seed writes every row of a table with the same columns). */
const upserts = new Map<string, string>();

/** Inserts the row, or replaces every column of the row with the same id. */
async function upsert(session: SqlSession, table: string, columns: SqlColumns): Promise<void> {
  const names = Object.keys(columns);
  const key = `${table} ${names.join(',')}`;
  let sql = upserts.get(key);
  if (sql === undefined) {
    const updates = names.filter((name) => name !== 'id').map((name) => `${name} = excluded.${name}`);
    sql = `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`;
    upserts.set(key, sql);
  }
  await session.run(sql, Object.values(columns));
}

/** Writes seed records, replacing those with the same id: patrons at version 0, the others with their own version. */
export async function writeSeed(session: SqlSession, dialect: SqlDialect, data: SeedData): Promise<void> {
  for (const p of data.patrons ?? []) await upsert(session, 'patrons', { id: p.id, ...patronColumns(p, dialect), version: 0 });
  for (const t of data.titles ?? []) {
    await upsert(session, 'titles', { id: t.id, name: t.name, category: t.category, audiovisual: dialect.bool(t.audiovisual) });
  }
  for (const v of data.volumes ?? []) {
    await upsert(session, 'volumes', { id: v.id, title_id: v.titleId, label: v.label ?? null, is_set: v.set === undefined ? null : dialect.bool(v.set) });
  }
  for (const c of data.copies ?? []) await upsert(session, 'copies', { id: c.id, ...copyColumns(c, dialect), version: c.version });
  for (const r of data.reservations ?? []) await upsert(session, 'reservations', { id: r.id, ...reservationColumns(r, dialect), version: r.version });
  for (const l of data.loans ?? []) await upsert(session, 'loans', { id: l.id, ...loanColumns(l), version: l.version });
}
