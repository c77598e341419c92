import type { DomainEvent } from '../../../model/domain-event.js';
import { ANONYMISED_PATRON_ID, type NewEventRecord } from '../../../ports/event-log.js';
import { assertEqual, assertRejectsWithSame } from '../assert.js';
import { at, inUnit } from '../fixtures.js';
import type { ConformanceCase } from '../types.js';

function entry(event: DomainEvent, actor: NewEventRecord['actor'] = { kind: 'system' }): NewEventRecord {
  return { recordedAt: event.at, actor, event };
}

const requested: DomainEvent = { type: 'reservationRequested', reservationId: 'r-1', patronId: 'p-1', at: at(3, 1), from: null, to: 'requested' };
const approved: DomainEvent = { type: 'reservationApproved', reservationId: 'r-1', patronId: 'p-1', at: at(4), from: 'requested', to: 'reserved' };
const held: DomainEvent = {
  type: 'holdStarted', reservationId: 'r-1', patronId: 'p-1', at: at(8, 2), from: 'reserved', to: 'onHold',
  copyId: 'c-1', pickupBranchId: 'akeno', noticeDate: '2026-12-08', lastDay: '2026-12-15',
};
const other: DomainEvent = { type: 'reservationPlaced', reservationId: 'r-2', patronId: 'p-2', at: at(5), from: null, to: 'reserved' };

/** The events of each record, as the history port reads them (issue 10). */
export const eventCases: ConformanceCase[] = [
  {
    name: 'events: appended events read back by reservation, patron and copy, in the order appended, with their actor',
    run: async (s) => {
      const staff = { kind: 'staff' as const, staffId: 'staff-1', branchId: 'akeno' };
      await inUnit(s, (tx) => tx.events.append([entry(requested, { kind: 'patron' }), entry(other)]));
      await inUnit(s, (tx) => tx.events.append([entry(approved, staff), entry(held)]));
      const byReservation = await inUnit(s, (tx) => tx.events.listByReservation('r-1'));
      assertEqual(byReservation.map((r) => r.event), [requested, approved, held], 'events of r-1');
      assertEqual(byReservation.map((r) => r.actor), [{ kind: 'patron' }, staff, { kind: 'system' }], 'actors of r-1');
      assertEqual(byReservation.map((r) => r.recordedAt), [requested.at, approved.at, held.at], 'recordedAt of r-1');
      const seqs = byReservation.map((r) => r.seq);
      assertEqual([...seqs].sort((a, b) => a - b), seqs, 'seq increases in the order appended');
      assertEqual(new Set(seqs).size, 3, 'distinct seqs');
      assertEqual((await inUnit(s, (tx) => tx.events.listByPatron('p-2'))).map((r) => r.event), [other], 'events of p-2');
      assertEqual((await inUnit(s, (tx) => tx.events.listByCopy('c-1'))).map((r) => r.event), [held], 'events of c-1');
      assertEqual(await inUnit(s, (tx) => tx.events.listByCopy('c-none')), [], 'events of an unknown copy');
    },
  },
  {
    name: 'events: events appended in a unit of work that throws are not stored',
    run: async (s) => {
      const failure = new Error('the unit failed after appending');
      await assertRejectsWithSame(
        inUnit(s, async (tx) => {
          await tx.events.append([entry(requested)]);
          throw failure;
        }),
        failure,
        'the failing unit',
      );
      assertEqual(await inUnit(s, (tx) => tx.events.listByReservation('r-1')), [], 'events of r-1');
    },
  },
  {
    name: 'events: anonymiseReservation removes the patron from every event of the reservation, and only of it',
    run: async (s) => {
      await inUnit(s, (tx) => tx.events.append([entry(requested), entry(approved), entry(other)]));
      assertEqual(await inUnit(s, (tx) => tx.events.anonymiseReservation('r-1')), 2, 'events changed');
      assertEqual(await inUnit(s, (tx) => tx.events.anonymiseReservation('r-1')), 0, 'events changed the second time');
      assertEqual(await inUnit(s, (tx) => tx.events.listByPatron('p-1')), [], 'events naming p-1');
      const kept = await inUnit(s, (tx) => tx.events.listByReservation('r-1'));
      assertEqual(kept.map((r) => [r.event.type, r.event.patronId, r.event.at]), [
        ['reservationRequested', ANONYMISED_PATRON_ID, requested.at],
        ['reservationApproved', ANONYMISED_PATRON_ID, approved.at],
      ], 'the events of r-1, without their patron');
      assertEqual((await inUnit(s, (tx) => tx.events.listByPatron('p-2'))).length, 1, 'events naming p-2');
    },
  },
];
