import { fixedClock } from '../../../ports/clock.js';
import { hokutoPolicy } from '../../../policy/presets/hokuto.js';
import { createReservationService } from '../../../service/create-reservation-service.js';
import type { ReservationService } from '../../../service/reservation-service.js';
import type { ServiceResult } from '../../../service/service-result.js';
import { assertEqual } from '../assert.js';
import { build, inUnit } from '../fixtures.js';
import type { ConformanceCase, ConformanceStorage } from '../types.js';

/** Added in this order, which is not the order of the ids. */
const ADDED = ['t-5/1', 't-2/1', 't-7/1', 't-1/1', 't-3/1'];
const PATRON = { kind: 'patron', patronId: 'p-1', channel: 'online' } as const;

/** A service on the storage, with p-1 registered and five volumes in p-1's favourites and cart. */
async function listed(s: ConformanceStorage): Promise<ReservationService> {
  await s.seed({ patrons: [build.patron({ id: 'p-1', email: 'p1@example.jp' })] });
  await inUnit(s, async (tx) => {
    for (const volumeId of ADDED) {
      await tx.favourites.add('p-1', { volumeId });
      await tx.cart.add('p-1', { volumeId, pickupBranchId: 'akeno' });
    }
  });
  const ports = { unitOfWork: s.unitOfWork, capabilities: s.capabilities, clock: fixedClock('2026-12-03T01:00:00.000Z') };
  return createReservationService(ports, hokutoPolicy(), { serverId: 'conformance' });
}

function valueOf<T>(result: ServiceResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result)}`);
  return result.value;
}

function codeOf(result: ServiceResult<unknown>): string {
  return result.ok ? 'ok' : result.kind === 'error' ? result.code : 'refused';
}

/** Pages through a list two at a time, returning the items of every page in order. */
async function everyPage(page: (cursor: string | undefined) => Promise<{ items: readonly string[]; nextCursor: string | null }>): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const { items, nextCursor } = await page(cursor);
    pages.push([...items]);
    if (nextCursor === null || pages.length > ADDED.length) return pages;
    cursor = nextCursor;
  }
}

/** The favourites and the cart, a page at a time through the service (issue 13): the stores' order is what keeps cursors valid. */
export const entryPageCases: ConformanceCase[] = [
  {
    name: '[B5] favouritesPage: pages in the order added, the last with no next cursor; a cursor removed since and a limit above 500 are INVALID_INPUT',
    run: async (s) => {
      const service = await listed(s);
      const pages = await everyPage(async (cursor) => {
        const page = valueOf(await service.favouritesPage(PATRON, { limit: 2, ...(cursor === undefined ? {} : { cursor }) }), 'favouritesPage');
        return { items: page.volumeIds, nextCursor: page.nextCursor };
      });
      assertEqual(pages, [['t-5/1', 't-2/1'], ['t-7/1', 't-1/1'], ['t-3/1']], 'pages of two');
      const first = valueOf(await service.favouritesPage(PATRON, { limit: 2 }), 'first page');
      valueOf(await service.removeFavourite(PATRON, { volumeId: 't-2/1' }), 'removeFavourite');
      assertEqual(codeOf(await service.favouritesPage(PATRON, { limit: 2, cursor: first.nextCursor ?? '' })), 'INVALID_INPUT', 'a cursor removed since');
      assertEqual(codeOf(await service.favouritesPage(PATRON, { limit: 501 })), 'INVALID_INPUT', 'a limit of 501');
      assertEqual(valueOf(await service.favouritesPage(PATRON), 'the default page').volumeIds, ['t-5/1', 't-7/1', 't-1/1', 't-3/1'], 'one page by default');
    },
  },
  {
    name: '[B1] cartPage: pages in the order added, the last with no next cursor; an unknown cursor and a limit of 0 are INVALID_INPUT',
    run: async (s) => {
      const service = await listed(s);
      const pages = await everyPage(async (cursor) => {
        const page = valueOf(await service.cartPage(PATRON, { limit: 2, ...(cursor === undefined ? {} : { cursor }) }), 'cartPage');
        return { items: page.entries.map((e) => `${e.volumeId}@${e.pickupBranchId}`), nextCursor: page.nextCursor };
      });
      assertEqual(pages, [['t-5/1@akeno', 't-2/1@akeno'], ['t-7/1@akeno', 't-1/1@akeno'], ['t-3/1@akeno']], 'pages of two');
      assertEqual(codeOf(await service.cartPage(PATRON, { cursor: 't-9/1' })), 'INVALID_INPUT', 'a cursor of no entry');
      assertEqual(codeOf(await service.cartPage(PATRON, { limit: 0 })), 'INVALID_INPUT', 'a limit of 0');
      assertEqual(valueOf(await service.cartPage(PATRON, { limit: 5 }), 'a page of five').nextCursor, null, 'a page holding the whole cart has no next cursor');
    },
  },
];
