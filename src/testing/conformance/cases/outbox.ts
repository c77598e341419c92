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
];

