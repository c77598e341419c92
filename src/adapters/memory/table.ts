/** Computes the key of a row in one secondary index. */
export type Indexer<V> = (row: V) => string;

/**
 * Committed rows of one table, by id, with secondary indexes (key → ids) kept up to date on
 * every put. Rows are never deleted.
 */
export class Table<V, I extends string = never> {
  readonly rows = new Map<string, V>();
  private readonly indexes = new Map<I, Map<string, Set<string>>>();

  constructor(readonly indexers: Readonly<Record<I, Indexer<V>>>) {
    for (const name of Object.keys(indexers) as I[]) this.indexes.set(name, new Map());
  }

  put(id: string, row: V): void {
    const previous = this.rows.get(id);
    for (const [name, index] of this.indexes) {
      const keyOf = this.indexers[name];
      if (previous !== undefined) index.get(keyOf(previous))?.delete(id);
      const key = keyOf(row);
      let ids = index.get(key);
      if (!ids) index.set(key, (ids = new Set()));
      ids.add(id);
    }
    this.rows.set(id, row);
  }

  idsWith(index: I, key: string): ReadonlySet<string> {
    return this.indexes.get(index)?.get(key) ?? new Set();
  }
}

/**
 * One unit of work's copy-on-write view of a table: reads see the unit's own writes over the
 * committed rows; writes stay in the view until {@link TableView.commit}.
 */
export class TableView<V, I extends string = never> {
  private readonly written = new Map<string, V>();

  constructor(private readonly table: Table<V, I>) {}

  get(id: string): V | undefined {
    return this.written.has(id) ? this.written.get(id) : this.table.rows.get(id);
  }

  set(id: string, row: V): void {
    this.written.set(id, row);
  }

  /** The rows whose `index` key is `key`, as this unit sees them. */
  find(index: I, key: string): V[] {
    const keyOf = this.table.indexers[index];
    const found: V[] = [];
    for (const id of this.table.idsWith(index, key)) {
      const row = this.get(id);
      if (row !== undefined && (!this.written.has(id) || keyOf(row) === key)) found.push(row);
    }
    for (const [id, row] of this.written) {
      if (!this.table.idsWith(index, key).has(id) && keyOf(row) === key) found.push(row);
    }
    return found;
  }

  commit(): void {
    for (const [id, row] of this.written) this.table.put(id, row);
  }
}
