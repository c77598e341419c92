import type { StoreTable } from '../../ports/store-errors.js';
import { assertNextVersion, recordNotFound, versionConflict } from '../../ports/store-errors.js';
import type { TableView } from './table.js';

/**
 * A deep copy, so that no caller shares an object with the stored state. Rows are plain data
 * (objects, arrays, strings, numbers, booleans, null); a copy by hand is several times faster
 * than `structuredClone`, which showed in long queues (a year's simulation).
 */
export function clone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone) as T;
  // A spread copies a flat row in one step; only nested objects and arrays are copied again.
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key in out) {
    const field = out[key];
    if (field !== null && typeof field === 'object') out[key] = clone(field);
  }
  return out as T;
}

/** Compares by each key in turn, in code-unit order (SQL `COLLATE "C"`). */
export function byKeys<T>(...keys: ReadonlyArray<(row: T) => string>): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

/** A copy of the row, or `null` when there is none (the ports' "not found"). */
export function copyOrNull<T>(row: T | undefined): T | null {
  return row === undefined ? null : clone(row);
}

/** The ids once each, in the order given (a bulk read's list of keys). */
export function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Copies of the rows, sorted. */
export function sortedCopies<T>(rows: readonly T[], compare: (a: T, b: T) => number): T[] {
  return rows.map(clone).sort(compare);
}

interface Versioned {
  readonly id: string;
  readonly version: number;
}

/** Adds a row; a row with the same id is a `VERSION_CONFLICT`. */
function insertVersioned<V extends Versioned, I extends string>(view: TableView<V, I>, table: StoreTable, row: V): void {
  const existing = view.get(row.id);
  if (existing !== undefined) throw versionConflict(table, row.id, null, existing.version);
  view.set(row.id, clone(row));
}

/** Replaces a row when the compare-and-set holds, as the ports' `update` contract says. */
function updateVersioned<V extends Versioned, I extends string>(
  view: TableView<V, I>,
  table: StoreTable,
  next: V,
  expectedVersion: number,
): void {
  const current = view.get(next.id);
  if (current === undefined) throw recordNotFound(table, next.id);
  assertNextVersion(table, next.id, next.version, expectedVersion);
  if (current.version !== expectedVersion) throw versionConflict(table, next.id, expectedVersion, current.version);
  view.set(next.id, clone(next));
}

/** `get`, `insert` and `update` of a store whose rows carry their id and version (copies, loans, reservations). */
export function versionedRows<V extends Versioned, I extends string>(view: TableView<V, I>, table: StoreTable) {
  return {
    get: (id: string): V | null => copyOrNull(view.get(id)),
    insert: (row: V): void => insertVersioned(view, table, row),
    update: (next: V, expectedVersion: number): void => updateVersioned(view, table, next, expectedVersion),
  };
}

/** One page of rows already in order. */
export function page<T>(rows: readonly T[], request: { readonly limit: number; readonly offset: number }): T[] {
  return rows.slice(request.offset, request.offset + request.limit);
}
