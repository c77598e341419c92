// Issue 9: the copy fields of P5 and E3, and the staff's lists of P8.
import { assertEqual, idsOf } from '../assert.js';
import { build, inUnit, insertAll, tryToChange } from '../fixtures.js';
import type { ConformanceCase } from '../types.js';

const all = { limit: 100, offset: 0 };

export const copiesOnTheMoveCases: ConformanceCase[] = [
  {
    name: 'copies: notForLoan, reservationId and transitFromBranchId read back as written, and absent ones stay absent',
    run: async (s) => {
      const travelling = build.copy({ id: 'c-1', status: 'inTransit', locationBranchId: 'mukawa', transitFromBranchId: 'akeno', reservationId: 'r-1' });
      const flagged = build.copy({ id: 'c-2', notForLoan: true });
      const plain = build.copy({ id: 'c-3' });
      await insertAll(s, { copies: [travelling, flagged, plain] });
      assertEqual(await inUnit(s, (tx) => tx.copies.get('c-1')), travelling, 'get(c-1) in transit for r-1');
      assertEqual(await inUnit(s, (tx) => tx.copies.get('c-2')), flagged, 'get(c-2) 禁帯出');
      assertEqual(await inUnit(s, (tx) => tx.copies.get('c-3')), plain, 'get(c-3) with no optional field');
      const home = { id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'museum', locationBranchId: 'museum', status: 'inTransit' as const, transitFromBranchId: 'mukawa', version: 1 };
      await inUnit(s, (tx) => tx.copies.update(home, 0));
      assertEqual(await inUnit(s, (tx) => tx.copies.get('c-1')), home, 'c-1 after an update that drops reservationId');
    },
  },
  {
    name: 'copies: listAt gives a page of the copies at a branch in a status, by volume then id',
    run: async (s) => {
      await insertAll(s, {
        copies: [
          build.copy({ id: 'c-b', volumeId: 't-2/1', status: 'awaitingPull', reservationId: 'r-1' }),
          build.copy({ id: 'c-c', volumeId: 't-1/1', status: 'awaitingPull', reservationId: 'r-2' }),
          build.copy({ id: 'c-a', volumeId: 't-1/1', status: 'awaitingPull', reservationId: 'r-3' }),
          build.copy({ id: 'c-d', volumeId: 't-1/1', status: 'onShelf' }),
          build.copy({ id: 'c-e', volumeId: 't-1/1', status: 'awaitingPull', locationBranchId: 'mukawa', reservationId: 'r-4' }),
          build.copy({ id: 'c-f', volumeId: 't-1/1', status: 'inTransit', transitFromBranchId: 'mukawa' }),
        ],
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.copies.listAt('akeno', 'awaitingPull', all))), ['c-a', 'c-c', 'c-b'], 'to pull at akeno');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.copies.listAt('akeno', 'awaitingPull', { limit: 2, offset: 1 }))), ['c-c', 'c-b'], 'second page');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.copies.listAt('akeno', 'awaitingPull', { limit: 1, offset: 3 }))), [], 'past the end');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.copies.listAt('akeno', 'inTransit', all))), ['c-f'], 'in transit to akeno');
      assertEqual(await inUnit(s, (tx) => tx.copies.listAt('takane', 'awaitingPull', all)), [], 'a branch with none');
      const listed = await inUnit(s, (tx) => tx.copies.listAt('akeno', 'awaitingPull', all));
      for (const c of listed) tryToChange(c, (w) => { w.status = 'missing'; });
      assertEqual((await inUnit(s, (tx) => tx.copies.get('c-a')))?.status, 'awaitingPull', 'c-a after a caller changed a listed object');
    },
  },
  {
    name: 'copies: listInTransitFrom gives a page of the copies in transit from a branch, by destination then id',
    run: async (s) => {
      await insertAll(s, {
        copies: [
          build.copy({ id: 'c-a', status: 'inTransit', locationBranchId: 'takane', transitFromBranchId: 'akeno' }),
          build.copy({ id: 'c-b', status: 'inTransit', locationBranchId: 'mukawa', transitFromBranchId: 'akeno', reservationId: 'r-1' }),
          build.copy({ id: 'c-c', status: 'inTransit', locationBranchId: 'mukawa', transitFromBranchId: 'akeno' }),
          build.copy({ id: 'c-d', status: 'inTransit', locationBranchId: 'akeno', transitFromBranchId: 'mukawa' }),
          build.copy({ id: 'c-e', status: 'onShelf', locationBranchId: 'akeno' }),
        ],
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.copies.listInTransitFrom('akeno', all))), ['c-b', 'c-c', 'c-a'], 'in transit from akeno');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.copies.listInTransitFrom('akeno', { limit: 1, offset: 2 }))), ['c-a'], 'last page');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.copies.listInTransitFrom('mukawa', all))), ['c-d'], 'in transit from mukawa');
    },
  },
  {
    name: 'reservations: listHoldsAt gives a page of the holds at a pickup branch by last day, and those ending before a date',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.onHold({ id: 'r-b', lastDay: '2026-12-15', copyId: 'c-b' }),
          build.onHold({ id: 'r-a', lastDay: '2026-12-15', copyId: 'c-a' }),
          build.onHold({ id: 'r-c', lastDay: '2026-12-10', copyId: 'c-c' }),
          build.onHold({ id: 'r-m', lastDay: '2026-12-09', copyId: 'c-m', pickupBranchId: 'mukawa' }),
          build.reserved({ id: 'r-w' }),
          build.lapsed({ id: 'r-l', lastDay: '2026-12-01' }),
        ],
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listHoldsAt('akeno', all))), ['r-c', 'r-a', 'r-b'], 'hold shelf at akeno');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listHoldsAt('akeno', { limit: 1, offset: 1 }))), ['r-a'], 'one page');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listHoldsAt('akeno', { ...all, endingBefore: '2026-12-15' }))), ['r-c'], 'ending before 12-15');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listHoldsAt('mukawa', all))), ['r-m'], 'hold shelf at mukawa');
    },
  },
  {
    name: 'reservations: listWaitingAt gives the reserved reservations at a pickup branch in queue order',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.reserved({ id: 'r-b', queuedAt: '2026-12-04T00:00:00.000Z' }),
          build.reserved({ id: 'r-a', queuedAt: '2026-12-05T00:00:00.000Z', volumeId: 't-2/1' }),
          build.reserved({ id: 'r-c', queuedAt: '2026-12-03T00:00:00.000Z', cancellationRequestedAt: '2026-12-06T00:00:00.000Z' }),
          build.reserved({ id: 'r-m', pickupBranchId: 'mukawa' }),
          build.onHold({ id: 'r-h' }),
          build.requested({ id: 'r-q' }),
        ],
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listWaitingAt('akeno'))), ['r-c', 'r-b', 'r-a'], 'waiting at akeno');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listWaitingAt('takane'))), [], 'none waiting at takane');
    },
  },
];
