import { assertEqual, assertRejectsWith, assertTrue, idsOf } from '../assert.js';
import { build, inUnit, writable } from '../fixtures.js';
import type { ConformanceCase } from '../types.js';

export const catalogAndPatronCases: ConformanceCase[] = [
  {
    name: 'catalog: titles and volumes read back as seeded; listVolumes gives a title\'s volumes by id',
    run: async (s) => {
      const title = build.title({ id: 't-1', audiovisual: true, category: 'av' });
      const volumes = [
        build.volume({ id: 't-1/2', label: '下' }),
        build.volume({ id: 't-1/0', set: true, label: '上下巻セット' }),
        build.volume({ id: 't-1/1' }),
        build.volume({ id: 't-2/1', titleId: 't-2' }),
      ];
      await s.seed({ titles: [title, build.title({ id: 't-2' })], volumes });
      assertEqual(await inUnit(s, (tx) => tx.catalog.getTitle('t-1')), title, 'getTitle(t-1)');
      assertEqual(await inUnit(s, (tx) => tx.catalog.getTitle('t-none')), null, 'getTitle of an unknown id');
      assertEqual(await inUnit(s, (tx) => tx.catalog.getVolume('t-1/0')), volumes[1], 'getVolume(t-1/0)');
      assertEqual(await inUnit(s, (tx) => tx.catalog.getVolume('t-none/1')), null, 'getVolume of an unknown id');
      const item = await inUnit(s, async (tx) => {
        const volume = await tx.catalog.getVolume('t-2/1');
        const first = await tx.catalog.getTitle('t-2');
        if (first) writable(first).name = 'changed';
        return { volume, first, again: await tx.catalog.getTitle('t-2'), other: await tx.catalog.getTitle('t-1') };
      });
      assertEqual(item.volume, volumes[3], 'getVolume(t-2/1), then its title in the same unit');
      assertEqual(item.again, build.title({ id: 't-2' }), 'getTitle of the volume\'s title, in the unit that read the volume, after a caller changed the first one returned');
      assertEqual(item.other, title, 'getTitle of another title in that unit');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.catalog.listVolumes('t-1'))), ['t-1/0', 't-1/1', 't-1/2'], 'volumes of t-1');
      assertEqual(await inUnit(s, (tx) => tx.catalog.listVolumes('t-none')), [], 'volumes of an unknown title');
      const got = await inUnit(s, (tx) => tx.catalog.getTitle('t-1'));
      if (got) writable(got).name = 'changed';
      assertEqual(await inUnit(s, (tx) => tx.catalog.getTitle('t-1')), title, 'getTitle(t-1) after a caller changed the returned object');
    },
  },
  {
    name: 'catalog: getTitles and getVolumes give the listed ids that exist, by id, once each',
    run: async (s) => {
      const titles = [build.title({ id: 't-2' }), build.title({ id: 't-1', audiovisual: true, category: 'av' }), build.title({ id: 't-3' })];
      const volumes = [build.volume({ id: 't-1/2', label: '下' }), build.volume({ id: 't-1/1' }), build.volume({ id: 't-2/1', titleId: 't-2' })];
      await s.seed({ titles, volumes });
      assertEqual(await inUnit(s, (tx) => tx.catalog.getTitles(['t-2', 't-none', 't-1', 't-2'])), [titles[1], titles[0]], 'getTitles(t-2, t-none, t-1, t-2)');
      assertEqual(await inUnit(s, (tx) => tx.catalog.getVolumes(['t-2/1', 't-1/2', 't-9/1', 't-1/1'])), [volumes[1], volumes[0], volumes[2]], 'getVolumes');
      assertEqual(await inUnit(s, (tx) => tx.catalog.getTitles([])), [], 'getTitles of no ids');
      assertEqual(await inUnit(s, (tx) => tx.catalog.getVolumes([])), [], 'getVolumes of no ids');
      const got = await inUnit(s, (tx) => tx.catalog.getTitles(['t-1']));
      if (got[0]) writable(got[0]).name = 'changed';
      assertEqual(await inUnit(s, (tx) => tx.catalog.getTitle('t-1')), titles[1], 't-1 after a caller changed a returned object');
    },
  },
  {
    name: 'patrons: getMany gives the listed patrons that exist, by id, once each, as get gives each',
    run: async (s) => {
      const patrons = [build.patron({ id: 'p-2', email: 'two@example.jp' }), build.patron({ id: 'p-1', name: '北杜 花子' }), build.patron({ id: 'p-3' })];
      await s.seed({ patrons });
      assertEqual(await inUnit(s, (tx) => tx.patrons.getMany(['p-2', 'p-none', 'p-1', 'p-2'])), [patrons[1], patrons[0]], 'getMany(p-2, p-none, p-1, p-2)');
      assertEqual(await inUnit(s, (tx) => tx.patrons.getMany([])), [], 'getMany of no ids');
      const got = await inUnit(s, (tx) => tx.patrons.getMany(['p-1']));
      if (got[0]) writable(got[0]).name = 'changed';
      assertEqual(await inUnit(s, (tx) => tx.patrons.get('p-1')), patrons[1], 'p-1 after a caller changed a returned object');
    },
  },
  {
    name: 'patrons: a seeded patron reads back at version 0; unknown ids read as null',
    run: async (s) => {
      const patron = build.patron({ id: 'p-1', email: 'someone@example.jp', name: '北杜 花子' });
      await s.seed({ patrons: [patron] });
      assertEqual(await inUnit(s, (tx) => tx.patrons.get('p-1')), patron, 'get(p-1)');
      assertEqual(await inUnit(s, (tx) => tx.patrons.getVersioned('p-1')), { patron, version: 0 }, 'getVersioned(p-1)');
      assertEqual(await inUnit(s, (tx) => tx.patrons.get('p-none')), null, 'get of an unknown id');
      assertEqual(await inUnit(s, (tx) => tx.patrons.getVersioned('p-none')), null, 'getVersioned of an unknown id');
    },
  },
  {
    name: 'patrons: update is a compare-and-set on the stored version',
    run: async (s) => {
      const patron = build.patron({ id: 'p-1' });
      await s.seed({ patrons: [patron] });
      const marked = { ...patron, unreachable: true };
      await inUnit(s, (tx) => tx.patrons.update(marked, 0));
      assertEqual(await inUnit(s, (tx) => tx.patrons.getVersioned('p-1')), { patron: marked, version: 1 }, 'p-1 after update');
      await assertRejectsWith(
        inUnit(s, (tx) => tx.patrons.update({ ...patron, internetRegistered: false }, 0)),
        'VERSION_CONFLICT',
        { table: 'patrons', id: 'p-1', expected: 0, actual: 1 },
        'stale update of p-1',
      );
      await assertRejectsWith(
        inUnit(s, (tx) => tx.patrons.update(build.patron({ id: 'p-none' }), 0)),
        'NOT_FOUND',
        { table: 'patrons', id: 'p-none' },
        'update of an unknown patron',
      );
      assertEqual(await inUnit(s, (tx) => tx.patrons.getVersioned('p-1')), { patron: marked, version: 1 }, 'p-1 after the rejected writes');
    },
  },
  {
    name: 'patrons: of ten concurrent updates expecting the same version, exactly one wins',
    run: async (s) => {
      const patron = build.patron({ id: 'p-1' });
      await s.seed({ patrons: [patron] });
      const attempts = Array.from({ length: 10 }, (_, i) => ({ ...patron, homeBranchId: `b-${i}` }));
      const outcomes = await Promise.allSettled(attempts.map((next) => inUnit(s, (tx) => tx.patrons.update(next, 0))));
      const winners = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [attempts[i]] : []));
      assertEqual(winners.length, 1, 'number of updates that succeeded');
      const stored = await inUnit(s, (tx) => tx.patrons.getVersioned('p-1'));
      assertTrue(stored !== null, 'p-1 exists');
      assertEqual(stored, { patron: winners[0], version: 1 }, 'p-1 holds the winning update');
    },
  },
];
