// The write statements of a table whose rows are always written with the same columns, built
// once: a write then binds an array of values in that order, without making a column object, its
// key list and its value list, and without joining the names to find the statement (the batch
// writes some 230 000 rows). The texts are those `insertRow` and `updateRow` build for the same
// columns, and so are the checks and the errors.
import { versionConflict, type StoreTable } from '../../ports/store-errors.js';
import { checkNextVersion, checkUpdated, storedVersion } from './guarded-writes.js';
import type { SqlSession, SqlStoreConfig, SqlValue } from './sql-session.js';

/** A table's columns other than `id` and `version`, in the order their values are given, and the statements writing them. */
export interface RowShape {
  readonly table: StoreTable;
  readonly sqlTable: string;
  readonly columns: readonly string[];
  /** `INSERT INTO t (id, …columns, version) VALUES (…) ON CONFLICT (id) DO NOTHING` */
  readonly insertSql: string;
  /** `UPDATE t SET …columns = ?, version = ? WHERE id = ? AND version = ?` */
  readonly updateSql: string;
  /** The same without the version check (`versionGuard: false`, for the concurrency test only). */
  readonly unguardedUpdateSql: string;
}

/** The shape of `sqlTable`'s rows written with `columns` (without `id` and `version`). */
export function rowShape(table: StoreTable, sqlTable: string, columns: readonly string[]): RowShape {
  const names = ['id', ...columns, 'version'];
  const assignments = [...columns.map((name) => `${name} = ?`), 'version = ?'].join(', ');
  return {
    table,
    sqlTable,
    columns: Object.freeze([...columns]),
    insertSql: `INSERT INTO ${sqlTable} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`,
    updateSql: `UPDATE ${sqlTable} SET ${assignments} WHERE id = ? AND version = ?`,
    unguardedUpdateSql: `UPDATE ${sqlTable} SET ${assignments} WHERE id = ?`,
  };
}

/** The columns of a shape as an object, for the writers that take one (the seed). */
export function shapeColumns(shape: RowShape, values: readonly SqlValue[]): Record<string, SqlValue> {
  const columns: Record<string, SqlValue> = {};
  shape.columns.forEach((name, i) => {
    columns[name] = values[i] ?? null;
  });
  return columns;
}

/** `insertRow` for a shape: `values` in the shape's order; a row with that id already there is a `VERSION_CONFLICT` (`expected: null`). */
export async function insertShaped(session: SqlSession, shape: RowShape, id: string, values: readonly SqlValue[], version: number): Promise<void> {
  const params: SqlValue[] = [id];
  for (const value of values) params.push(value);
  params.push(version);
  const inserted = await session.run(shape.insertSql, params);
  if (inserted === 0) throw versionConflict(shape.table, id, null, await storedVersion(session, shape.sqlTable, id));
}

/**
 * `updateRow` for a shape: replaces the row `id` when its version is `expectedVersion`; `values`
 * (in the shape's order) is the caller's own array, which this extends with the version and id.
 * Zero rows changed is `NOT_FOUND` or `VERSION_CONFLICT`, told apart by reading the version.
 */
export async function updateShaped(
  session: SqlSession,
  config: SqlStoreConfig,
  shape: RowShape,
  id: string,
  values: SqlValue[],
  nextVersion: number,
  expectedVersion: number,
): Promise<void> {
  await checkNextVersion(session, shape.table, shape.sqlTable, id, nextVersion, expectedVersion);
  values.push(nextVersion, id);
  if (config.versionGuard) values.push(expectedVersion);
  const updated = await session.run(config.versionGuard ? shape.updateSql : shape.unguardedUpdateSql, values);
  await checkUpdated(session, shape.table, shape.sqlTable, id, expectedVersion, updated);
}
