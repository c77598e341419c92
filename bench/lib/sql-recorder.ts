// Records the writes a better-sqlite3 connection runs (statement text and parameters, grouped
// by transaction), so that the raw-SQL floor can write exactly the same rows.
import Database from 'better-sqlite3';

/** One write: the statement's SQL and its parameters. */
export interface RecordedWrite {
  readonly sql: string;
  readonly params: readonly unknown[];
}

type StatementLike = { source: string; reader: boolean; run: (...params: unknown[]) => unknown };

let groups: RecordedWrite[][] | null = null;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const probe = new Database(':memory:');
  const statementProto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as StatementLike;
  probe.close();
  const run = statementProto.run;
  statementProto.run = function (this: StatementLike, ...params: unknown[]) {
    if (groups !== null && !this.reader) {
      if (groups.length === 0) groups.push([]);
      groups[groups.length - 1]!.push({ sql: this.source, params });
    }
    return run.apply(this, params);
  };
  const dbProto = Database.prototype as unknown as { exec: (sql: string) => unknown };
  const exec = dbProto.exec;
  dbProto.exec = function (this: unknown, sql: string) {
    if (groups !== null && /^\s*BEGIN/i.test(sql)) groups.push([]);
    return exec.call(this, sql);
  };
}

/** Runs `work` and returns its result with the writes it made, one list per transaction. */
export async function recordWrites<T>(work: () => Promise<T>): Promise<{ result: T; transactions: RecordedWrite[][] }> {
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
 * The floor: the recorded writes replayed with prepared statements on another copy of the
 * database, `perTransaction` writes lists to a transaction (all in one when `Infinity`).
 * Returns a function that performs the writes, so that only they are timed.
 */
export function rawSqlReplay(filename: string, transactions: readonly (readonly RecordedWrite[])[]): { run(): number; close(): void } {
  const db = new Database(filename, { timeout: 5_000 });
  db.pragma('journal_mode = WAL');
  // As createSqliteStorage opens a file: the same checkpoints as the adapter's, so that the floor does no more work than ours.
  db.pragma('wal_autocheckpoint = 10000');
  const statements = new Map<string, Database.Statement>();
  for (const tx of transactions) for (const w of tx) if (!statements.has(w.sql)) statements.set(w.sql, db.prepare(w.sql));
  return {
    run(): number {
      let rows = 0;
      for (const tx of transactions) {
        db.exec('BEGIN IMMEDIATE');
        for (const w of tx) rows += statements.get(w.sql)!.run(...w.params).changes;
        db.exec('COMMIT');
      }
      return rows;
    },
    close: () => {
      db.close();
    },
  };
}
