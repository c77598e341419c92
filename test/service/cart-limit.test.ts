import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { codesOf, library, online, valueOf } from './fixtures.js';

describe('cart maximum', () => {
  it('[P17] refuses a new entry in a full cart with CART_FULL naming the limit, and writes nothing', async () => {
    const lib = library({ policy: hokutoPolicy({ maxCartEntries: 3 }) });
    for (const i of [0, 1, 2]) valueOf(await lib.service.addToCart(online('p-1'), { volumeId: `t-b${i}/1`, pickupBranchId: 'akeno' }));
    const full = await lib.service.addToCart(online('p-1'), { volumeId: 't-b3/1', pickupBranchId: 'akeno' });
    expect(codesOf(full)).toEqual(['CART_FULL']);
    expect(!full.ok && full.kind === 'refused' && full.refusals[0]).toMatchObject({ rule: 'P17', params: { limit: 3 } });
    expect(codesOf(await lib.service.addToCart(online('p-1'), { volumeId: 't-b0/1', pickupBranchId: 'akeno' }))).toEqual(['ALREADY_IN_CART']);
    valueOf(await lib.service.addFavourite(online('p-1'), { volumeId: 't-b4/1' }));
    expect(codesOf(await lib.service.moveFavouriteToCart(online('p-1'), { volumeId: 't-b4/1', pickupBranchId: 'akeno' }))).toEqual(['CART_FULL']);
    expect(valueOf(await lib.service.listCart(online('p-1'))).map((e) => e.volumeId)).toEqual(['t-b0/1', 't-b1/1', 't-b2/1']);
    valueOf(await lib.service.removeFromCart(online('p-1'), { volumeId: 't-b1/1' }));
    valueOf(await lib.service.addToCart(online('p-1'), { volumeId: 't-b3/1', pickupBranchId: 'akeno' }));
  });

  it('[P17] the default maximum is 100 entries, the most one submission takes', () => {
    expect(hokutoPolicy().maxCartEntries).toBe(100);
  });
});
