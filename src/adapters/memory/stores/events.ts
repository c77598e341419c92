import { ANONYMISED_PATRON_ID, type EventLog, type EventRecord } from '../../../ports/event-log.js';
import { stored } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

const bySeq = (a: EventRecord, b: EventRecord): number => a.seq - b.seq;

/** The event log of one unit of work; `seq` continues the committed rows (units run one at a time). */
export function memoryEvents(views: MemoryViews): SyncStore<EventLog> {
  const view = views.events;
  let appended = 0;
  const list = (index: 'reservation' | 'patron' | 'copy', key: string) => view.find(index, key).sort(bySeq);
  return {
    append: (entries) => {
      for (const entry of entries) {
        const seq = view.committedSize() + ++appended;
        view.set(String(seq), stored({ seq, ...entry }));
      }
    },
    listByReservation: (reservationId) => list('reservation', reservationId),
    listByCopy: (copyId) => (copyId === '' ? [] : list('copy', copyId)),
    listByPatron: (patronId) => list('patron', patronId),
    anonymiseReservation: (reservationId) => {
      let changed = 0;
      for (const row of view.find('reservation', reservationId)) {
        if (row.event.patronId === ANONYMISED_PATRON_ID) continue;
        view.set(String(row.seq), stored({ ...row, event: { ...row.event, patronId: ANONYMISED_PATRON_ID } }));
        changed++;
      }
      return changed;
    },
  };
}
