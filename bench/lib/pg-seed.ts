// Fills a PostgreSQL database with a generated library fast: the rows the adapter's own column
// mappers write (so they read back as the adapter wrote them), inserted a few thousand at a time
// with `unnest` over one array per column.
import pg from 'pg';
import { POSTGRES_DIALECT } from '../../src/adapters/postgres/postgres-session.js';
import { reservationColumns } from '../../src/adapters/sql/reservation-rows.js';
import { copyColumns } from '../../src/adapters/sql/stores/copies.js';
import { loanColumns } from '../../src/adapters/sql/stores/loans.js';
import { patronColumns } from '../../src/adapters/sql/stores/patrons.js';
import type { SeedData } from '../../src/ports/seed-data.js';

type Row = Readonly<Record<string, unknown>>;
const BATCH = 5_000;

async function insertRows(client: pg.Client, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const types = new Map(
    (await client.query<{ column_name: string; udt_name: string }>('SELECT column_name, udt_name FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema()', [table])).rows.map(
      (r) => [r.column_name, r.udt_name],
    ),
  );
  const columns = Object.keys(rows[0]!);
  const arrayType = (c: string) => (types.get(c) === 'bool' ? 'boolean[]' : types.get(c) === 'int4' || types.get(c) === 'int8' ? 'bigint[]' : 'text[]');
  const select = columns.map((c) => (types.get(c) === 'jsonb' ? `${c}::jsonb` : types.get(c) === 'int4' ? `${c}::int` : c)).join(', ');
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${select} FROM unnest(${columns.map((c, i) => `$${i + 1}::${arrayType(c)}`).join(', ')}) AS u(${columns.join(', ')})`;
  for (let i = 0; i < rows.length; i += BATCH) {
    const slice = rows.slice(i, i + BATCH);
    await client.query(sql, columns.map((c) => slice.map((r) => r[c] ?? null)));
  }
}

/** Writes the seed data into the (migrated, empty) database of `client`. */
export async function bulkSeed(client: pg.Client, data: SeedData): Promise<void> {
  const d = POSTGRES_DIALECT;
  await client.query('BEGIN');
  await insertRows(client, 'patrons', (data.patrons ?? []).map((p) => ({ id: p.id, ...patronColumns(p, d), version: 0 })));
  await insertRows(client, 'titles', (data.titles ?? []).map((t) => ({ id: t.id, name: t.name, category: t.category, audiovisual: t.audiovisual })));
  await insertRows(client, 'volumes', (data.volumes ?? []).map((v) => ({ id: v.id, title_id: v.titleId, label: v.label ?? null, is_set: v.set ?? null })));
  await insertRows(client, 'copies', (data.copies ?? []).map((c) => ({ id: c.id, ...copyColumns(c, d), version: c.version })));
  await insertRows(client, 'reservations', (data.reservations ?? []).map((r) => ({ id: r.id, ...reservationColumns(r, d), version: r.version })));
  await insertRows(client, 'loans', (data.loans ?? []).map((l) => ({ id: l.id, ...loanColumns(l), version: l.version })));
  await client.query('COMMIT');
  await client.query('ANALYZE');
}
