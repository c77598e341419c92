import type { Reservation } from '../../../model/reservation.js';
import { assertEqual, assertRejectsWith, assertTrue, idsOf } from '../assert.js';
import { at, build, inUnit, insertAll, writable, tryToChange } from '../fixtures.js';
import type { ConformanceCase } from '../types.js';

const everyStatus: Reservation[] = [
  build.requested({ id: 'r-requested', cancellationRequestedAt: at(3, 5) }),
  build.reserved({ id: 'r-reserved' }),
  build.rejected({ id: 'r-rejected' }),
  build.onHold({ id: 'r-onhold' }),
  build.collected({ id: 'r-collected' }),
  build.lapsed({ id: 'r-lapsed' }),
  build.cancelled({ id: 'r-cancelled' }),
];

export const reservationCases: ConformanceCase[] = [
  {
    name: 'reservations: get returns null for an unknown id',
    run: async (s) => {
      assertEqual(await inUnit(s, (tx) => tx.reservations.get('r-none')), null, 'get of an unknown id');
    },
  },
  {
    name: 'reservations: a reservation of every status reads back as written',
    run: async (s) => {
      await insertAll(s, { reservations: everyStatus });
      for (const r of everyStatus) {
        assertEqual(await inUnit(s, (tx) => tx.reservations.get(r.id)), r, `get(${r.id}) after insert`);
      }
    },
  },
  {
    name: 'reservations: callers cannot change the stored state through returned or inserted objects',
    run: async (s) => {
      const original = build.reserved({ id: 'r-1' });
      const inserted = { ...original };
      await insertAll(s, { reservations: [inserted] });
      writable(inserted).pickupBranchId = 'changed-after-insert';
      const got = await inUnit(s, (tx) => tx.reservations.get('r-1'));
      assertTrue(got !== null, 'the reservation exists');
      if (got) tryToChange(got, (w) => { w.pickupBranchId = 'changed-after-get'; });
      const listed = await inUnit(s, (tx) => tx.reservations.listQueue('t-1/1'));
      for (const r of listed) tryToChange(r, (w) => { w.volumeId = 'changed-after-list'; });
      assertEqual(await inUnit(s, (tx) => tx.reservations.get('r-1')), original, 'stored reservation after callers changed their objects');
    },
  },
  {
    name: 'reservations: insert of an existing id fails with VERSION_CONFLICT and keeps the stored record',
    run: async (s) => {
      const r = build.requested({ id: 'r-1' });
      await insertAll(s, { reservations: [r] });
      await assertRejectsWith(
        inUnit(s, (tx) => tx.reservations.insert({ ...r, pickupBranchId: 'mukawa' })),
        'VERSION_CONFLICT',
        { table: 'reservations', id: 'r-1', expected: null },
        'second insert of r-1',
      );
      assertEqual(await inUnit(s, (tx) => tx.reservations.get('r-1')), r, 'r-1 after the failed insert');
    },
  },
  {
    name: 'reservations: update with the stored version replaces the record',
    run: async (s) => {
      const r = build.requested({ id: 'r-1' });
      await insertAll(s, { reservations: [r] });
      const next = build.reserved({ id: 'r-1', version: 1, queuedAt: at(4) });
      await inUnit(s, (tx) => tx.reservations.update(next, 0));
      assertEqual(await inUnit(s, (tx) => tx.reservations.get('r-1')), next, 'r-1 after update');
      const after = build.onHold({ id: 'r-1', version: 2 });
      await inUnit(s, (tx) => tx.reservations.update(after, 1));
      assertEqual(await inUnit(s, (tx) => tx.reservations.get('r-1')), after, 'r-1 after a second update');
    },
  },
  {
    name: 'reservations: update with a stale expected version fails with VERSION_CONFLICT naming table, id, expected and actual',
    run: async (s) => {
      const r = build.reserved({ id: 'r-1', version: 3 });
      await insertAll(s, { reservations: [r] });
      await assertRejectsWith(
        inUnit(s, (tx) => tx.reservations.update({ ...r, version: 3, pickupBranchId: 'mukawa' }, 2)),
        'VERSION_CONFLICT',
        { table: 'reservations', id: 'r-1', expected: 2, actual: 3 },
        'update expecting version 2 of a record at version 3',
      );
      assertEqual(await inUnit(s, (tx) => tx.reservations.get('r-1')), r, 'r-1 after the stale update');
    },
  },
  {
    name: 'reservations: update whose next version is not expected + 1 fails with VERSION_CONFLICT',
    run: async (s) => {
      const r = build.reserved({ id: 'r-1', version: 1 });
      await insertAll(s, { reservations: [r] });
      for (const wrong of [1, 3]) {
        await assertRejectsWith(
          inUnit(s, (tx) => tx.reservations.update({ ...r, version: wrong, pickupBranchId: 'mukawa' }, 1)),
          'VERSION_CONFLICT',
          { table: 'reservations', id: 'r-1', expected: 1 },
          `update to version ${wrong} expecting 1`,
        );
      }
      assertEqual(await inUnit(s, (tx) => tx.reservations.get('r-1')), r, 'r-1 after the rejected updates');
    },
  },
  {
    name: 'reservations: update of an unknown id fails with NOT_FOUND',
    run: async (s) => {
      await assertRejectsWith(
        inUnit(s, (tx) => tx.reservations.update(build.reserved({ id: 'r-none', version: 1 }), 0)),
        'NOT_FOUND',
        { table: 'reservations', id: 'r-none' },
        'update of r-none',
      );
      assertEqual(await inUnit(s, (tx) => tx.reservations.get('r-none')), null, 'r-none after the failed update');
    },
  },
  {
    name: 'reservations: of ten concurrent updates expecting the same version, exactly one wins',
    run: async (s) => {
      const r = build.requested({ id: 'r-1' });
      await insertAll(s, { reservations: [r] });
      const branches = ['akeno', 'sutama', 'takane', 'nagasaka', 'kindaichi', 'kobuchizawa', 'hakushu', 'mukawa', 'b-9', 'b-10'];
      const attempts = branches.map((pickupBranchId) => ({ ...r, version: 1, pickupBranchId }));
      const outcomes = await Promise.allSettled(attempts.map((next) => inUnit(s, (tx) => tx.reservations.update(next, 0))));
      const winners = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [attempts[i]] : []));
      assertEqual(winners.length, 1, 'number of updates that succeeded');
      for (const o of outcomes) {
        if (o.status === 'rejected') await assertRejectsWith(Promise.reject(o.reason), 'VERSION_CONFLICT', { table: 'reservations', id: 'r-1' }, 'a losing update');
      }
      assertEqual(await inUnit(s, (tx) => tx.reservations.get('r-1')), winners[0], 'r-1 holds the winning update');
    },
  },
  {
    name: '[C2] listQueue gives reserved reservations of the volume by queuedAt, then placedAt, then id, without requested or pending-cancellation ones',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.reserved({ id: 'r-c', queuedAt: at(4, 2), placedAt: at(3, 1) }),
          build.reserved({ id: 'r-b', queuedAt: at(4, 1), placedAt: at(3, 1) }),
          build.reserved({ id: 'r-a', queuedAt: at(4, 2), placedAt: at(3, 1) }),
          build.reserved({ id: 'r-d', queuedAt: at(4, 2), placedAt: at(2, 23) }),
          build.reserved({ id: 'r-e', queuedAt: at(4, 0), placedAt: at(3, 1), cancellationRequestedAt: at(4, 5) }),
          build.requested({ id: 'r-f', placedAt: at(1) }),
          build.onHold({ id: 'r-g', queuedAt: at(1) }),
          build.cancelled({ id: 'r-h', cancelledFrom: 'reserved' }),
          build.reserved({ id: 'r-i', volumeId: 't-1/2', queuedAt: at(1) }),
        ],
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listQueue('t-1/1'))), ['r-b', 'r-d', 'r-a', 'r-c'], 'queue of t-1/1');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listQueue('t-9/1'))), [], 'queue of a volume without reservations');
    },
  },
  {
    name: 'reservations: listByVolume gives every active reservation of the volume by placedAt, then id',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.onHold({ id: 'r-c', placedAt: at(3, 1) }),
          build.requested({ id: 'r-b', placedAt: at(3, 2), cancellationRequestedAt: at(3, 3) }),
          build.reserved({ id: 'r-a', placedAt: at(3, 1), cancellationRequestedAt: at(4, 5) }),
          build.lapsed({ id: 'r-d', placedAt: at(1) }),
          build.rejected({ id: 'r-e', placedAt: at(1) }),
          build.collected({ id: 'r-f', placedAt: at(1) }),
          build.cancelled({ id: 'r-g', placedAt: at(1) }),
          build.requested({ id: 'r-h', volumeId: 't-1/2' }),
        ],
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByVolume('t-1/1'))), ['r-a', 'r-c', 'r-b'], 'active reservations of t-1/1');
    },
  },
  {
    name: 'reservations: listByVolumes gives the active reservations of every listed volume by placedAt, then id, as listByVolume does for each',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.onHold({ id: 'r-c', placedAt: at(3, 1) }),
          build.requested({ id: 'r-b', placedAt: at(3, 2), cancellationRequestedAt: at(3, 3) }),
          build.reserved({ id: 'r-a', volumeId: 't-1/2', placedAt: at(3, 1) }),
          build.lapsed({ id: 'r-d', placedAt: at(1) }),
          build.cancelled({ id: 'r-g', volumeId: 't-1/2', placedAt: at(1) }),
          build.requested({ id: 'r-h', volumeId: 't-1/3', placedAt: at(1) }),
        ],
      });
      const listed = await inUnit(s, (tx) => tx.reservations.listByVolumes(['t-1/2', 't-1/1', 't-none/1', 't-1/1']));
      assertEqual(idsOf(listed), ['r-a', 'r-c', 'r-b'], 'active reservations of t-1/1 and t-1/2, an unknown and a repeated id');
      for (const volumeId of ['t-1/1', 't-1/2']) {
        const one = await inUnit(s, (tx) => tx.reservations.listByVolume(volumeId));
        assertEqual(listed.filter((r) => r.volumeId === volumeId), one, `listByVolumes of ${volumeId} as listByVolume`);
      }
      assertEqual(await inUnit(s, (tx) => tx.reservations.listByVolumes([])), [], 'no volumes');
      for (const r of listed) tryToChange(r, (w) => { w.status = 'cancelled'; });
      assertEqual((await inUnit(s, (tx) => tx.reservations.get('r-a')))?.status, 'reserved', 'r-a after a caller changed a listed object');
    },
  },
  {
    name: '[E1] reservations: listActiveByPatrons gives the active reservations of every listed patron by placedAt, then id',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.requested({ id: 'r-b', placedAt: at(3, 1) }),
          build.lapsed({ id: 'r-a', placedAt: at(3, 1) }),
          build.reserved({ id: 'r-c', placedAt: at(2) }),
          build.onHold({ id: 'r-e', placedAt: at(5) }),
          build.requested({ id: 'r-f', patronId: 'p-2', placedAt: at(3, 1) }),
          build.cancelled({ id: 'r-g', patronId: 'p-2', placedAt: at(1) }),
          build.requested({ id: 'r-h', patronId: 'p-3', placedAt: at(1) }),
        ],
      });
      const listed = await inUnit(s, (tx) => tx.reservations.listActiveByPatrons(['p-2', 'p-1', 'p-none', 'p-2']));
      assertEqual(idsOf(listed), ['r-c', 'r-b', 'r-f', 'r-e'], 'active of p-1 and p-2, an unknown and a repeated id');
      for (const patronId of ['p-1', 'p-2']) {
        const one = await inUnit(s, (tx) => tx.reservations.listByPatron(patronId, { active: true }));
        assertEqual(listed.filter((r) => r.patronId === patronId), one, `listActiveByPatrons of ${patronId} as listByPatron active`);
      }
      assertEqual(await inUnit(s, (tx) => tx.reservations.listActiveByPatrons([])), [], 'no patrons');
    },
  },
  {
    // Optional on the port: a store without it is read with listRequested and listActiveByPatrons, and has nothing to check here.
    name: '[C1][E1] reservations: listActiveOfRequesters gives the active reservations of every patron with a request, by placedAt, then id',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.requested({ id: 'r-b', placedAt: at(3, 1) }),
          build.lapsed({ id: 'r-a', placedAt: at(3, 1) }),
          build.reserved({ id: 'r-c', placedAt: at(2) }),
          build.onHold({ id: 'r-e', placedAt: at(5) }),
          build.cancelled({ id: 'r-d', placedAt: at(1), cancelledFrom: 'requested' }),
          build.reserved({ id: 'r-x', patronId: 'p-2', placedAt: at(1) }),
          build.onHold({ id: 'r-y', patronId: 'p-2', placedAt: at(2) }),
          build.requested({ id: 'r-f', patronId: 'p-3', placedAt: at(3, 1), cancellationRequestedAt: at(3, 2) }),
          build.reserved({ id: 'r-g', patronId: 'p-3', placedAt: at(4) }),
          build.rejected({ id: 'r-h', patronId: 'p-4', placedAt: at(1) }),
        ],
      });
      if ((await inUnit(s, async (tx) => tx.reservations.listActiveOfRequesters)) === undefined) return;
      const listed = await inUnit(s, async (tx) => (await tx.reservations.listActiveOfRequesters?.()) ?? []);
      assertEqual(idsOf(listed), ['r-c', 'r-b', 'r-f', 'r-g', 'r-e'], 'active of p-1 and p-3 (p-2 has no request, p-4 nothing active)');
      const requested = await inUnit(s, (tx) => tx.reservations.listRequested());
      assertEqual(listed.filter((r) => r.status === 'requested'), requested, 'its requested ones as listRequested');
      for (const patronId of ['p-1', 'p-3']) {
        const one = await inUnit(s, (tx) => tx.reservations.listByPatron(patronId, { active: true }));
        assertEqual(listed.filter((r) => r.patronId === patronId), one, `listActiveOfRequesters of ${patronId} as listByPatron active`);
      }
      const inTheUnit = await inUnit(s, async (tx) => {
        await tx.reservations.insert(build.requested({ id: 'r-z', patronId: 'p-2', placedAt: at(3) }));
        await tx.reservations.update(build.reserved({ id: 'r-b', placedAt: at(3, 1), version: 1 }), 0);
        await tx.reservations.update(build.cancelled({ id: 'r-f', patronId: 'p-3', placedAt: at(3, 1), cancelledFrom: 'requested', version: 1 }), 0);
        return idsOf((await tx.reservations.listActiveOfRequesters?.()) ?? []);
      });
      assertEqual(inTheUnit, ['r-x', 'r-y', 'r-z'], "the unit's own writes: p-2's request added, p-1's approved, p-3's cancelled");
      for (const r of listed) tryToChange(r, (w) => { w.status = 'cancelled'; });
      assertEqual((await inUnit(s, (tx) => tx.reservations.get('r-c')))?.status, 'reserved', 'r-c after a caller changed a listed object');
    },
  },
  {
    // Optional on the port, as listActiveOfRequesters.
    name: '[C2] reservations: listReservedOrHeldByVolumes gives the reserved and onHold reservations of every listed volume by placedAt, then id',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.onHold({ id: 'r-c', placedAt: at(3, 1) }),
          build.requested({ id: 'r-b', placedAt: at(3, 2) }),
          build.reserved({ id: 'r-a', volumeId: 't-1/2', placedAt: at(3, 1), cancellationRequestedAt: at(4, 5) }),
          build.reserved({ id: 'r-e', patronId: 'p-2', placedAt: at(3, 1) }),
          build.lapsed({ id: 'r-d', placedAt: at(1) }),
          build.cancelled({ id: 'r-g', volumeId: 't-1/2', placedAt: at(1) }),
          build.reserved({ id: 'r-h', volumeId: 't-1/3', placedAt: at(1) }),
        ],
      });
      if ((await inUnit(s, async (tx) => tx.reservations.listReservedOrHeldByVolumes)) === undefined) return;
      const listed = await inUnit(s, async (tx) => (await tx.reservations.listReservedOrHeldByVolumes?.(['t-1/2', 't-1/1', 't-none/1', 't-1/1'])) ?? []);
      assertEqual(idsOf(listed), ['r-a', 'r-c', 'r-e'], 'reserved and held of t-1/1 and t-1/2, an unknown and a repeated id');
      for (const volumeId of ['t-1/1', 't-1/2']) {
        const one = await inUnit(s, (tx) => tx.reservations.listByVolume(volumeId));
        assertEqual(listed.filter((r) => r.volumeId === volumeId), one.filter((r) => r.status !== 'requested'), `listReservedOrHeldByVolumes of ${volumeId} as listByVolume without requests`);
      }
      assertEqual(await inUnit(s, async (tx) => (await tx.reservations.listReservedOrHeldByVolumes?.([])) ?? null), [], 'no volumes');
      const inTheUnit = await inUnit(s, async (tx) => {
        await tx.reservations.update(build.reserved({ id: 'r-b', placedAt: at(3, 2), version: 1 }), 0);
        await tx.reservations.update(build.lapsed({ id: 'r-c', placedAt: at(3, 1), version: 3 }), 2);
        return idsOf((await tx.reservations.listReservedOrHeldByVolumes?.(['t-1/1'])) ?? []);
      });
      assertEqual(inTheUnit, ['r-e', 'r-b'], "the unit's own writes: r-b approved, r-c lapsed");
    },
  },
  {
    name: '[C1] reservations: listActiveOfRequesters of a store without requests is empty',
    run: async (s) => {
      await insertAll(s, { reservations: [build.reserved({ id: 'r-a' }), build.onHold({ id: 'r-b', patronId: 'p-2' }), build.rejected({ id: 'r-c' })] });
      const listed = await inUnit(s, async (tx) => (await tx.reservations.listActiveOfRequesters?.()) ?? []);
      assertEqual(listed, [], 'no requests');
    },
  },
  {
    name: 'reservations: listByPatron filters by active and orders by placedAt, then id',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.requested({ id: 'r-b', placedAt: at(3, 1) }),
          build.lapsed({ id: 'r-a', placedAt: at(3, 1) }),
          build.reserved({ id: 'r-c', placedAt: at(2) }),
          build.cancelled({ id: 'r-d', placedAt: at(1) }),
          build.onHold({ id: 'r-e', placedAt: at(5) }),
          build.requested({ id: 'r-f', patronId: 'p-2', placedAt: at(1) }),
        ],
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByPatron('p-1'))), ['r-d', 'r-c', 'r-a', 'r-b', 'r-e'], 'all of p-1');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByPatron('p-1', {}))), ['r-d', 'r-c', 'r-a', 'r-b', 'r-e'], 'all of p-1, empty options');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByPatron('p-1', { active: true }))), ['r-c', 'r-b', 'r-e'], 'active of p-1');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByPatron('p-1', { active: false }))), ['r-d', 'r-a'], 'final of p-1');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByPatron('p-3'))), [], 'a patron without reservations');
    },
  },
  {
    name: '[C1] listRequested gives every requested reservation, pending cancellations included, by placedAt, then id',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.requested({ id: 'r-c', placedAt: at(3, 1), volumeId: 't-2/1' }),
          build.requested({ id: 'r-b', placedAt: at(3, 1) }),
          build.requested({ id: 'r-a', placedAt: at(3, 9), cancellationRequestedAt: at(3, 10) }),
          build.requested({ id: 'r-d', placedAt: at(2), patronId: 'p-2' }),
          build.reserved({ id: 'r-e', placedAt: at(1) }),
          build.rejected({ id: 'r-f', placedAt: at(1) }),
          build.cancelled({ id: 'r-g', placedAt: at(1), cancelledFrom: 'requested' }),
        ],
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listRequested())), ['r-d', 'r-b', 'r-c', 'r-a'], 'requested reservations');
    },
  },
  {
    name: '[F2] listPendingCancellations gives requested and reserved ones with a pending cancellation, by cancellationRequestedAt, then id',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.requested({ id: 'r-c', cancellationRequestedAt: at(4, 1) }),
          build.reserved({ id: 'r-b', cancellationRequestedAt: at(4, 1) }),
          build.reserved({ id: 'r-a', cancellationRequestedAt: at(4, 3) }),
          build.requested({ id: 'r-d' }),
          build.reserved({ id: 'r-e' }),
          build.cancelled({ id: 'r-f', cancelledFrom: 'requested' }),
        ],
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listPendingCancellations())), ['r-b', 'r-c', 'r-a'], 'pending cancellations');
    },
  },
  {
    name: '[D3] listHoldsEndingBefore gives holds whose last day is strictly before the date, by lastDay, then id',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.onHold({ id: 'r-c', lastDay: '2026-12-14' }),
          build.onHold({ id: 'r-b', lastDay: '2026-12-14' }),
          build.onHold({ id: 'r-a', lastDay: '2026-12-15' }),
          build.onHold({ id: 'r-d', lastDay: '2026-12-01', volumeId: 't-2/1' }),
          build.onHold({ id: 'r-e', lastDay: '2026-12-16' }),
          build.lapsed({ id: 'r-f', lastDay: '2026-12-01' }),
        ],
      });
      const ending = (date: string) => inUnit(s, (tx) => tx.reservations.listHoldsEndingBefore(date));
      assertEqual(idsOf(await ending('2026-12-15')), ['r-d', 'r-b', 'r-c'], 'holds ending before 2026-12-15');
      assertEqual(idsOf(await ending('2026-12-16')), ['r-d', 'r-b', 'r-c', 'r-a'], 'holds ending before 2026-12-16');
      assertEqual(idsOf(await ending('2026-12-01')), [], 'holds ending before 2026-12-01');
    },
  },
  {
    name: 'reservations: reads inside a unit of work see its own writes',
    run: async (s) => {
      await insertAll(s, { reservations: [build.requested({ id: 'r-1' })] });
      await inUnit(s, async (tx) => {
        await tx.reservations.insert(build.reserved({ id: 'r-2', queuedAt: at(4, 3) }));
        await tx.reservations.update(build.reserved({ id: 'r-1', version: 1, queuedAt: at(4, 4) }), 0);
        assertEqual(idsOf(await tx.reservations.listQueue('t-1/1')), ['r-2', 'r-1'], 'queue inside the unit');
        assertEqual(idsOf(await tx.reservations.listRequested()), [], 'requested inside the unit');
        assertEqual((await tx.reservations.get('r-1'))?.status, 'reserved', 'status of r-1 inside the unit');
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listQueue('t-1/1'))), ['r-2', 'r-1'], 'queue after commit');
    },
  },
  // issue 10: the patron's options and the notice's send instant
  {
    name: '[P13][P14] reservations: the patron options and noticeSentAt read back as written',
    run: async (s) => {
      const rows = [
        build.requested({ id: 'r-1', notNeededAfter: '2026-12-31', suspendedUntil: '2026-12-20' }),
        build.reserved({ id: 'r-2', notNeededAfter: '2027-01-31' }),
        build.onHold({ id: 'r-3', noticeSentAt: at(8, 22) }),
      ];
      await insertAll(s, { reservations: rows });
      for (const r of rows) assertEqual(await inUnit(s, (tx) => tx.reservations.get(r.id)), r, `get(${r.id})`);
    },
  },
  {
    name: '[P13][P14] reservations: listPatronOptionsEndingBefore lists requested and reserved ones whose date is before, in id order',
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.reserved({ id: 'r-c', notNeededAfter: '2026-12-09' }),
          build.requested({ id: 'r-a', suspendedUntil: '2026-12-01' }),
          build.reserved({ id: 'r-b', notNeededAfter: '2026-12-10', suspendedUntil: '2026-12-10' }),
          build.reserved({ id: 'r-d' }),
          build.cancelled({ id: 'r-e' }),
        ],
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listPatronOptionsEndingBefore('2026-12-10'))), ['r-a', 'r-c'], 'ending before the 10th');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listPatronOptionsEndingBefore('2026-12-01'))), [], 'ending before the 1st');
    },
  },
];
