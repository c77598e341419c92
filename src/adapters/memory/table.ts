import { OrderedIndex } from './ordered-index.js';

/** Computes the key of a row in one secondary index; `undefined` leaves the row out of it (no lookup asks for such rows). */
export type Indexer<V> = (row: V) => string | undefined;

const NO_ROWS: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * Files `row` in one secondary index under its key, removing it from the key of `previous`.
 * Stored rows are frozen, so `previous` is filed exactly under its key. An index holds the rows
 * themselves (key → id → row), so a look-up reads them without a second look-up by id.
 */
function reindex<V>(index: Map<string, Map<string, V>>, keyOf: Indexer<V>, id: string, previous: V | undefined, row: V): void {
  const key = keyOf(row);
  if (previous !== undefined) {
    const was = keyOf(previous);
    // Most updates keep most keys (a version bump, a date): the row stays where it is filed, in the same place.
    if (was === key) {
      if (key !== undefined) index.get(key)?.set(id, row);
      return;
    }
    if (was !== undefined) index.get(was)?.delete(id);
  }
  if (key === undefined) return;
  let rows = index.get(key);
  if (!rows) index.set(key, (rows = new Map()));
  rows.set(id, row);
}

/**
 * Committed rows of one table, by id, with secondary indexes (key → rows by id) and ordered indexes
 * (rows in the order of a key, for range reads) kept up to date on every put. Rows are never
 * deleted.
 */
export class Table<V, I extends string = never, O extends string = never> {
  readonly rows = new Map<string, V>();
  /** The names of the secondary indexes. */
  readonly indexNames: readonly I[];
  private readonly indexes = new Map<I, Map<string, Map<string, V>>>();
  /** The indexes with their indexers, in one list for {@link Table.put}. */
  private readonly indexList: { readonly index: Map<string, Map<string, V>>; readonly keyOf: Indexer<V> }[] = [];
  /** The ordered indexes, by name. */
  readonly ordered = new Map<O, OrderedIndex<V>>();
  private readonly orderedList: OrderedIndex<V>[] = [];
  /** Called after each committed put (change watchers). */
  readonly listeners = new Set<(id: string, row: V) => void>();

  constructor(
    readonly indexers: Readonly<Record<I, Indexer<V>>>,
    orderedIndexers: Readonly<Record<O, Indexer<V>>> = {} as Record<O, Indexer<V>>,
  ) {
    for (const name of Object.keys(orderedIndexers) as O[]) {
      const index = new OrderedIndex(orderedIndexers[name]);
      this.ordered.set(name, index);
      this.orderedList.push(index);
    }
    this.indexNames = Object.keys(indexers) as I[];
    for (const name of this.indexNames) {
      const index = new Map<string, Map<string, V>>();
      this.indexes.set(name, index);
      this.indexList.push({ index, keyOf: indexers[name] });
    }
  }

  put(id: string, row: V): void {
    const previous = this.rows.get(id);
    for (const { index, keyOf } of this.indexList) reindex(index, keyOf, id, previous, row);
    for (const index of this.orderedList) index.put(id, previous, row);
    this.rows.set(id, row);
    if (this.listeners.size > 0) for (const listener of this.listeners) listener(id, row);
  }

  /** The committed rows whose `index` key is `key`, by id, in the order they were filed. */
  rowsWith(index: I, key: string): ReadonlyMap<string, V> {
    return this.indexes.get(index)?.get(key) ?? NO_ROWS;
  }
}

/**
 * One unit of work's copy-on-write view of a table: reads see the unit's own writes over the
 * committed rows; writes stay in the view until {@link TableView.commit}.
 */
export class TableView<V, I extends string = never, O extends string = never> {
  private readonly written = new Map<string, V>();
  /**
   * Secondary indexes of the rows this unit wrote (index → key → ids), so that a lookup costs the
   * size of its answer, not of the unit's writes. Each is brought up to date when it is read:
   * most units write a few rows and look up by few indexes (or none) after writing.
   */
  private readonly writtenIndexes = new Map<I, { readonly ids: Map<string, Set<string>>; readonly filed: Map<string, string | undefined>; upTo: number }>();
  /** The writes, in order (repeats included), for the indexes to catch up on. */
  private readonly writes: { readonly id: string; readonly row: V }[] = [];

  /**
   * @param table - the committed table
   * @param dirty - the views a unit wrote to: this one adds itself at its first write, so that
   *   the unit commits and resets only those
   */
  constructor(
    private readonly table: Table<V, I, O>,
    private readonly dirty: { commit(): void; reset(): void }[],
  ) {}

  get(id: string): V | undefined {
    if (this.written.size === 0) return this.table.rows.get(id);
    const mine = this.written.get(id);
    return mine !== undefined ? mine : this.table.rows.get(id);
  }

  /** This unit's own write of `id`, if it wrote one. */
  ownWrite(id: string): V | undefined {
    return this.written.size === 0 ? undefined : this.written.get(id);
  }

  set(id: string, row: V): void {
    if (this.written.size === 0) this.dirty.push(this);
    this.written.set(id, row);
    this.writes.push({ id, row });
  }

  /** The index of this unit's writes by `index`, up to date. */
  private writtenIndex(index: I): Map<string, Set<string>> {
    let entry = this.writtenIndexes.get(index);
    if (entry === undefined) this.writtenIndexes.set(index, (entry = { ids: new Map(), filed: new Map(), upTo: 0 }));
    if (entry.upTo < this.writes.length) {
      const keyOf = this.table.indexers[index];
      for (let i = entry.upTo; i < this.writes.length; i++) {
        const { id, row } = this.writes[i]!;
        const key = keyOf(row);
        const was = entry.filed.get(id);
        if (was === key) continue;
        if (was !== undefined) entry.ids.get(was)?.delete(id);
        entry.filed.set(id, key);
        if (key === undefined) continue;
        let ids = entry.ids.get(key);
        if (!ids) entry.ids.set(key, (ids = new Set()));
        ids.add(id);
      }
      entry.upTo = this.writes.length;
    }
    return entry.ids;
  }

  /** The rows whose `index` key is `key`, as this unit sees them. */
  find(index: I, key: string): V[] {
    const committed = this.table.rowsWith(index, key);
    const found: V[] = [];
    if (this.written.size === 0) {
      for (const row of committed.values()) found.push(row);
      return found;
    }
    const keyOf = this.table.indexers[index];
    for (const [id, row] of committed) {
      const mine = this.written.get(id);
      if (mine === undefined) found.push(row);
      else if (keyOf(mine) === key) found.push(mine);
    }
    const writtenIds = this.writtenIndex(index).get(key);
    if (writtenIds) for (const id of writtenIds) if (!committed.has(id)) found.push(this.written.get(id) as V);
    return found;
  }

  /**
   * The rows whose key in the ordered index `index` is below `bound`, as this unit sees them:
   * the committed ones in key order, then those only this unit's writes put below it.
   */
  findBelow(index: O, bound: string): V[] {
    const ordered = this.table.ordered.get(index)!;
    const rows = this.table.rows;
    const found: V[] = [];
    if (this.written.size === 0) {
      for (const id of ordered.idsBelow(bound)) found.push(rows.get(id) as V);
      return found;
    }
    const keyOf = ordered.keyOf;
    const below = (row: V | undefined): boolean => {
      if (row === undefined) return false;
      const key = keyOf(row);
      return key !== undefined && key < bound;
    };
    for (const id of ordered.idsBelow(bound)) {
      const mine = this.written.get(id);
      if (mine === undefined) found.push(rows.get(id) as V);
      else if (below(mine)) found.push(mine);
    }
    for (const [id, mine] of this.written) if (below(mine) && !below(rows.get(id))) found.push(mine);
    return found;
  }

  /** How many rows the table had committed when this unit reads it (rows are never deleted). */
  committedSize(): number {
    return this.table.rows.size;
  }

  commit(): void {
    for (const [id, row] of this.written) this.table.put(id, row);
  }

  /** Forgets the unit's writes, so the view can serve the next unit. */
  reset(): void {
    this.written.clear();
    this.writtenIndexes.clear();
    this.writes.length = 0;
  }
}
