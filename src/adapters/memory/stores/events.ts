import { ANONYMISED_PATRON_ID, type EventLog } from '../../../ports/event-log.js';
import type { MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

/** The event log of the units of a storage; `seq` continues the committed log (units run one at a time). */
export function memoryEvents(views: MemoryViews): SyncStore<EventLog> {
  const view = views.events;
  return {
    append: (entries) => view.append(entries),
    listByReservation: (reservationId) => view.list('reservation', reservationId),
    listByCopy: (copyId) => (copyId === '' ? [] : view.list('copy', copyId)),
    listByPatron: (patronId) => view.list('patron', patronId),
    anonymiseReservation: (reservationId) => {
      let changed = 0;
      for (const row of view.list('reservation', reservationId)) {
        if (row.event.patronId === ANONYMISED_PATRON_ID) continue;
        view.replace(row.seq, { ...row.event, patronId: ANONYMISED_PATRON_ID });
        changed++;
      }
      return changed;
    },
  };
}
