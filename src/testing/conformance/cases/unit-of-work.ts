import { assertEqual, assertRejectsWith, assertRejectsWithSame, assertTrue } from '../assert.js';
import { at, build, inUnit, insertAll } from '../fixtures.js';
import type { ConformanceCase, ConformanceStorage } from '../types.js';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Everything the atomicity case reads back, across every store. */
async function readEverything(s: ConformanceStorage) {
  return inUnit(s, async (tx) => ({
    r1: await tx.reservations.get('r-1'),
    r2: await tx.reservations.get('r-2'),
    queue: await tx.reservations.listQueue('t-1/1'),
    requested: await tx.reservations.listRequested(),
    c1: await tx.copies.get('c-1'),
    c2: await tx.copies.get('c-2'),
    l1: await tx.loans.get('l-1'),
    l2: await tx.loans.get('l-2'),
    patron: await tx.patrons.getVersioned('p-1'),
    cart: await tx.cart.list('p-1'),
    favourites: await tx.favourites.list('p-1'),
    pending: await tx.outbox.listPending(),
    run: await tx.jobRuns.get('approval', '2026-12-04'),
  }));
}

export const unitOfWorkCases: ConformanceCase[] = [
  {
    name: 'unit of work: with onInvalidRecord, valid records read as without it, and nothing is reported',
    run: async (s) => {
      await s.seed({ patrons: [build.patron({ id: 'p-1' })] });
      await insertAll(s, { reservations: [build.requested({ id: 'r-1' })], copies: [build.copy({ id: 'c-1' })] });
      const reported: unknown[] = [];
      const read = await s.unitOfWork.run(
        async (tx) => ({ requested: await tx.reservations.listRequested(), copy: await tx.copies.get('c-1'), patron: await tx.patrons.get('p-1') }),
        { onInvalidRecord: (record) => reported.push(record) },
      );
      assertEqual(read.requested.map((r) => r.id), ['r-1'], 'listRequested with onInvalidRecord');
      assertEqual(read.copy?.id, 'c-1', 'copies.get with onInvalidRecord');
      assertEqual(read.patron?.id, 'p-1', 'patrons.get with onInvalidRecord');
      assertEqual(reported, [], 'reports');
    },
  },
  {
    name: 'unit of work: run returns what the work returned, and later units see what it wrote',
    run: async (s) => {
      const value = await inUnit(s, async (tx) => {
        await tx.copies.insert(build.copy({ id: 'c-1' }));
        return { answer: 42 };
      });
      assertEqual(value, { answer: 42 }, 'value of run');
      assertEqual((await inUnit(s, (tx) => tx.copies.get('c-1')))?.id, 'c-1', 'c-1 in a later unit');
    },
  },
  {
    name: 'unit of work: a unit that throws leaves nothing written, in any store',
    run: async (s) => {
      await s.seed({ patrons: [build.patron({ id: 'p-1' })] });
      await insertAll(s, {
        reservations: [build.requested({ id: 'r-1' })],
        copies: [build.copy({ id: 'c-1' })],
        loans: [build.loan({ id: 'l-1', copyId: 'c-1' })],
      });
      await inUnit(s, async (tx) => {
        await tx.cart.add('p-1', { volumeId: 't-1/1', pickupBranchId: 'akeno' });
        await tx.favourites.add('p-1', { volumeId: 't-1/1' });
      });
      const before = await readEverything(s);
      const failure = new Error('the work failed after writing everywhere');
      await assertRejectsWithSame(
        inUnit(s, async (tx) => {
          await tx.reservations.update(build.reserved({ id: 'r-1', version: 1 }), 0);
          await tx.reservations.insert(build.reserved({ id: 'r-2' }));
          await tx.copies.update(build.copy({ id: 'c-1', status: 'onHoldShelf', version: 1 }), 0);
          await tx.copies.insert(build.copy({ id: 'c-2' }));
          await tx.loans.update(build.loan({ id: 'l-1', copyId: 'c-1', returnedAt: at(6), version: 1 }), 0);
          await tx.loans.insert(build.loan({ id: 'l-2', copyId: 'c-2' }));
          await tx.patrons.update(build.patron({ id: 'p-1', unreachable: true }), 0);
          await tx.cart.remove('p-1', 't-1/1');
          await tx.cart.add('p-1', { volumeId: 't-2/1', pickupBranchId: 'mukawa' });
          await tx.favourites.add('p-1', { volumeId: 't-2/1' });
          await tx.outbox.enqueue(build.notice({ id: 'n-1' }));
          await tx.jobRuns.claim('approval', '2026-12-04', 'a');
          throw failure;
        }),
        failure,
        'the failing unit',
      );
      assertEqual(await readEverything(s), before, 'every store after the failing unit');
    },
  },
  {
    name: 'unit of work: a unit whose write conflicts writes nothing of what it did before',
    run: async (s) => {
      await insertAll(s, { copies: [build.copy({ id: 'c-1', version: 5 })] });
      await assertRejectsWith(
        inUnit(s, async (tx) => {
          await tx.reservations.insert(build.requested({ id: 'r-1' }));
          await tx.copies.update(build.copy({ id: 'c-1', version: 1 }), 0);
        }),
        'VERSION_CONFLICT',
        { table: 'copies', id: 'c-1', expected: 0, actual: 5 },
        'the conflicting unit',
      );
      assertEqual(await inUnit(s, (tx) => tx.reservations.get('r-1')), null, 'r-1 after the conflicting unit');
    },
  },
  {
    name: 'unit of work: the stores are the unit\'s own enumerable properties, so that a host\'s copy ({ ...tx, outbox }) keeps every one',
    run: async (s) => {
      const copy = build.copy({ id: 'c-1' });
      await s.seed({ copies: [copy] });
      const keys = ['reservations', 'copies', 'loans', 'patrons', 'catalog', 'favourites', 'cart', 'outbox', 'jobRuns', 'jobChunks', 'events'];
      const seen = await inUnit(s, async (tx) => {
        const wrapped = { ...tx };
        return { missing: keys.filter((k) => typeof (wrapped as Record<string, unknown>)[k] !== 'object'), copy: await wrapped.copies.get('c-1') };
      });
      assertEqual(seen.missing, [], 'stores missing from { ...tx }');
      assertEqual(seen.copy, copy, 'copies.get through { ...tx }');
    },
  },
  {
    name: 'storage: declares transactions, and its clock reads an instant in toISOString form',
    run: async (s) => {
      assertEqual(s.capabilities.transactions, true, 'capabilities.transactions');
      assertEqual(typeof s.capabilities.concurrentWriters, 'boolean', 'type of capabilities.concurrentWriters');
      const now = s.clock.now();
      assertTrue(INSTANT.test(now), `clock.now() is an instant in toISOString form (got ${now})`);
    },
  },
];

