import { describe, expect, it } from 'vitest';
import type { StoragePorts } from '../../src/ports/storage-ports.js';
import type { StoresTx } from '../../src/ports/unit-of-work.js';
import { codesOf, library, online, valueOf } from './fixtures.js';

// Issue 15: after the patron's row, the cart and the submission start their independent reads
// together (on a pipelined PostgreSQL client they share a round trip's wait), and await them in
// the order the checks need them. The patron's row comes first and alone: on PostgreSQL it is
// locked, and what is read after it sees every reservation committed before (E1).

/** The storage with every store read of every unit logged as `start name` and `end name`; `withoutItem` removes `catalog.getItem`. */
function logged(log: string[], withoutItem = false): (ports: StoragePorts) => StoragePorts {
  const wrapStore = (name: string, store: object) =>
    new Proxy(store, {
      get(target, method) {
        const value = withoutItem && name === 'catalog' && method === 'getItem' ? undefined : (target as Record<PropertyKey, unknown>)[method];
        if (typeof value !== 'function' || typeof method !== 'string' || !/^(get|list)/.test(method)) return value;
        return async (...args: unknown[]) => {
          log.push(`start ${name}.${method}`);
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          } finally {
            log.push(`end ${name}.${method}`);
          }
        };
      },
    });
  return (ports) => ({
    ...ports,
    unitOfWork: {
      run: (work, options) =>
        ports.unitOfWork.run(
          (tx) => work(new Proxy(tx, { get: (target, name) => wrapStore(String(name), target[name as keyof StoresTx] as object) })),
          options,
        ),
    },
  });
}

/** The reads started after the patron's and before the first of them ended. */
function together(log: readonly string[]): string[] {
  const rest = log.slice(2);
  const firstEnd = rest.findIndex((e) => e.startsWith('end '));
  return rest.slice(0, firstEnd).map((e) => e.slice('start '.length)).sort();
}

describe('[E1] reads in flight together, after the patron', () => {
  it.each([
    ['with CatalogPort.getItem', false, 'catalog.getItem'],
    ['on a store without getItem (the volume, then its title)', true, 'catalog.getVolume'],
  ])('[E1][B1] adding to the cart reads the patron first and alone, then the item, its copies and the cart together (%s)', async (_, withoutItem, item) => {
    const log: string[] = [];
    const { service } = library({ wrap: logged(log, withoutItem) });
    expect(valueOf(await service.addToCart(online('p-2'), { volumeId: 't-b0/1', pickupBranchId: 'akeno' }))).toEqual([{ volumeId: 't-b0/1', pickupBranchId: 'akeno' }]);
    expect(log.slice(0, 2)).toEqual(['start patrons.get', 'end patrons.get']);
    expect(together(log)).toEqual(['cart.list', item, 'copies.listByVolume']);
    expect(log.filter((e) => e === 'start catalog.getTitle')).toHaveLength(withoutItem ? 1 : 0);
  });

  it.each([
    ['with CatalogPort.getItem', false],
    ['on a store without getItem', true],
  ])('[E1][E3] the same outcomes, refusals and messages with and without getItem (%s)', async (_, withoutItem) => {
    const { service } = library({ wrap: logged([], withoutItem), seed: { titles: [], volumes: [{ id: 't-gone/1', titleId: 't-gone' }], copies: [] } });
    const me = online('p-2');
    expect(codesOf(await service.addToCart(me, { volumeId: 't-local/1', pickupBranchId: 'akeno' }))).toEqual(['IN_LIBRARY_ONLY']);
    const missing = await service.addToCart(me, { volumeId: 't-gone/1', pickupBranchId: 'akeno' });
    expect(!missing.ok && missing.kind === 'error' ? `${missing.code} ${missing.message}` : '').toBe('NOT_FOUND No title t-gone');
    valueOf(await service.addToCart(me, { volumeId: 't-b3/1', pickupBranchId: 'akeno' }));
    const outcomes = valueOf(await service.submitCart(me, { volumeIds: ['t-b3/1'] }));
    expect(outcomes.map((o) => o.ok)).toEqual([true]);
  });

  it('[E3] control: a getItem that gives its title as local history changes the verdict, so the item read is the one used', async () => {
    const wrong = (ports: StoragePorts): StoragePorts => ({
      ...ports,
      unitOfWork: {
        run: (work, options) =>
          ports.unitOfWork.run((tx) => {
            const getItem = async (id: string) => {
              const volume = (await tx.catalog.getVolume(id))!;
              return { volume, title: { ...(await tx.catalog.getTitle(volume.titleId))!, category: 'localHistory' } };
            };
            const catalog = { ...tx.catalog, getItem };
            return work(new Proxy(tx, { get: (target, name) => (name === 'catalog' ? catalog : target[name as keyof StoresTx]) }));
          }, options),
      },
    });
    const { service } = library({ wrap: wrong });
    expect(codesOf(await service.addToCart(online('p-2'), { volumeId: 't-b0/1', pickupBranchId: 'akeno' }))).toEqual(['IN_LIBRARY_ONLY']);
  });

  it('[E1][B2] a submission reads the patron first and alone, then the cart, the quota\'s reads and each ticked item together', async () => {
    const log: string[] = [];
    const { service } = library({ wrap: logged(log) });
    const me = online('p-2');
    valueOf(await service.addToCart(me, { volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    valueOf(await service.addToCart(me, { volumeId: 't-b1/1', pickupBranchId: 'akeno' }));
    log.length = 0;
    const outcomes = valueOf(await service.submitCart(me, { volumeIds: ['t-b0/1', 't-b1/1'] }));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    expect(log.slice(0, 2)).toEqual(['start patrons.get', 'end patrons.get']);
    expect(together(log)).toEqual([
      'cart.list', 'catalog.getItem', 'catalog.getItem', 'copies.listByVolume', 'copies.listByVolume', 'loans.listByPatron', 'reservations.listByPatron',
    ]);
  });

  it('[B1] a ticked volume not in the cart is refused NOT_IN_CART, though its read ahead found no volume', async () => {
    const lib = library();
    const me = online('p-2');
    valueOf(await lib.service.addToCart(me, { volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    const outcomes = valueOf(await lib.service.submitCart(me, { volumeIds: ['t-none/1', 't-b0/1'] }));
    expect(outcomes.map((o) => (o.ok ? 'created' : o.refusals.map((r) => r.code).join()))).toEqual(['NOT_IN_CART', 'created']);
  });

  it('[B1] an ineligible patron is refused before anything else is read', async () => {
    const log: string[] = [];
    const { service } = library({ wrap: logged(log) });
    expect(codesOf(await service.addToCart(online('p-none'), { volumeId: 't-b0/1', pickupBranchId: 'akeno' }))).toEqual(['error:NOT_FOUND']);
    expect(log).toEqual(['start patrons.get', 'end patrons.get']);
  });

  it('[B1] a read ahead that fails fails where it is awaited: an unknown volume is NOT_FOUND, the other reads notwithstanding', async () => {
    const { service } = library();
    const result = await service.addToCart(online('p-2'), { volumeId: 't-none/1', pickupBranchId: 'akeno' });
    expect(codesOf(result)).toEqual(['error:NOT_FOUND']);
    expect(!result.ok && result.kind === 'error' ? result.message : '').toBe('No volume t-none/1');
  });
});
