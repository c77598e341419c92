import { ACTIVE_STATUSES, type Reservation } from '../../../model/reservation.js';
import { byKeys, sortedRows } from '../rows.js';
import type { MemoryViews } from '../tables.js';

const byPlacedAt = byKeys<Reservation>((r) => r.placedAt, (r) => r.id);

/**
 * `ReservationStore.listActiveOfRequesters` on the memory tables: the active reservations of
 * each patron with a `requested` one, found by the `activePatron` index, sorted once.
 */
export function activeOfRequesters(views: MemoryViews): Reservation[] {
  const view = views.reservations;
  const patrons = new Set<string>();
  for (const r of view.find('status', 'requested')) if (r.status === 'requested') patrons.add(r.patronId);
  const rows: Reservation[] = [];
  for (const patronId of patrons) for (const r of view.find('activePatron', patronId)) if (ACTIVE_STATUSES.includes(r.status)) rows.push(r);
  return sortedRows(rows, byPlacedAt);
}
