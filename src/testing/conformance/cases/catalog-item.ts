import { assertEqual } from '../assert.js';
import { build, inUnit, tryToChange } from '../fixtures.js';
import type { ConformanceCase } from '../types.js';

// CatalogPort.getItem is optional: a store without it passes these cases unchecked (the service
// then reads getVolume, then getTitle).
export const catalogItemCases: ConformanceCase[] = [
  {
    name: 'catalog: getItem gives a volume with its title, as getVolume then getTitle do; null for an unknown volume, a null title for a missing one',
    run: async (s) => {
      if ((await inUnit(s, async (tx) => tx.catalog.getItem)) === undefined) return;
      const titles = [build.title({ id: 't-1', audiovisual: true, category: 'av' }), build.title({ id: 't-2' })];
      const volumes = [build.volume({ id: 't-1/1', label: '上' }), build.volume({ id: 't-1/0', set: true }), build.volume({ id: 't-2/1', titleId: 't-2' }), build.volume({ id: 't-9/1', titleId: 't-9' })];
      await s.seed({ titles, volumes });
      for (const v of volumes) {
        const both = await inUnit(s, async (tx) => {
          const volume = await tx.catalog.getVolume(v.id);
          return { volume: volume!, title: await tx.catalog.getTitle(volume!.titleId) };
        });
        assertEqual(await inUnit(s, async (tx) => tx.catalog.getItem?.(v.id)), both, `getItem(${v.id}) as getVolume, then getTitle`);
      }
      assertEqual(await inUnit(s, async (tx) => tx.catalog.getItem?.('t-9/1')), { volume: volumes[3], title: null }, 'getItem of a volume whose title is missing');
      assertEqual(await inUnit(s, async (tx) => tx.catalog.getItem?.('t-none/1')), null, 'getItem of an unknown volume');
      const first = await inUnit(s, async (tx) => tx.catalog.getItem?.('t-2/1'));
      if (first?.title) tryToChange(first.title, (w) => { w.name = 'changed'; });
      assertEqual(await inUnit(s, async (tx) => (await tx.catalog.getItem?.('t-2/1'))?.title), titles[1], 'getItem after a caller changed the title returned');
    },
  },
];
