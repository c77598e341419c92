import { OrderedIndex } from './ordered-index.js';

/** Computes the key of a row in one secondary index; `undefined` leaves the row out of it (no lookup asks for such rows). */
export type Indexer<V> = (row: V) => string | undefined;

/** One row as the indexes hold it: shared by all of them, so a write that keeps a key touches nothing in that index. */
export interface Cell<V> {
  row: V;
  readonly id: string;
  /** The key the row is filed under in each secondary index, in the order of the table's index list. */
  readonly keys: (string | undefined)[];
  /** Where the cell sits in its key's list in each secondary index (meaningless where its key is `undefined`). */
  readonly at: number[];
}

const NO_CELLS: readonly never[] = [];

/** How the rows of one key are kept when one leaves. */
export interface TableOptions {
  /**
   * `true` when every lookup of the table puts its answer in a total order of its own (each ends
   * with the id): a row leaving a key is replaced there by the key's last row, in constant time.
   * Otherwise the rows of a key keep the order they were filed in.
   */
  readonly anyOrder?: boolean;
}

/**
 * Committed rows of one table, by id, with secondary indexes (key → the cells filed under it, a
 * list) and ordered indexes (rows in the order of a key, for range reads) kept up to date on every
 * put. Rows are never deleted. Each row has one cell that every secondary index holds, with the
 * keys it is filed under and its place in each key's list: a put computes each key once and
 * moves the cell only in the indexes whose key changed. A key's rows are a list, not a `Map`: a
 * `Map` grows and shrinks its table as rows come and go (a copy's location, a reservation's status
 * change on most writes), and that garbage was a tenth of what a simulated day allocated.
 */
export class Table<V, I extends string = never, O extends string = never> {
  readonly rows = new Map<string, V>();
  /** The names of the secondary indexes. */
  readonly indexNames: readonly I[];
  private readonly cells = new Map<string, Cell<V>>();
  /** Each secondary index's place in the index list. */
  private readonly indexAt = new Map<I, number>();
  /** The indexes and their indexers, in one order, for {@link Table.put}. */
  private readonly indexList: Map<string, Cell<V>[]>[] = [];
  private readonly keyOfList: Indexer<V>[] = [];
  /** The ordered indexes, by name. */
  readonly ordered = new Map<O, OrderedIndex<V>>();
  private readonly orderedList: OrderedIndex<V>[] = [];
  private readonly anyOrder: boolean;
  /** Called after each committed put (change watchers). */
  readonly listeners = new Set<(id: string, row: V) => void>();

  constructor(
    readonly indexers: Readonly<Record<I, Indexer<V>>>,
    orderedIndexers: Readonly<Record<O, Indexer<V>>> = {} as Record<O, Indexer<V>>,
    options: TableOptions = {},
  ) {
    this.anyOrder = options.anyOrder === true;
    for (const name of Object.keys(orderedIndexers) as O[]) {
      const index = new OrderedIndex(orderedIndexers[name]);
      this.ordered.set(name, index);
      this.orderedList.push(index);
    }
    this.indexNames = Object.keys(indexers) as I[];
    for (const name of this.indexNames) {
      this.indexAt.set(name, this.indexList.length);
      this.indexList.push(new Map<string, Cell<V>[]>());
      this.keyOfList.push(indexers[name]);
    }
  }

  put(id: string, row: V): void {
    const indexList = this.indexList;
    if (indexList.length === 0 && this.orderedList.length === 0) {
      // No index to file it in (patrons, titles, carts, favourites, job runs): no cell either.
      this.rows.set(id, row);
      if (this.listeners.size > 0) for (const listener of this.listeners) listener(id, row);
      return;
    }
    const keyOfList = this.keyOfList;
    let cell = this.cells.get(id);
    const previous = cell?.row;
    if (cell === undefined) {
      cell = { row, id, keys: new Array<string | undefined>(indexList.length), at: new Array<number>(indexList.length).fill(-1) };
      this.cells.set(id, cell);
      for (let i = 0; i < indexList.length; i++) {
        const key = keyOfList[i]!(row);
        cell.keys[i] = key;
        if (key !== undefined) file(indexList[i]!, key, i, cell);
      }
    } else {
      cell.row = row;
      for (let i = 0; i < indexList.length; i++) {
        const key = keyOfList[i]!(row);
        const was = cell.keys[i];
        if (key === was) continue;
        const index = indexList[i]!;
        if (was !== undefined) this.unfile(index, was, i, cell);
        cell.keys[i] = key;
        if (key !== undefined) file(index, key, i, cell);
      }
    }
    for (const index of this.orderedList) index.put(id, previous, row);
    this.rows.set(id, row);
    if (this.listeners.size > 0) for (const listener of this.listeners) listener(id, row);
  }

  /** Takes a cell out of its key's list in index `i`. */
  private unfile(index: Map<string, Cell<V>[]>, key: string, i: number, cell: Cell<V>): void {
    const list = index.get(key);
    if (list === undefined) return;
    const at = cell.at[i]!;
    const last = list.length - 1;
    if (this.anyOrder) {
      // The key's last row takes its place.
      const moved = list[last]!;
      list[at] = moved;
      moved.at[i] = at;
      list.length = last;
    } else {
      list.splice(at, 1);
      for (let j = at; j < last; j++) list[j]!.at[i] = j;
    }
  }

  /** The committed rows whose `index` key is `key`, as cells: in the order they were filed, unless the table was made with `anyOrder`. */
  rowsWith(index: I, key: string): readonly Cell<V>[] {
    const at = this.indexAt.get(index);
    return at === undefined ? NO_CELLS : (this.indexList[at]!.get(key) ?? NO_CELLS);
  }

  /** Whether the committed row `id` is filed under `key` in `index`. */
  filedUnder(index: I, id: string, key: string): boolean {
    const at = this.indexAt.get(index);
    return at !== undefined && this.cells.get(id)?.keys[at] === key;
  }
}

/** Files a cell under `key` in index `i` (at the end of the key's rows). */
function file<V>(index: Map<string, Cell<V>[]>, key: string, i: number, cell: Cell<V>): void {
  let list = index.get(key);
  if (list === undefined) index.set(key, (list = []));
  cell.at[i] = list.length;
  list.push(cell);
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
  /** The writes, in order (repeats included), for the indexes to catch up on: ids and rows side by side (no object per write). */
  private readonly writtenIds: string[] = [];
  private readonly writtenRows: V[] = [];

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
    this.writtenIds.push(id);
    this.writtenRows.push(row);
  }

  /** The index of this unit's writes by `index`, up to date. */
  private writtenIndex(index: I): Map<string, Set<string>> {
    let entry = this.writtenIndexes.get(index);
    if (entry === undefined) this.writtenIndexes.set(index, (entry = { ids: new Map(), filed: new Map(), upTo: 0 }));
    const writes = this.writtenIds.length;
    if (entry.upTo < writes) {
      const keyOf = this.table.indexers[index];
      for (let i = entry.upTo; i < writes; i++) {
        const id = this.writtenIds[i]!;
        const row = this.writtenRows[i]!;
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
      entry.upTo = writes;
    }
    return entry.ids;
  }

  /** The rows whose `index` key is `key`, as this unit sees them. */
  find(index: I, key: string): V[] {
    return this.findInto(index, key, []);
  }

  /** {@link TableView.find}, the rows pushed onto `found` (a bulk read's one list, no array per key); returns `found`. */
  findInto(index: I, key: string, found: V[]): V[] {
    const committed = this.table.rowsWith(index, key);
    const n = committed.length;
    if (this.written.size === 0) {
      for (let i = 0; i < n; i++) found.push(committed[i]!.row);
      return found;
    }
    const keyOf = this.table.indexers[index];
    for (let i = 0; i < n; i++) {
      const cell = committed[i]!;
      const mine = this.written.get(cell.id);
      if (mine === undefined) found.push(cell.row);
      else if (keyOf(mine) === key) found.push(mine);
    }
    const writtenIds = this.writtenIndex(index).get(key);
    if (writtenIds) for (const id of writtenIds) if (!this.table.filedUnder(index, id, key)) found.push(this.written.get(id) as V);
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
    // A `Map` cleared gets a new table even when it was empty: most units look nothing up in their own writes.
    this.written.clear();
    if (this.writtenIndexes.size > 0) this.writtenIndexes.clear();
    this.writtenIds.length = 0;
    this.writtenRows.length = 0;
  }
}
