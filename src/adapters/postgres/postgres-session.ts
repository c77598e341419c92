import type pg from 'pg';
import { YoyakuError } from '../../errors/yoyaku-error.js';
import type { SqlDialect, SqlRow, SqlSession, SqlValue } from '../sql/sql-session.js';
import { postgresStoreError } from './postgres-errors.js';

/** PostgreSQL's spelling: real booleans, `jsonb` parsed by the driver, row locks on single-row reads. */
export const POSTGRES_DIALECT: SqlDialect = Object.freeze({
  engine: 'postgres' as const,
  bool: (value: boolean) => value,
  readBool: (value: unknown) => value,
  readJson: (value: unknown) => value,
  lockSuffix: ' FOR UPDATE',
  inList: (column: string) => `${column} = ANY(?::text[])`,
  listParam: (ids: readonly string[]) => `{${ids.map((id) => `"${id.replace(/["\\]/g, '\\$&')}"`).join(',')}}`,
});

const numbered = new Map<string, string>();

/** The SQL with its `?` placeholders numbered `$1`, `$2`, … (the stores' SQL has no `?` in literals). */
export function numberPlaceholders(sql: string): string {
  let text = numbered.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    numbered.set(sql, text);
  }
  return text;
}

/** The most statements named (prepared once per connection); SQL beyond them is sent unnamed. */
const MAX_PREPARED = 500;
const names = new Map<string, string>();

/**
 * The name under which a statement is prepared once on each connection and then only executed
 * (the server parses and plans it once per connection, not on every call), or `undefined` past
 * {@link MAX_PREPARED} distinct statements.
 */
export function preparedName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED) {
    name = `yoyaku_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}

/** Runs one statement on the client, with the client-side timeout, mapping driver errors; `name` prepares it once per connection. */
export async function query(client: pg.ClientBase, text: string, values: readonly SqlValue[], queryTimeoutMs: number, name?: string): Promise<pg.QueryResult> {
  try {
    return await client.query({ text, values: values as SqlValue[], query_timeout: queryTimeoutMs, ...(name === undefined ? {} : { name }) } as pg.QueryConfig);
  } catch (error) {
    throw postgresStoreError(error);
  }
}

/** A parameter as a quoted literal, as the driver sends it (its text, of a type the server infers): `NULL`, or the text quoted. */
function literal(client: pg.ClientBase, value: SqlValue): string {
  return value === null ? 'NULL' : client.escapeLiteral(String(value));
}

/** The SQL with its `?` placeholders replaced by the parameters as literals (for a simple query, which takes no parameters). */
function inlineParameters(client: pg.ClientBase, sql: string, params: readonly SqlValue[]): string {
  let n = 0;
  const text = sql.replace(/\?/g, () => literal(client, params[n++] ?? null));
  if (n !== params.length) throw new Error(`A statement with ${n} placeholders was given ${params.length} parameters`);
  return text;
}

/** Runs a unit's statement in its turn: see {@link statementTurns}. */
export type StatementTurns = <T>(statement: () => Promise<T>) => Promise<T>;

/**
 * The turns of one unit's statements on its client. Statements the service starts together
 * (reads in flight at once) go out together on a pipelined client (`pipeline: true`, the
 * storage's own pool: they share the round trip's wait); on any other client each is sent once
 * the one before has been answered, as the driver would queue them (it deprecates queueing).
 */
export function statementTurns(client: pg.ClientBase): StatementTurns {
  if ((client as { pipeline?: boolean }).pipeline === true) return (statement) => statement();
  let tail: Promise<unknown> = Promise.resolve();
  return (statement) => {
    const result = tail.then(statement, statement);
    tail = result.catch(() => undefined);
    return result;
  };
}

/**
 * The session of one unit of work on a pooled client; it refuses every call once `isOpen()` is
 * false. With `opening`, the unit's `BEGIN` (and its `SET LOCAL`s) is not sent yet: `opening()`
 * gives it once, and it goes with the unit's first statement, one round trip for both — as one
 * simple query with the parameters inlined when that statement is a read, or just before it when
 * it is a write (so that a write is always sent as a statement of its own).
 */
export function postgresSession(
  client: pg.ClientBase,
  queryTimeoutMs: number,
  isOpen: () => boolean,
  prepare = true,
  opening?: () => string | undefined,
  inTurn: StatementTurns = statementTurns(client),
): SqlSession {
  const assertOpen = (): void => {
    if (!isOpen()) throw new YoyakuError('STORE_UNAVAILABLE', 'A store was used after its unit of work ended');
  };
  const send = (sql: string, params: readonly SqlValue[]) => {
    const text = numberPlaceholders(sql);
    return query(client, text, params, queryTimeoutMs, prepare && params.length > 0 ? preparedName(text) : undefined);
  };
  return {
    async all(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
      assertOpen();
      const begin = opening?.();
      if (begin === undefined) return (await inTurn(() => send(sql, params))).rows as SqlRow[];
      const results = (await inTurn(() => query(client, `${begin}; ${inlineParameters(client, sql, params)}`, [], queryTimeoutMs))) as unknown as pg.QueryResult[];
      return results[results.length - 1]!.rows as SqlRow[];
    },
    async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
      assertOpen();
      const begin = opening?.();
      if (begin !== undefined) await inTurn(() => query(client, begin, [], queryTimeoutMs));
      return (await inTurn(() => send(sql, params))).rowCount ?? 0;
    },
  };
}
