import { assertEqual, assertTrue } from '../assert.js';
import { inUnit } from '../fixtures.js';
import type { ConformanceCase } from '../types.js';

export const entryListCases: ConformanceCase[] = [
  {
    name: '[B1] cart: entries are added in order, a volume once only, removed, and kept per patron',
    run: async (s) => {
      const added = await inUnit(s, async (tx) => [
        await tx.cart.add('p-1', { volumeId: 't-2/1', pickupBranchId: 'akeno' }),
        await tx.cart.add('p-1', { volumeId: 't-1/1', pickupBranchId: 'mukawa' }),
        await tx.cart.add('p-1', { volumeId: 't-2/1', pickupBranchId: 'hakushu' }),
        await tx.cart.add('p-2', { volumeId: 't-2/1', pickupBranchId: 'takane' }),
      ]);
      assertEqual(added, [true, true, false, true], 'results of add');
      assertEqual(
        await inUnit(s, (tx) => tx.cart.list('p-1')),
        [
          { volumeId: 't-2/1', pickupBranchId: 'akeno' },
          { volumeId: 't-1/1', pickupBranchId: 'mukawa' },
        ],
        'cart of p-1 (a second entry for t-2/1 changes nothing)',
      );
      assertEqual(await inUnit(s, (tx) => tx.cart.list('p-2')), [{ volumeId: 't-2/1', pickupBranchId: 'takane' }], 'cart of p-2');
      assertTrue(await inUnit(s, (tx) => tx.cart.remove('p-1', 't-2/1')), 'remove of a listed volume returns true');
      assertEqual(await inUnit(s, (tx) => tx.cart.remove('p-1', 't-2/1')), false, 'remove of a volume no longer listed');
      assertEqual(await inUnit(s, (tx) => tx.cart.list('p-1')), [{ volumeId: 't-1/1', pickupBranchId: 'mukawa' }], 'cart of p-1 after remove');
      assertEqual(await inUnit(s, (tx) => tx.cart.list('p-2')), [{ volumeId: 't-2/1', pickupBranchId: 'takane' }], 'cart of p-2 after p-1 removed');
      assertEqual(await inUnit(s, (tx) => tx.cart.add('p-1', { volumeId: 't-2/1', pickupBranchId: 'hakushu' })), true, 'add again after remove');
      assertEqual(
        await inUnit(s, (tx) => tx.cart.list('p-1')),
        [
          { volumeId: 't-1/1', pickupBranchId: 'mukawa' },
          { volumeId: 't-2/1', pickupBranchId: 'hakushu' },
        ],
        'cart of p-1 after adding again',
      );
      assertEqual(await inUnit(s, (tx) => tx.cart.list('p-9')), [], 'cart of a patron who never added');
    },
  },
  {
    name: '[B5] favourites: entries are added in order, a volume once only, removed, and kept per patron',
    run: async (s) => {
      const added = await inUnit(s, async (tx) => [
        await tx.favourites.add('p-1', { volumeId: 't-3/1' }),
        await tx.favourites.add('p-1', { volumeId: 't-1/1' }),
        await tx.favourites.add('p-1', { volumeId: 't-3/1' }),
        await tx.favourites.add('p-2', { volumeId: 't-1/1' }),
      ]);
      assertEqual(added, [true, true, false, true], 'results of add');
      assertEqual(await inUnit(s, (tx) => tx.favourites.list('p-1')), [{ volumeId: 't-3/1' }, { volumeId: 't-1/1' }], 'favourites of p-1');
      assertTrue(await inUnit(s, (tx) => tx.favourites.remove('p-1', 't-3/1')), 'remove of a listed volume returns true');
      assertEqual(await inUnit(s, (tx) => tx.favourites.remove('p-1', 't-3/1')), false, 'remove of a volume no longer listed');
      assertEqual(await inUnit(s, (tx) => tx.favourites.list('p-1')), [{ volumeId: 't-1/1' }], 'favourites of p-1 after remove');
      assertEqual(await inUnit(s, (tx) => tx.favourites.list('p-2')), [{ volumeId: 't-1/1' }], 'favourites of p-2');
      assertEqual(await inUnit(s, (tx) => tx.favourites.list('p-9')), [], 'favourites of a patron who never added');
    },
  },
  {
    name: 'cart and favourites: listed entries are copies',
    run: async (s) => {
      await inUnit(s, async (tx) => {
        await tx.cart.add('p-1', { volumeId: 't-1/1', pickupBranchId: 'akeno' });
        await tx.favourites.add('p-1', { volumeId: 't-1/1' });
      });
      const cart = await inUnit(s, (tx) => tx.cart.list('p-1'));
      (cart as Array<{ pickupBranchId: string }>).forEach((e) => (e.pickupBranchId = 'changed'));
      cart.length = 0;
      const favourites = await inUnit(s, (tx) => tx.favourites.list('p-1'));
      favourites.push({ volumeId: 't-9/9' });
      assertEqual(await inUnit(s, (tx) => tx.cart.list('p-1')), [{ volumeId: 't-1/1', pickupBranchId: 'akeno' }], 'cart after a caller changed the list');
      assertEqual(await inUnit(s, (tx) => tx.favourites.list('p-1')), [{ volumeId: 't-1/1' }], 'favourites after a caller changed the list');
    },
  },
];
