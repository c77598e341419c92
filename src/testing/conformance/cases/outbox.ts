import { assertEqual, assertRejectsWith, assertRejectsWithSame, idsOf } from '../assert.js';
import { at, build, inUnit } from '../fixtures.js';
import type { ConformanceCase } from '../types.js';

export const outboxCases: ConformanceCase[] = [
  {
    name: 'outbox: enqueued notices are pending, by createdAt then id, with their payload intact',
    run: async (s) => {
      const first = build.notice({ id: 'n-b', createdAt: at(8, 2) });
      const tie = build.notice({ id: 'n-a', createdAt: at(8, 2), reservationId: undefined, kind: 'other' });
      const earliest = build.notice({ id: 'n-c', createdAt: at(7) });
      await inUnit(s, async (tx) => {
        await tx.outbox.enqueue(first);
        await tx.outbox.enqueue(tie);
        await tx.outbox.enqueue(earliest);
      });
      assertEqual(await inUnit(s, (tx) => tx.outbox.listPending()), [earliest, tie, first], 'pending notices');
    },
  },
  {
    name: 'outbox: a notice enqueued in a unit of work that throws is never pending',
    run: async (s) => {
      const failure = new Error('the unit failed after enqueueing');
      await assertRejectsWithSame(
        inUnit(s, async (tx) => {
          await tx.outbox.enqueue(build.notice({ id: 'n-1' }));
          throw failure;
        }),
        failure,
        'the failing unit',
      );
      assertEqual(await inUnit(s, (tx) => tx.outbox.listPending()), [], 'pending notices');
    },
  },
  {
    name: 'outbox: markSent takes a notice out of the pending ones, once',
    run: async (s) => {
      await inUnit(s, async (tx) => {
        await tx.outbox.enqueue(build.notice({ id: 'n-1', createdAt: at(8) }));
        await tx.outbox.enqueue(build.notice({ id: 'n-2', createdAt: at(9) }));
      });
      assertEqual(await inUnit(s, (tx) => tx.outbox.markSent('n-1')), true, 'first markSent of n-1');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.listPending())), ['n-2'], 'pending after marking n-1');
      assertEqual(await inUnit(s, (tx) => tx.outbox.markSent('n-1')), false, 'second markSent of n-1');
      await assertRejectsWith(inUnit(s, (tx) => tx.outbox.markSent('n-none')), 'NOT_FOUND', { table: 'outbox', id: 'n-none' }, 'markSent of an unknown notice');
      await assertRejectsWith(
        inUnit(s, (tx) => tx.outbox.enqueue(build.notice({ id: 'n-1' }))),
        'VERSION_CONFLICT',
        { table: 'outbox', id: 'n-1', expected: null },
        'enqueue of an existing id',
      );
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.listPending())), ['n-2'], 'pending after the rejected enqueue');
    },
  },
  // issue 10: leases for several deliverers, and notices dropped unsent
  {
    name: 'outbox: claimPending leases notices to one owner at a time, in createdAt then id order',
    run: async (s) => {
      await inUnit(s, async (tx) => {
        await tx.outbox.enqueue(build.notice({ id: 'n-3', createdAt: at(9) }));
        await tx.outbox.enqueue(build.notice({ id: 'n-1', createdAt: at(7) }));
        await tx.outbox.enqueue(build.notice({ id: 'n-2', createdAt: at(8) }));
      });
      const hour = 3_600_000;
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.claimPending('a', 2, hour))), ['n-1', 'n-2'], 'first claim by a');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.claimPending('b', 5, hour))), ['n-3'], 'claim by b while a holds two');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.claimPending('c', 5, hour))), [], 'claim by c while every notice is leased');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.listPending())), ['n-1', 'n-2', 'n-3'], 'leased notices are still pending');
      assertEqual(await inUnit(s, (tx) => tx.outbox.release('n-1', 'b')), false, 'release by an owner that does not hold it');
      assertEqual(await inUnit(s, (tx) => tx.outbox.release('n-1', 'a')), true, 'release by its owner');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.claimPending('c', 5, hour))), ['n-1'], 'claim by c after the release');
    },
  },
  {
    name: 'outbox: a lease that has run out can be claimed again; a notice claimed in a unit that throws stays free',
    run: async (s) => {
      await inUnit(s, (tx) => tx.outbox.enqueue(build.notice({ id: 'n-1', createdAt: at(7) })));
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.claimPending('a', 5, 0))), ['n-1'], 'claim with a lease of 0 ms');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.claimPending('b', 5, 3_600_000))), ['n-1'], 'claim after the lease ran out');
      await inUnit(s, (tx) => tx.outbox.release('n-1', 'b'));
      const failure = new Error('the unit failed after claiming');
      await assertRejectsWithSame(
        inUnit(s, async (tx) => {
          await tx.outbox.claimPending('c', 5, 3_600_000);
          throw failure;
        }),
        failure,
        'the failing unit',
      );
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.claimPending('d', 5, 3_600_000))), ['n-1'], 'claim after the failed unit');
    },
  },
  {
    name: 'outbox: markDropped takes a notice out of the pending ones; it can no longer be sent or claimed',
    run: async (s) => {
      await inUnit(s, async (tx) => {
        await tx.outbox.enqueue(build.notice({ id: 'n-1', createdAt: at(7) }));
        await tx.outbox.enqueue(build.notice({ id: 'n-2', createdAt: at(8) }));
      });
      assertEqual(await inUnit(s, (tx) => tx.outbox.markDropped('n-1', 'cancelled')), true, 'first markDropped of n-1');
      assertEqual(await inUnit(s, (tx) => tx.outbox.markDropped('n-1', 'cancelled')), false, 'second markDropped of n-1');
      assertEqual(await inUnit(s, (tx) => tx.outbox.markSent('n-1')), false, 'markSent of a dropped notice');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.listPending())), ['n-2'], 'pending after dropping n-1');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.claimPending('a', 5, 3_600_000))), ['n-2'], 'claim after dropping n-1');
      assertEqual(await inUnit(s, (tx) => tx.outbox.markSent('n-2')), true, 'markSent of n-2');
      assertEqual(await inUnit(s, (tx) => tx.outbox.markDropped('n-2', 'lapsed')), false, 'markDropped of a sent notice');
      await assertRejectsWith(inUnit(s, (tx) => tx.outbox.markDropped('n-none', 'x')), 'NOT_FOUND', { table: 'outbox', id: 'n-none' }, 'markDropped of an unknown notice');
    },
  },
];
