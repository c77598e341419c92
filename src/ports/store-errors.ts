import { YoyakuError } from '../errors/yoyaku-error.js';

/**
 * The stable name of a store's table, used in {@link YoyakuError} details (`details.table`) by
 * every adapter, so that a conflict or a bad row reads the same on every storage.
 * @category Ports
 * @example
 * const table: StoreTable = 'reservations';
 */
export type StoreTable =
  | 'reservations'
  | 'copies'
  | 'loans'
  | 'patrons'
  | 'titles'
  | 'volumes'
  | 'favourites'
  | 'cart'
  | 'outbox'
  | 'job_runs'
  | 'job_chunks';

/**
 * The error of a write whose version check failed: a `YoyakuError` with code `VERSION_CONFLICT`
 * and details `{ table, id, expected, actual }`. `expected` is `null` for an insert; `actual` is
 * the stored version, or `null` when the adapter does not know it.
 * @param table - the table written
 * @param id - the record's id
 * @param expected - the version the writer expected (`null` for an insert)
 * @param actual - the version found (`null` when unknown)
 * @param extra - more non-personal facts, such as the `nextVersion` offered
 * @returns the error, to throw
 * @category Ports
 * @example
 * throw versionConflict('reservations', 'r-1', 0, 1);
 * // YoyakuError VERSION_CONFLICT, details { table: 'reservations', id: 'r-1', expected: 0, actual: 1 }
 */
export function versionConflict(
  table: StoreTable,
  id: string,
  expected: number | null,
  actual: number | null,
  extra: Readonly<Record<string, string | number | boolean | null>> = {},
): YoyakuError {
  const message =
    expected === null
      ? `Version conflict on ${table} ${id}: a record with this id already exists`
      : `Version conflict on ${table} ${id}: expected version ${expected}, found ${actual === null ? 'another' : actual}`;
  return new YoyakuError('VERSION_CONFLICT', message, { details: { ...extra, table, id, expected, actual } });
}

/**
 * The error of an update or mark of a record that does not exist: a `YoyakuError` with code
 * `NOT_FOUND` and details `{ table, id }`. Records are never deleted, so this is a caller's bug.
 * @param table - the table written
 * @param id - the missing record's id
 * @returns the error, to throw
 * @category Ports
 * @example
 * throw recordNotFound('loans', 'l-9'); // YoyakuError NOT_FOUND, details { table: 'loans', id: 'l-9' }
 */
export function recordNotFound(table: StoreTable, id: string): YoyakuError {
  return new YoyakuError('NOT_FOUND', `No record ${id} in ${table}`, { details: { table, id } });
}

/**
 * Checks the version a writer offers: `nextVersion` must be `expectedVersion + 1`. Adapters call
 * it before their compare-and-set; it throws {@link versionConflict} (with `actual: null` and the
 * offered `nextVersion` in the details) otherwise.
 * @param table - the table written
 * @param id - the record's id
 * @param nextVersion - the version of the record offered
 * @param expectedVersion - the version the writer expects to replace
 * @throws {@link YoyakuError} `VERSION_CONFLICT` when the versions do not follow each other
 * @category Ports
 * @example
 * assertNextVersion('copies', 'c-1', 3, 2); // passes
 * assertNextVersion('copies', 'c-1', 2, 2); // throws VERSION_CONFLICT
 */
export function assertNextVersion(table: StoreTable, id: string, nextVersion: number, expectedVersion: number): void {
  if (nextVersion !== expectedVersion + 1) {
    throw new YoyakuError(
      'VERSION_CONFLICT',
      `Version conflict on ${table} ${id}: the next version must be ${expectedVersion + 1}, got ${nextVersion}`,
      { details: { table, id, expected: expectedVersion, actual: null, nextVersion } },
    );
  }
}
