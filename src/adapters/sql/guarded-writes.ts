import { assertNextVersion, recordNotFound, versionConflict, type StoreTable } from '../../ports/store-errors.js';
import type { SqlSession, SqlStoreConfig, SqlValue } from './sql-session.js';

/** The columns of a row to write, by SQL column name. */
export type SqlColumns = Readonly<Record<string, SqlValue>>;

/** The statements of each table and column list, built once (the statement cache then finds the same string at once). */
const statementTexts = new Map<string, string>();

function statementText(key: string, build: () => string): string {
  let text = statementTexts.get(key);
  if (text === undefined) {
    text = build();
    statementTexts.set(key, text);
  }
  return text;
}

/** The stored version of a row, or `null` when there is no such row. */
export async function storedVersion(session: SqlSession, sqlTable: string, id: string): Promise<number | null> {
  const rows = await session.all(`SELECT version FROM ${sqlTable} WHERE id = ?`, [id]);
  const version = rows[0]?.['version'];
  return typeof version === 'number' ? version : null;
}

/**
 * Inserts a row keyed by `id`; a row with that id already there is a `VERSION_CONFLICT`
 * (`expected: null`). `ON CONFLICT DO NOTHING` keeps a PostgreSQL transaction usable.
 */
export async function insertRow(
  session: SqlSession,
  table: StoreTable,
  sqlTable: string,
  columns: SqlColumns,
  options: { readonly versioned: boolean } = { versioned: true },
): Promise<void> {
  const names = Object.keys(columns);
  const sql = statementText(`insert ${sqlTable} ${names.join(',')}`, () => `INSERT INTO ${sqlTable} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`);
  const inserted = await session.run(sql, Object.values(columns));
  if (inserted === 0) {
    const id = String(columns['id']);
    throw versionConflict(table, id, null, options.versioned ? await storedVersion(session, sqlTable, id) : null);
  }
}

/**
 * Replaces the row `id` when its version is `expectedVersion` (compare-and-set:
 * `UPDATE … SET …, version = ? WHERE id = ? AND version = ?`). Zero rows changed is told apart by
 * reading the version again: `NOT_FOUND` when the row is missing, `VERSION_CONFLICT` with the
 * version found otherwise. A `nextVersion` that does not follow `expectedVersion` is a
 * `VERSION_CONFLICT` too, after `NOT_FOUND`, in the order the memory adapter checks them.
 */
export async function updateRow(
  session: SqlSession,
  config: SqlStoreConfig,
  table: StoreTable,
  sqlTable: string,
  id: string,
  columns: SqlColumns,
  nextVersion: number,
  expectedVersion: number,
): Promise<void> {
  await checkNextVersion(session, table, sqlTable, id, nextVersion, expectedVersion);
  const names = Object.keys(columns);
  const guard = config.versionGuard ? ' AND version = ?' : '';
  const sql = statementText(`update ${sqlTable}${guard} ${names.join(',')}`, () => {
    const assignments = [...names.map((name) => `${name} = ?`), 'version = ?'].join(', ');
    return `UPDATE ${sqlTable} SET ${assignments} WHERE id = ?${guard}`;
  });
  const params: SqlValue[] = Object.values(columns);
  params.push(nextVersion, id);
  if (config.versionGuard) params.push(expectedVersion);
  await checkUpdated(session, table, sqlTable, id, expectedVersion, await session.run(sql, params));
}

/**
 * Before an update: a `nextVersion` that does not follow `expectedVersion` is `NOT_FOUND` when the
 * row is missing, a `VERSION_CONFLICT` otherwise (the memory adapter's order).
 */
export async function checkNextVersion(session: SqlSession, table: StoreTable, sqlTable: string, id: string, nextVersion: number, expectedVersion: number): Promise<void> {
  if (nextVersion === expectedVersion + 1) return;
  if ((await storedVersion(session, sqlTable, id)) === null) throw recordNotFound(table, id);
  assertNextVersion(table, id, nextVersion, expectedVersion);
}

/** After an update that changed `updated` rows: none is `NOT_FOUND` or `VERSION_CONFLICT`, told apart by reading the version. */
export async function checkUpdated(session: SqlSession, table: StoreTable, sqlTable: string, id: string, expectedVersion: number, updated: number): Promise<void> {
  if (updated !== 0) return;
  const actual = await storedVersion(session, sqlTable, id);
  if (actual === null) throw recordNotFound(table, id);
  throw versionConflict(table, id, expectedVersion, actual);
}
