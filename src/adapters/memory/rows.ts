import type { StoreTable } from '../../ports/store-errors.js';
import { assertNextVersion, recordNotFound, versionConflict } from '../../ports/store-errors.js';
import type { TableView } from './table.js';

/** Whether a value is deeply frozen: nothing can change it, so it may be stored and shared as it is. */
function deeplyFrozen(value: object): boolean {
  if (!Object.isFrozen(value)) return false;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (item !== null && typeof item === 'object' && !deeplyFrozen(item)) return false;
    return true;
  }
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== null && typeof field === 'object' && !deeplyFrozen(field)) return false;
  }
  return true;
}

/**
 * The row as the storage keeps it: a deep copy, deeply frozen, made once when the row is
 * written, so that the writer's object is never frozen nor shared, and every read hands out the
 * stored row itself (a caller that tries to change it gets a `TypeError`). Parts of the value that
 * are deeply frozen already (a field kept from a row read before) are kept, not copied again.
 * Rows are plain data (objects, arrays, strings, numbers, booleans, null).
 */
export function stored<T>(value: T): T {
  if (value === null || typeof value !== 'object' || deeplyFrozen(value)) return value;
  if (Array.isArray(value)) return Object.freeze(value.map(stored)) as T;
  // Copied key by key, not spread: V8 gives frozen copies of spread objects a hidden class each
  // (a year's simulation made tens of thousands), and the copies of those copies too.
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key];
    copy[key] = field !== null && typeof field === 'object' ? stored(field) : field;
  }
  return Object.freeze(copy) as T;
}

/**
 * A deep copy that the caller may change (a snapshot, a cart list): rows are plain data
 * (objects, arrays, strings, numbers, booleans, null); a copy by hand is several times faster
 * than `structuredClone`.
 */
export function clone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone) as T;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key in out) {
    const field = out[key];
    if (field !== null && typeof field === 'object') out[key] = clone(field);
  }
  return out as T;
}

/** Compares by each key in turn, in code-unit order (SQL `COLLATE "C"`); one, two and three keys without a loop (lists are sorted on every read). */
export function byKeys<T>(...keys: ReadonlyArray<(row: T) => string>): (a: T, b: T) => number {
  const [k1, k2, k3] = keys;
  if (keys.length === 1 && k1 !== undefined) return (a, b) => compareText(k1(a), k1(b));
  if (keys.length === 2 && k1 !== undefined && k2 !== undefined) return (a, b) => compareText(k1(a), k1(b)) || compareText(k2(a), k2(b));
  if (keys.length === 3 && k1 !== undefined && k2 !== undefined && k3 !== undefined)
    return (a, b) => compareText(k1(a), k1(b)) || compareText(k2(a), k2(b)) || compareText(k3(a), k3(b));
  return (a, b) => {
    for (const key of keys) {
      const order = compareText(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  };
}

function compareText(x: string, y: string): number {
  return x === y ? 0 : x < y ? -1 : 1;
}

/** The stored row, or `null` when there is none (the ports' "not found"). */
export function rowOrNull<T>(row: T | undefined): T | null {
  return row === undefined ? null : row;
}

/** The ids once each, in the order given (a bulk read's list of keys). */
export function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** The rows of a list made for this answer (a lookup's own array), sorted in place. */
export function sortedRows<T>(rows: T[], compare: (a: T, b: T) => number): T[] {
  // Most answers have no row or one (an open loan, a copy's queue): nothing to sort; a volume's
  // copies are two or three, put in order by hand (a stable insertion, as `Array#sort` is stable).
  if (rows.length < 2) return rows;
  if (rows.length > 3) return rows.sort(compare);
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    let j = i;
    while (j > 0 && compare(rows[j - 1]!, row) > 0) {
      rows[j] = rows[j - 1]!;
      j--;
    }
    rows[j] = row;
  }
  return rows;
}

interface Versioned {
  readonly id: string;
  readonly version: number;
}

/** Adds a row; a row with the same id is a `VERSION_CONFLICT`. */
function insertVersioned<V extends Versioned, I extends string, O extends string>(view: TableView<V, I, O>, table: StoreTable, row: V): void {
  const existing = view.get(row.id);
  if (existing !== undefined) throw versionConflict(table, row.id, null, existing.version);
  view.set(row.id, stored(row));
}

/** Replaces a row when the compare-and-set holds, as the ports' `update` contract says. */
function updateVersioned<V extends Versioned, I extends string, O extends string>(
  view: TableView<V, I, O>,
  table: StoreTable,
  next: V,
  expectedVersion: number,
): void {
  const current = view.get(next.id);
  if (current === undefined) throw recordNotFound(table, next.id);
  assertNextVersion(table, next.id, next.version, expectedVersion);
  if (current.version !== expectedVersion) throw versionConflict(table, next.id, expectedVersion, current.version);
  view.set(next.id, stored(next));
}

/** `get`, `insert` and `update` of a store whose rows carry their id and version (copies, loans, reservations). */
export function versionedRows<V extends Versioned, I extends string, O extends string>(view: TableView<V, I, O>, table: StoreTable) {
  return {
    get: (id: string): V | null => rowOrNull(view.get(id)),
    insert: (row: V): void => insertVersioned(view, table, row),
    update: (next: V, expectedVersion: number): void => updateVersioned(view, table, next, expectedVersion),
  };
}

/** One page of rows already in order. */
export function page<T>(rows: readonly T[], request: { readonly limit: number; readonly offset: number }): T[] {
  return rows.slice(request.offset, request.offset + request.limit);
}
