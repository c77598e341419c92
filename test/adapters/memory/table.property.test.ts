import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Table, TableView } from '../../../src/adapters/memory/table.js';
import { checkProperty } from '../../support/fc.js';

// Model-based: a table's secondary index, its rows of a key kept in a list, against the rows
// themselves. With `anyOrder` a key's rows are the rows with that key, in some order; without it,
// in the order they were filed (a kept key keeps its place, a changed key goes to the end).

interface Row {
  readonly id: string;
  readonly k: string | null;
}

const puts = fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), k: fc.constantFrom<string | null>('x', 'y', 'z', null) }), { maxLength: 60 });
const indexers = { k: (row: Row) => row.k ?? undefined };

/** The ids under each key in filing order, as the model keeps them. */
function modelFiling(rows: readonly Row[]): Map<string, string[]> {
  const filed = new Map<string, string[]>();
  const keyOf = new Map<string, string | null>();
  for (const row of rows) {
    const was = keyOf.get(row.id);
    keyOf.set(row.id, row.k);
    if (was === row.k) continue;
    if (was !== undefined && was !== null) filed.set(was, filed.get(was)!.filter((id) => id !== row.id));
    if (row.k !== null) filed.set(row.k, [...(filed.get(row.k) ?? []), row.id]);
  }
  return filed;
}

describe('memory table: a key\'s rows in a list', () => {
  it('with anyOrder, the rows of a key are exactly the rows whose key it is', () =>
    checkProperty(
      fc.property(puts, (rows) => {
        const table = new Table<Row, 'k'>(indexers, {}, { anyOrder: true });
        for (const row of rows) table.put(row.id, row);
        const view = new TableView(table, []);
        for (const [key, ids] of modelFiling(rows)) {
          expect(view.find('k', key).map((r) => r.id).sort()).toEqual([...ids].sort());
          for (const r of view.find('k', key)) expect(r).toBe(table.rows.get(r.id));
        }
      }),
    ));

  it('without anyOrder, the rows of a key come in the order they were filed', () =>
    checkProperty(
      fc.property(puts, (rows) => {
        const table = new Table<Row, 'k'>(indexers);
        for (const row of rows) table.put(row.id, row);
        const view = new TableView(table, []);
        for (const [key, ids] of modelFiling(rows)) expect(view.find('k', key).map((r) => r.id)).toEqual(ids);
      }),
    ));

  it('a unit sees its own writes over the listed rows, once each', () =>
    checkProperty(
      fc.property(puts, puts, (committed, mine) => {
        const table = new Table<Row, 'k'>(indexers, {}, { anyOrder: true });
        for (const row of committed) table.put(row.id, row);
        const view = new TableView(table, []);
        for (const row of mine) view.set(row.id, row);
        const latest = new Map<string, Row>();
        for (const row of [...committed, ...mine]) latest.set(row.id, row);
        for (const key of ['x', 'y', 'z']) {
          const expected = [...latest.values()].filter((r) => r.k === key).map((r) => r.id).sort();
          expect(view.find('k', key).map((r) => r.id).sort()).toEqual(expected);
        }
      }),
    ));
});
