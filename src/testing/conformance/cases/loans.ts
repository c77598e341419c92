import { assertEqual, assertRejectsWith, idsOf } from '../assert.js';
import { at, build, inUnit, insertAll } from '../fixtures.js';
import type { ConformanceCase } from '../types.js';

export const loanCases: ConformanceCase[] = [
  {
    name: 'loans: get reads back what insert wrote, and null for an unknown id',
    run: async (s) => {
      const loan = build.loan({ id: 'l-1', reservationId: 'r-1', renewals: 1 });
      const returned = build.loan({ id: 'l-2', returnedAt: at(10) });
      await insertAll(s, { loans: [loan, returned] });
      assertEqual(await inUnit(s, (tx) => tx.loans.get('l-1')), loan, 'get(l-1)');
      assertEqual(await inUnit(s, (tx) => tx.loans.get('l-2')), returned, 'get(l-2)');
      assertEqual(await inUnit(s, (tx) => tx.loans.get('l-none')), null, 'get of an unknown id');
    },
  },
  {
    name: 'loans: listByPatron filters by open and orders by lentAt, then id',
    run: async (s) => {
      await insertAll(s, {
        loans: [
          build.loan({ id: 'l-b', lentAt: at(5), copyId: 'c-2' }),
          build.loan({ id: 'l-a', lentAt: at(5), copyId: 'c-3', returnedAt: at(6) }),
          build.loan({ id: 'l-c', lentAt: at(1), copyId: 'c-4' }),
          build.loan({ id: 'l-d', lentAt: at(1), patronId: 'p-2' }),
        ],
      });
      const list = (options?: { open?: boolean }) => inUnit(s, (tx) => tx.loans.listByPatron('p-1', options));
      assertEqual(idsOf(await list()), ['l-c', 'l-a', 'l-b'], 'all loans of p-1');
      assertEqual(idsOf(await list({ open: true })), ['l-c', 'l-b'], 'open loans of p-1');
      assertEqual(idsOf(await list({ open: false })), ['l-a'], 'returned loans of p-1');
      assertEqual(await inUnit(s, (tx) => tx.loans.listByPatron('p-9')), [], 'loans of a patron without loans');
    },
  },
  {
    name: 'loans: findOpenByCopy gives the open loan of the copy, and null once it is returned',
    run: async (s) => {
      const open = build.loan({ id: 'l-2', copyId: 'c-1', lentAt: at(10) });
      await insertAll(s, {
        loans: [build.loan({ id: 'l-1', copyId: 'c-1', lentAt: at(1), returnedAt: at(5) }), open, build.loan({ id: 'l-3', copyId: 'c-2' })],
      });
      assertEqual(await inUnit(s, (tx) => tx.loans.findOpenByCopy('c-1')), open, 'open loan of c-1');
      assertEqual(await inUnit(s, (tx) => tx.loans.findOpenByCopy('c-9')), null, 'open loan of a copy never lent');
      await inUnit(s, (tx) => tx.loans.update({ ...open, returnedAt: at(12), version: 1 }, 0));
      assertEqual(await inUnit(s, (tx) => tx.loans.findOpenByCopy('c-1')), null, 'open loan of c-1 after its return');
    },
  },
  {
    name: 'loans: listOpenByCopies gives the open loans of every listed copy by copy, lentAt, then id, each copy\'s last as findOpenByCopy',
    run: async (s) => {
      // Optional: a store without it passes unchecked (the simulation reads with findOpenByCopy).
      if ((await inUnit(s, async (tx) => tx.loans.listOpenByCopies)) === undefined) return;
      await insertAll(s, {
        loans: [
          build.loan({ id: 'l-1', copyId: 'c-1', lentAt: at(1), returnedAt: at(5) }),
          build.loan({ id: 'l-4', copyId: 'c-1', lentAt: at(10) }),
          build.loan({ id: 'l-2', copyId: 'c-1', lentAt: at(10) }),
          build.loan({ id: 'l-0', copyId: 'c-1', lentAt: at(3) }),
          build.loan({ id: 'l-3', copyId: 'c-2', lentAt: at(2) }),
          build.loan({ id: 'l-5', copyId: 'c-3', lentAt: at(2), returnedAt: at(4) }),
        ],
      });
      const listed = await inUnit(s, (tx) => tx.loans.listOpenByCopies!(['c-2', 'c-1', 'c-9', 'c-3', 'c-2']));
      assertEqual(idsOf(listed), ['l-0', 'l-2', 'l-4', 'l-3'], 'open loans of c-1, c-2, c-3 and an unknown copy');
      for (const copyId of ['c-1', 'c-2', 'c-3', 'c-9']) {
        const one = await inUnit(s, (tx) => tx.loans.findOpenByCopy(copyId));
        assertEqual(listed.filter((l) => l.copyId === copyId).at(-1) ?? null, one, `last open loan of ${copyId} as findOpenByCopy`);
      }
      assertEqual(await inUnit(s, (tx) => tx.loans.listOpenByCopies!([])), [], 'no copies');
      const seen = await inUnit(s, async (tx) => {
        await tx.loans.update({ ...build.loan({ id: 'l-3', copyId: 'c-2', lentAt: at(2) }), returnedAt: at(6), version: 1 }, 0);
        await tx.loans.insert(build.loan({ id: 'l-6', copyId: 'c-3', lentAt: at(7) }));
        return tx.loans.listOpenByCopies!(['c-2', 'c-3']);
      });
      assertEqual(idsOf(seen), ['l-6'], "the unit's own writes: c-2's loan returned, a new loan of c-3");
    },
  },
  {
    name: 'loans: update is a compare-and-set on the version, and insert of an existing id conflicts',
    run: async (s) => {
      const loan = build.loan({ id: 'l-1' });
      await insertAll(s, { loans: [loan] });
      const renewed = { ...loan, renewals: 1, dueDate: '2027-01-02', version: 1 };
      await inUnit(s, (tx) => tx.loans.update(renewed, 0));
      assertEqual(await inUnit(s, (tx) => tx.loans.get('l-1')), renewed, 'l-1 after update');
      await assertRejectsWith(
        inUnit(s, (tx) => tx.loans.update({ ...loan, renewals: 2, version: 1 }, 0)),
        'VERSION_CONFLICT',
        { table: 'loans', id: 'l-1', expected: 0, actual: 1 },
        'stale update of l-1',
      );
      await assertRejectsWith(
        inUnit(s, (tx) => tx.loans.update({ ...renewed, version: 1 }, 1)),
        'VERSION_CONFLICT',
        { table: 'loans', id: 'l-1', expected: 1 },
        'update of l-1 keeping its version',
      );
      await assertRejectsWith(inUnit(s, (tx) => tx.loans.insert(loan)), 'VERSION_CONFLICT', { table: 'loans', id: 'l-1', expected: null }, 'second insert of l-1');
      await assertRejectsWith(
        inUnit(s, (tx) => tx.loans.update(build.loan({ id: 'l-none', version: 1 }), 0)),
        'NOT_FOUND',
        { table: 'loans', id: 'l-none' },
        'update of an unknown loan',
      );
      assertEqual(await inUnit(s, (tx) => tx.loans.get('l-1')), renewed, 'l-1 after the rejected writes');
    },
  },
];
