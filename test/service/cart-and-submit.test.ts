import { describe, expect, it } from 'vitest';
import { codesOf, library, online, request, rulesOf, stored, valueOf } from './fixtures.js';

describe('favourites and cart', () => {
  it('[B5] adds, lists, moves to the cart and removes favourites', async () => {
    const { service } = library();
    const me = online('p-2');
    expect(valueOf(await service.addFavourite(me, { volumeId: 't-b0/1' }))).toEqual(['t-b0/1']);
    expect(valueOf(await service.addFavourite(me, { volumeId: 't-b1/1' }))).toEqual(['t-b0/1', 't-b1/1']);
    expect(codesOf(await service.addFavourite(me, { volumeId: 't-b1/1' }))).toEqual(['ALREADY_IN_FAVOURITES']);
    expect(valueOf(await service.moveFavouriteToCart(me, { volumeId: 't-b0/1', pickupBranchId: 'akeno' }))).toEqual([
      { volumeId: 't-b0/1', pickupBranchId: 'akeno' },
    ]);
    expect(valueOf(await service.listFavourites(me))).toEqual(['t-b1/1']);
    expect(valueOf(await service.removeFavourite(me, { volumeId: 't-b1/1' }))).toEqual([]);
    expect(codesOf(await service.removeFavourite(me, { volumeId: 't-b1/1' }))).toEqual(['NOT_IN_CART']);
    expect(codesOf(await service.moveFavouriteToCart(me, { volumeId: 't-b2/1', pickupBranchId: 'akeno' }))).toEqual(['NOT_IN_CART']);
  });

  it('[B5] a favourite that cannot go to the cart stays a favourite', async () => {
    const { service } = library();
    const me = online('p-2');
    await service.addFavourite(me, { volumeId: 't-local/1' });
    expect(rulesOf(await service.moveFavouriteToCart(me, { volumeId: 't-local/1', pickupBranchId: 'akeno' }))).toEqual(['E3']);
    expect(valueOf(await service.listFavourites(me))).toEqual(['t-local/1']);
  });

  it('[B1][E3][E5] refuses a non-reservable item and the museum at once, with every rule', async () => {
    const { service, storage } = library();
    const before = storage.snapshot();
    const result = await service.addToCart(online('p-2'), { volumeId: 't-local/1', pickupBranchId: 'museum' });
    expect(codesOf(result)).toEqual(['IN_LIBRARY_ONLY', 'MUSEUM_NOT_PICKUP']);
    expect(rulesOf(result)).toEqual(['E3', 'E5']);
    expect(storage.snapshot()).toEqual(before);
  });

  it('[E2] refuses a set record in the cart', async () => {
    const { service } = library();
    expect(rulesOf(await service.addToCart(online('p-2'), { volumeId: 't-genji/set', pickupBranchId: 'akeno' }))).toEqual(['E2']);
  });

  it('[B4] refuses a branch that is no pickup library', async () => {
    const { service } = library();
    expect(codesOf(await service.addToCart(online('p-2'), { volumeId: 't-b0/1', pickupBranchId: 'kofu' }))).toEqual(['NOT_A_PICKUP_BRANCH']);
  });

  it('[B1] refuses the same volume twice in the cart', async () => {
    const { service } = library();
    await service.addToCart(online('p-2'), { volumeId: 't-b0/1', pickupBranchId: 'akeno' });
    expect(codesOf(await service.addToCart(online('p-2'), { volumeId: 't-b0/1', pickupBranchId: 'mukawa' }))).toEqual(['ALREADY_IN_CART']);
    expect(valueOf(await service.removeFromCart(online('p-2'), { volumeId: 't-b0/1' }))).toEqual([]);
    expect(codesOf(await service.removeFromCart(online('p-2'), { volumeId: 't-b0/1' }))).toEqual(['NOT_IN_CART']);
  });
});

describe('submitting the cart', () => {
  it('[B2][B3] submits ticked entries with an outcome per entry', async () => {
    const lib = library();
    const me = online('p-2');
    for (const volumeId of ['t-b0/1', 't-b1/1', 't-genji/2']) valueOf(await lib.service.addToCart(me, { volumeId, pickupBranchId: 'akeno' }));
    const outcomes = valueOf(await lib.service.submitCart(me, { volumeIds: ['t-b0/1', 't-genji/2', 't-b5/1'] }));
    expect(outcomes.map((o) => [o.volumeId, o.ok])).toEqual([
      ['t-b0/1', true],
      ['t-genji/2', true],
      ['t-b5/1', false],
    ]);
    expect(outcomes[2]).toEqual({ volumeId: 't-b5/1', ok: false, refusals: [{ code: 'NOT_IN_CART', rule: 'B1' }] });
    for (const o of outcomes) if (o.ok) expect(stored(lib, o.reservationId).status).toBe('requested');
    expect(valueOf(await lib.service.listCart(me))).toEqual([{ volumeId: 't-b1/1', pickupBranchId: 'akeno' }]);
  });

  it('[B2] returns the domain events of the created requests', async () => {
    const lib = library();
    await lib.service.addToCart(online('p-2'), { volumeId: 't-b0/1', pickupBranchId: 'akeno' });
    const result = await lib.service.submitCart(online('p-2'), { volumeIds: ['t-b0/1'] });
    expect(result.ok && result.events.map((e) => e.type)).toEqual(['reservationRequested']);
  });

  it('[E1] an eighth online reservation is refused', async () => {
    const lib = library();
    for (let i = 0; i < 7; i++) await request(lib, 'p-2', `t-b${i}/1`);
    await lib.service.addToCart(online('p-2'), { volumeId: 't-b7/1', pickupBranchId: 'akeno' });
    const before = lib.storage.snapshot();
    const [outcome] = valueOf(await lib.service.submitCart(online('p-2'), { volumeIds: ['t-b7/1'] }));
    expect(outcome).toEqual({ volumeId: 't-b7/1', ok: false, refusals: [{ code: 'QUOTA_EXCEEDED', rule: 'E1', params: { limit: 7, count: 7 } }] });
    expect(lib.storage.snapshot()).toEqual(before);
  });

  it('[E1] counts the entries of one submission against each other', async () => {
    const lib = library();
    const me = online('p-2');
    for (let i = 0; i < 4; i++) await lib.service.addToCart(me, { volumeId: `t-av${i}/1`, pickupBranchId: 'akeno' });
    const outcomes = valueOf(await lib.service.submitCart(me, { volumeIds: ['t-av0/1', 't-av1/1', 't-av2/1', 't-av3/1'] }));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, false]);
    expect(outcomes[3]?.ok === false && outcomes[3].refusals.map((r) => r.code)).toEqual(['AUDIOVISUAL_QUOTA_EXCEEDED']);
  });

  it('[P1] refuses a second active reservation for the same volume', async () => {
    const lib = library();
    await request(lib, 'p-2', 't-b0/1');
    await lib.service.addToCart(online('p-2'), { volumeId: 't-b0/1', pickupBranchId: 'akeno' });
    const [outcome] = valueOf(await lib.service.submitCart(online('p-2'), { volumeIds: ['t-b0/1'] }));
    expect(outcome?.ok === false && outcome.refusals.map((r) => r.rule)).toEqual(['P1']);
  });
});
