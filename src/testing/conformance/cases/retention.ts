import { ANONYMISED_PATRON_ID } from '../../../ports/event-log.js';
import { fixedClock } from '../../../ports/clock.js';
import { hokutoPolicy } from '../../../policy/presets/hokuto.js';
import { createReservationService } from '../../../service/create-reservation-service.js';
import { assertEqual, assertTrue, idsOf } from '../assert.js';
import { at, build, inUnit, insertAll } from '../fixtures.js';
import type { ConformanceCase, ConformanceStorage } from '../types.js';

/** December 2026: records that ended on the 2nd and 3rd, and on the 20th. */
function records() {
  return {
    reservations: [
      build.collected({ id: 'r-old-collected', collectedAt: at(2, 3) }),
      build.cancelled({ id: 'r-old-cancelled', cancelledAt: at(3) }),
      build.rejected({ id: 'r-old-rejected', rejectedAt: at(2), patronId: 'p-2' }),
      build.lapsed({ id: 'r-recent-lapsed', lapsedAt: at(20) }),
      build.reserved({ id: 'r-active', queuedAt: at(1) }),
    ],
    loans: [
      build.loan({ id: 'l-old', returnedAt: at(2, 5) }),
      build.loan({ id: 'l-recent', returnedAt: at(20) }),
      build.loan({ id: 'l-open', copyId: 'c-2' }),
    ],
  };
}

async function seeded(s: ConformanceStorage): Promise<void> {
  await insertAll(s, records());
  await inUnit(s, async (tx) => {
    await tx.events.append([
      { recordedAt: at(2, 3), actor: { kind: 'staff', staffId: 'staff-1' }, event: { type: 'holdCollected', reservationId: 'r-old-collected', patronId: 'p-1', at: at(2, 3), from: 'onHold', to: 'collected', copyId: 'c-1' } },
      { recordedAt: at(20), actor: { kind: 'system' }, event: { type: 'holdLapsed', reservationId: 'r-recent-lapsed', patronId: 'p-1', at: at(20), from: 'onHold', to: 'lapsed', copyId: 'c-1', lastDay: '2026-12-19' } },
    ]);
    await tx.outbox.enqueue(build.notice({ id: 'n-old', reservationId: 'r-old-collected' }));
  });
  await inUnit(s, (tx) => tx.outbox.markSent('n-old'));
}

/** The retention job of 2026-12-31 with `retentionDays: 21`: ended before 2026-12-10 00:00 in Japan. */
async function retain(s: ConformanceStorage, batchSize?: number, jobChunkSize?: number) {
  const ports = { unitOfWork: s.unitOfWork, capabilities: s.capabilities, clock: fixedClock('2026-12-31T00:00:00.000Z') };
  const service = createReservationService(ports, hokutoPolicy({ retentionDays: 21 }), { serverId: 'conformance', ...(jobChunkSize === undefined ? {} : { jobChunkSize }) });
  const result = await service.runRetention({ kind: 'system' }, { date: '2026-12-31', ...(batchSize === undefined ? {} : { batchSize }) });
  if (!result.ok) throw new Error(`runRetention: ${JSON.stringify(result)}`);
  return result.value;
}

/** The retention store methods, and the promise the retention job keeps on every storage (issue 10). */
export const retentionCases: ConformanceCase[] = [
  {
    name: 'reservations: listFinishedBefore lists final reservations that ended before, naming their patron, in id order, up to the limit',
    run: async (s) => {
      await insertAll(s, records());
      const before = '2026-12-10T00:00:00.000Z';
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listFinishedBefore(before, 10))), ['r-old-cancelled', 'r-old-collected', 'r-old-rejected'], 'finished before the 10th');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listFinishedBefore(before, 2))), ['r-old-cancelled', 'r-old-collected'], 'with a limit of 2');
      await inUnit(s, async (tx) => {
        const r = await tx.reservations.get('r-old-cancelled');
        if (r !== null) await tx.reservations.update({ ...r, patronId: ANONYMISED_PATRON_ID, version: r.version + 1 }, r.version);
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listFinishedBefore(before, 10))), ['r-old-collected', 'r-old-rejected'], 'after anonymising one');
    },
  },
  {
    name: 'loans: listReturnedBefore lists loans returned before, naming their patron, in id order, up to the limit',
    run: async (s) => {
      await insertAll(s, { loans: [...records().loans, build.loan({ id: 'l-a', returnedAt: at(1), copyId: 'c-3' })] });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.loans.listReturnedBefore('2026-12-10T00:00:00.000Z', 10))), ['l-a', 'l-old'], 'returned before the 10th');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.loans.listReturnedBefore('2026-12-10T00:00:00.000Z', 1))), ['l-a'], 'with a limit of 1');
    },
  },
  {
    name: 'outbox: anonymiseReservation empties the sent notices of a reservation and leaves pending ones',
    run: async (s) => {
      await inUnit(s, async (tx) => {
        await tx.outbox.enqueue(build.notice({ id: 'n-sent', reservationId: 'r-1' }));
        await tx.outbox.enqueue(build.notice({ id: 'n-pending', reservationId: 'r-1', createdAt: at(9) }));
      });
      await inUnit(s, (tx) => tx.outbox.markSent('n-sent'));
      assertEqual(await inUnit(s, (tx) => tx.outbox.anonymiseReservation('r-1')), 1, 'notices changed');
      assertEqual(await inUnit(s, (tx) => tx.outbox.anonymiseReservation('r-1')), 0, 'notices changed the second time');
      const pending = await inUnit(s, (tx) => tx.outbox.listPending());
      assertEqual(pending.map((n) => [n.id, n.patronId]), [['n-pending', 'p-1']], 'the pending notice keeps its patron');
    },
  },
  {
    name: '[retention] after the retention job no store holds a finished reservation or returned loan older than the period that names its patron',
    run: async (s) => {
      await seeded(s);
      const summary = await retain(s);
      assertEqual([summary.reservations, summary.loans], [3, 1], 'anonymised reservations and loans');
      for (const patronId of ['p-1', 'p-2']) {
        const named = await inUnit(s, (tx) => tx.reservations.listByPatron(patronId, { active: false }));
        assertEqual(idsOf(named), patronId === 'p-1' ? ['r-recent-lapsed'] : [], `finished reservations naming ${patronId}`);
        const loans = await inUnit(s, (tx) => tx.loans.listByPatron(patronId, { open: false }));
        assertEqual(idsOf(loans), patronId === 'p-1' ? ['l-recent'] : [], `returned loans naming ${patronId}`);
      }
      assertEqual(await inUnit(s, (tx) => tx.reservations.listFinishedBefore('2026-12-10T00:00:00.000Z', 100)), [], 'finished before the period, naming a patron');
      assertEqual(await inUnit(s, (tx) => tx.loans.listReturnedBefore('2026-12-10T00:00:00.000Z', 100)), [], 'returned before the period, naming a patron');
      assertEqual((await inUnit(s, (tx) => tx.events.listByPatron('p-1'))).map((r) => r.event.reservationId), ['r-recent-lapsed'], 'events naming p-1');
      const old = await inUnit(s, (tx) => tx.reservations.get('r-old-collected'));
      assertTrue(old !== null && old.status === 'collected' && old.collectedAt === at(2, 3) && old.patronId === ANONYMISED_PATRON_ID, 'the count and dates stay');
      const history = await inUnit(s, (tx) => tx.events.listByReservation('r-old-collected'));
      assertEqual(history.map((r) => [r.event.type, r.event.patronId, r.actor.staffId]), [['holdCollected', ANONYMISED_PATRON_ID, 'staff-1']], 'the event stays without its patron');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.loans.listByPatron('p-1', { open: true }))), ['l-open'], 'open loans keep their patron');
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByPatron('p-1', { active: true }))), ['r-active'], 'active reservations keep their patron');
    },
  },
  {
    name: '[retention] the retention job works in bounded units and, run again, changes nothing',
    run: async (s) => {
      await seeded(s);
      const first = await retain(s, 1);
      assertEqual([first.reservations, first.loans], [3, 1], 'anonymised in units of one');
      assertTrue(first.units >= 3, `ran in at least three units (ran ${first.units})`);
      const again = await retain(s, 1);
      assertEqual([again.reservations, again.loans, again.units], [0, 0, 1], 'the second run');
    },
  },
  {
    name: '[retention] the retention job in chunks (jobChunkSize) anonymises the same records, claims the date once, and a second call does nothing',
    run: async (s) => {
      await seeded(s);
      const first = await retain(s, undefined, 1);
      assertEqual([first.reservations, first.loans, first.units, first.claimed], [3, 1, 4, true], 'one chunk per record');
      assertEqual(await inUnit(s, (tx) => tx.reservations.listFinishedBefore('2026-12-10T00:00:00.000Z', 100)), [], 'finished before the period, naming a patron');
      const run = await inUnit(s, (tx) => tx.jobRuns.get('retention', '2026-12-31'));
      assertTrue(run !== null && run.finishedAt !== null, 'the day\'s retention run is finished');
      const again = await retain(s, undefined, 1);
      assertEqual([again.reservations, again.loans, again.units, again.claimed], [0, 0, 0, false], 'the second call');
    },
  },
];
