import type Database from 'better-sqlite3';
import { YoyakuError } from '../../errors/yoyaku-error.js';
import type { SqlDialect, SqlRow, SqlSession, SqlValue } from '../sql/sql-session.js';
import { sqliteStoreError } from './sqlite-errors.js';

/** SQLite's spelling: booleans as 1 and 0, JSON as text, no row locks (a unit holds the write lock). */
export const SQLITE_DIALECT: SqlDialect = Object.freeze({
  engine: 'sqlite' as const,
  bool: (value: boolean) => (value ? 1 : 0),
  readBool: (value: unknown) => (value === 1 ? true : value === 0 ? false : value),
  readJson: (value: unknown) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
  lockSuffix: '',
  inList: (column: string) => `${column} IN (SELECT value FROM json_each(?))`,
  listParam: (ids: readonly string[]) => JSON.stringify(ids),
});

/** Turns one raw row (values in column order) into the row object of its statement. */
type RowBuilder = (values: readonly unknown[]) => SqlRow;

/**
 * The row builder of a statement's columns: a function compiled for exactly these column names,
 * so that every row is one object literal of one shape (better-sqlite3 builds row objects a
 * property at a time, which costs about as much again as reading the values). `null` when two
 * columns share a name, where the driver's own objects (the last one wins) are kept.
 */
function compileRowBuilder(columns: readonly string[]): RowBuilder | null {
  if (new Set(columns).size !== columns.length) return null;
  const fields = columns.map((name, i) => `${JSON.stringify(name)}: values[${i}]`).join(', ');
  return new Function('values', `return { ${fields} };`) as RowBuilder;
}

/** A prepared statement, and for a query the way its rows are read. */
export interface CachedStatement {
  readonly statement: Database.Statement;
  /** The rows of a query (in raw mode, built by a compiled row builder when there is one). */
  all(params: readonly SqlValue[]): SqlRow[];
}

function cachedStatement(statement: Database.Statement): CachedStatement {
  const columnsOf = () => statement.columns().map((c) => c.name);
  let columns = statement.reader ? columnsOf() : [];
  let build = statement.reader ? compileRowBuilder(columns) : null;
  if (build === null) return { statement, all: (params) => statement.all(...params) as SqlRow[] };
  statement.raw(true);
  return {
    statement,
    all(params) {
      const raw = statement.all(...params) as unknown[][];
      // SQLite prepares a statement again after a schema change: `SELECT *` may then have more columns.
      if (raw.length > 0 && raw[0]!.length !== columns.length) {
        columns = columnsOf();
        build = compileRowBuilder(columns);
        if (build === null) {
          statement.raw(false);
          return statement.all(...params) as SqlRow[];
        }
      }
      const rows = new Array<SqlRow>(raw.length);
      for (let i = 0; i < raw.length; i++) rows[i] = build!(raw[i]!);
      return rows;
    },
  };
}

/** Prepared statements of one connection, by SQL text. */
export class StatementCache {
  private readonly statements = new Map<string, CachedStatement>();

  constructor(private readonly database: Database.Database) {}

  get(sql: string): CachedStatement {
    let cached = this.statements.get(sql);
    if (cached === undefined) {
      cached = cachedStatement(this.database.prepare(sql));
      this.statements.set(sql, cached);
    }
    return cached;
  }

  /** Forgets every statement (after a migration, whose new columns `SELECT *` must see). */
  clear(): void {
    this.statements.clear();
  }
}

/** The session of one unit of work on a SQLite connection; it refuses every call once `isOpen()` is false. */
export function sqliteSession(statements: StatementCache, isOpen: () => boolean): SqlSession {
  const assertOpen = (): void => {
    if (!isOpen()) throw new YoyakuError('STORE_UNAVAILABLE', 'A store was used after its unit of work ended');
  };
  return {
    async all(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
      assertOpen();
      try {
        return statements.get(sql).all(params);
      } catch (error) {
        throw sqliteStoreError(error);
      }
    },
    async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
      assertOpen();
      try {
        return statements.get(sql).statement.run(...params).changes;
      } catch (error) {
        throw sqliteStoreError(error);
      }
    },
  };
}
