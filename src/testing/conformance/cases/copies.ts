import { assertEqual, assertRejectsWith, idsOf } from '../assert.js';
import { build, inUnit, insertAll, tryToChange } from '../fixtures.js';
import type { ConformanceCase } from '../types.js';

export const copyCases: ConformanceCase[] = [
  {
    name: 'copies: get reads back what insert wrote, and null for an unknown id',
    run: async (s) => {
      const copy = build.copy({ id: 'c-1', status: 'onHoldShelf', version: 4 });
      await insertAll(s, { copies: [copy] });
      assertEqual(await inUnit(s, (tx) => tx.copies.get('c-1')), copy, 'get(c-1)');
      assertEqual(await inUnit(s, (tx) => tx.copies.get('c-none')), null, 'get of an unknown id');
    },
  },
  {
    name: 'copies: listByVolume gives every copy of the volume by id, as copies',
    run: async (s) => {
      await insertAll(s, {
        copies: [
          build.copy({ id: 'c-b', status: 'missing' }),
          build.copy({ id: 'c-a' }),
          build.copy({ id: 'c-c', status: 'onLoan' }),
          build.copy({ id: 'c-d', volumeId: 't-1/2' }),
        ],
      });
      const listed = await inUnit(s, (tx) => tx.copies.listByVolume('t-1/1'));
      assertEqual(idsOf(listed), ['c-a', 'c-b', 'c-c'], 'copies of t-1/1');
      for (const c of listed) tryToChange(c, (w) => { w.status = 'longOverdue'; });
      assertEqual((await inUnit(s, (tx) => tx.copies.get('c-a')))?.status, 'onShelf', 'c-a after a caller changed a listed object');
      assertEqual(await inUnit(s, (tx) => tx.copies.listByVolume('t-9/1')), [], 'copies of a volume without copies');
    },
  },
  {
    name: 'copies: listByVolumes gives every copy of the listed volumes by id, as listByVolume does for each',
    run: async (s) => {
      await insertAll(s, {
        copies: [
          build.copy({ id: 'c-b', status: 'missing' }),
          build.copy({ id: 'c-a', volumeId: 't-1/2' }),
          build.copy({ id: 'c-c', status: 'onLoan' }),
          build.copy({ id: 'c-d', volumeId: 't-1/3' }),
        ],
      });
      const listed = await inUnit(s, (tx) => tx.copies.listByVolumes(['t-1/2', 't-1/1', 't-9/1', 't-1/2']));
      assertEqual(idsOf(listed), ['c-a', 'c-b', 'c-c'], 'copies of t-1/1 and t-1/2, an unknown and a repeated id');
      for (const volumeId of ['t-1/1', 't-1/2']) {
        const one = await inUnit(s, (tx) => tx.copies.listByVolume(volumeId));
        assertEqual(listed.filter((c) => c.volumeId === volumeId), one, `listByVolumes of ${volumeId} as listByVolume`);
      }
      for (const c of listed) tryToChange(c, (w) => { w.status = 'longOverdue'; });
      assertEqual((await inUnit(s, (tx) => tx.copies.get('c-a')))?.status, 'onShelf', 'c-a after a caller changed a listed object');
      assertEqual(await inUnit(s, (tx) => tx.copies.listByVolumes([])), [], 'no volumes');
    },
  },
  {
    name: 'copies: update is a compare-and-set on the version',
    run: async (s) => {
      const copy = build.copy({ id: 'c-1' });
      await insertAll(s, { copies: [copy] });
      const next = { ...copy, status: 'onLoan' as const, version: 1 };
      await inUnit(s, (tx) => tx.copies.update(next, 0));
      assertEqual(await inUnit(s, (tx) => tx.copies.get('c-1')), next, 'c-1 after update');
      await assertRejectsWith(
        inUnit(s, (tx) => tx.copies.update({ ...copy, status: 'missing', version: 1 }, 0)),
        'VERSION_CONFLICT',
        { table: 'copies', id: 'c-1', expected: 0, actual: 1 },
        'stale update of c-1',
      );
      await assertRejectsWith(
        inUnit(s, (tx) => tx.copies.update({ ...copy, status: 'missing', version: 5 }, 1)),
        'VERSION_CONFLICT',
        { table: 'copies', id: 'c-1', expected: 1 },
        'update of c-1 to a version that does not follow',
      );
      await assertRejectsWith(
        inUnit(s, (tx) => tx.copies.insert({ ...copy, version: 0 })),
        'VERSION_CONFLICT',
        { table: 'copies', id: 'c-1', expected: null },
        'second insert of c-1',
      );
      await assertRejectsWith(
        inUnit(s, (tx) => tx.copies.update(build.copy({ id: 'c-none', version: 1 }), 0)),
        'NOT_FOUND',
        { table: 'copies', id: 'c-none' },
        'update of an unknown copy',
      );
      assertEqual(await inUnit(s, (tx) => tx.copies.get('c-1')), next, 'c-1 after the rejected writes');
    },
  },
  {
    name: 'copies: of ten concurrent updates expecting the same version, exactly one wins',
    run: async (s) => {
      const copy = build.copy({ id: 'c-1' });
      await insertAll(s, { copies: [copy] });
      const attempts = Array.from({ length: 10 }, (_, i) => ({ ...copy, locationBranchId: `b-${i}`, version: 1 }));
      const outcomes = await Promise.allSettled(attempts.map((next) => inUnit(s, (tx) => tx.copies.update(next, 0))));
      const winners = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [attempts[i]] : []));
      assertEqual(winners.length, 1, 'number of updates that succeeded');
      assertEqual(await inUnit(s, (tx) => tx.copies.get('c-1')), winners[0], 'c-1 holds the winning update');
    },
  },
];
