// Records the writes the PostgreSQL adapter's connections send (statement text as sent, with its
// parameters, grouped by transaction), so that the raw-SQL floor can write exactly the same rows;
// and replays them with prepared statements on one connection.
import pg from 'pg';
import type { RecordedWrite } from './sql-recorder.js';

type QueryLike = string | { text?: string; values?: unknown[] };
type ClientQuery = (this: pg.Client, config: QueryLike, ...rest: unknown[]) => unknown;

let groups: RecordedWrite[][] | null = null;
const current = new WeakMap<pg.Client, RecordedWrite[]>();
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: ClientQuery };
  const query = proto.query;
  proto.query = function (this: pg.Client, config: QueryLike, ...rest: unknown[]) {
    if (groups !== null) {
      const text = typeof config === 'string' ? config : (config?.text ?? '');
      const values = typeof config === 'string' ? (Array.isArray(rest[0]) ? (rest[0] as unknown[]) : []) : (config?.values ?? []);
      if (/^\s*BEGIN/i.test(text)) {
        const group: RecordedWrite[] = [];
        groups.push(group);
        current.set(this, group);
      } else if (/^\s*(INSERT|UPDATE|DELETE)\b/i.test(text)) {
        let group = current.get(this);
        if (group === undefined) {
          group = [];
          groups.push(group);
          current.set(this, group);
        }
        group.push({ sql: text, params: [...values] });
      } else if (/^\s*(COMMIT|ROLLBACK)/i.test(text)) {
        // A rolled-back unit's writes are not the unit's result: drop them.
        if (/^\s*ROLLBACK/i.test(text)) current.get(this)?.splice(0);
        current.delete(this);
      }
    }
    return query.call(this, config, ...rest);
  };
}

/** Runs `work` and returns its result with the writes it made in this process, one list per transaction. */
export async function recordPgWrites<T>(work: () => Promise<T>): Promise<{ result: T; transactions: RecordedWrite[][] }> {
  install();
  groups = [];
  try {
    const result = await work();
    return { result, transactions: groups.filter((g) => g.length > 0) };
  } finally {
    groups = null;
  }
}

/**
 * The floor on PostgreSQL: the recorded writes replayed on one connection to `url`, each distinct
 * statement prepared once (a named statement), in the recorded transactions.
 */
export async function rawPgReplay(url: string, transactions: readonly (readonly RecordedWrite[])[]): Promise<{ run(): Promise<number>; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const names = new Map<string, string>();
  for (const tx of transactions) for (const w of tx) if (!names.has(w.sql)) names.set(w.sql, `floor_${names.size + 1}`);
  return {
    async run() {
      let rows = 0;
      for (const tx of transactions) {
        await client.query('BEGIN');
        for (const w of tx) rows += (await client.query({ name: names.get(w.sql)!, text: w.sql, values: w.params as unknown[] })).rowCount ?? 0;
        await client.query('COMMIT');
      }
      return rows;
    },
    close: () => client.end(),
  };
}
