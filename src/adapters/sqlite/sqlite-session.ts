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
});

/** Prepared statements of one connection, by SQL text. */
export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly database: Database.Database) {}

  get(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.database.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
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
        return statements.get(sql).all(...params) as SqlRow[];
      } catch (error) {
        throw sqliteStoreError(error);
      }
    },
    async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
      assertOpen();
      try {
        return statements.get(sql).run(...params).changes;
      } catch (error) {
        throw sqliteStoreError(error);
      }
    },
  };
}
