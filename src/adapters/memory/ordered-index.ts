import type { Indexer } from './table.js';

/** One filed row: its key and its id. */
interface Entry {
  readonly key: string;
  readonly id: string;
}

function before(a: Entry, key: string, id: string): boolean {
  return a.key < key || (a.key === key && a.id < id);
}

/**
 * Committed rows of one table in the order of a key (an instant), then of their id, for range
 * reads ("ended before"): a read costs the rows it returns, not the table. Rows are filed as
 * they are put; most come at the end (their key is the time they were written).
 */
export class OrderedIndex<V> {
  private readonly entries: Entry[] = [];

  constructor(readonly keyOf: Indexer<V>) {}

  /** The position of `(key, id)`, or of where it would go. */
  private position(key: string, id: string): number {
    const entries = this.entries;
    const last = entries[entries.length - 1];
    if (last === undefined || before(last, key, id)) return entries.length;
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(entries[mid]!, key, id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Files `id` under the key of `row`, out of the key of `previous` (stored rows are frozen, so `previous` is filed exactly there). */
  put(id: string, previous: V | undefined, row: V): void {
    const key = this.keyOf(row);
    const was = previous === undefined ? undefined : this.keyOf(previous);
    if (was === key) return;
    if (was !== undefined) {
      const at = this.position(was, id);
      if (this.entries[at]?.id === id) this.entries.splice(at, 1);
    }
    if (key === undefined) return;
    const at = this.position(key, id);
    // Most rows come at the end (their key is when they were written): a push makes no array of removed entries.
    if (at === this.entries.length) this.entries.push({ key, id });
    else this.entries.splice(at, 0, { key, id });
  }

  /** The ids whose key is below `bound`, in key order. */
  idsBelow(bound: string): string[] {
    const ids: string[] = [];
    for (const entry of this.entries) {
      if (entry.key >= bound) break;
      ids.push(entry.id);
    }
    return ids;
  }
}
