import type { Reservation } from '../../../model/reservation.js';
import { byKeys, distinct, sortedRows } from '../rows.js';
import type { MemoryViews } from '../tables.js';

const byPlacedAt = byKeys<Reservation>((r) => r.placedAt, (r) => r.id);

/** `ReservationStore.listReservedOrHeldByVolumes` on the memory tables, by the `activeVolume` index. */
export function reservedOrHeldByVolumes(views: MemoryViews, volumeIds: readonly string[]): Reservation[] {
  const rows: Reservation[] = [];
  for (const volumeId of distinct(volumeIds))
    for (const r of views.reservations.find('activeVolume', volumeId)) if (r.status === 'reserved' || r.status === 'onHold') rows.push(r);
  return sortedRows(rows, byPlacedAt);
}
