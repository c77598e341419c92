import { ACTIVE_STATUSES, type Reservation } from '../../../model/reservation.js';
import type { ReservationStore } from '../../../ports/reservation-store.js';
import { byKeys, distinct, page, sortedRows, versionedRows } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';
import { activeOfRequesters } from './active-of-requesters.js';
import { reservedOrHeldByVolumes } from './reserved-or-held.js';

const byPlacedAt = byKeys<Reservation>((r) => r.placedAt, (r) => r.id);
const byQueuedAt = byKeys<Reservation>((r) => ('queuedAt' in r ? r.queuedAt : ''), (r) => r.placedAt, (r) => r.id);
const byCancellationRequestedAt = byKeys<Reservation>(
  (r) => ('cancellationRequestedAt' in r ? (r.cancellationRequestedAt ?? '') : ''),
  (r) => r.id,
);
const byId = byKeys<Reservation>((r) => r.id);
const byLastDay = byKeys<Reservation>((r) => ('lastDay' in r ? r.lastDay : ''), (r) => r.id);

function isActive(r: Reservation): boolean {
  return ACTIVE_STATUSES.includes(r.status);
}

function hasPendingCancellation(r: Reservation): boolean {
  return (r.status === 'requested' || r.status === 'reserved') && r.cancellationRequestedAt !== undefined;
}

/** The reservation store of one unit of work. */
export function memoryReservations(views: MemoryViews): SyncStore<ReservationStore> {
  const view = views.reservations;
  const withStatus = (status: 'requested' | 'reserved' | 'onHold') => view.find('status', status);
  return {
    ...versionedRows(view, 'reservations'),
    listByPatron: (patronId, options = {}) => {
      const rows = options.active === true ? view.find('activePatron', patronId) : view.find('patron', patronId);
      const kept = options.active === undefined ? rows : rows.filter((r) => isActive(r) === options.active);
      return sortedRows(kept, byPlacedAt);
    },
    listQueue: (volumeId) =>
      sortedRows(
        view.find('activeVolume', volumeId).filter((r) => r.status === 'reserved' && !hasPendingCancellation(r)),
        byQueuedAt,
      ),
    listByVolume: (volumeId) => sortedRows(view.find('activeVolume', volumeId), byPlacedAt),
    // Only active reservations are filed under `activePatron` and `activeVolume` (a unit's own final ones are left out by their key).
    listActiveByPatrons: (patronIds) => {
      const rows: Reservation[] = [];
      for (const id of distinct(patronIds)) view.findInto('activePatron', id, rows);
      return sortedRows(rows, byPlacedAt);
    },
    listByVolumes: (volumeIds) => {
      const rows: Reservation[] = [];
      for (const id of distinct(volumeIds)) view.findInto('activeVolume', id, rows);
      return sortedRows(rows, byPlacedAt);
    },
    listRequested: () => sortedRows(withStatus('requested'), byPlacedAt),
    listActiveOfRequesters: () => activeOfRequesters(views),
    listReservedOrHeldByVolumes: (volumeIds) => reservedOrHeldByVolumes(views, volumeIds),
    listPendingCancellations: () =>
      sortedRows([...withStatus('requested'), ...withStatus('reserved')].filter(hasPendingCancellation), byCancellationRequestedAt),
    listHoldsAt: (branchId, options) =>
      page(
        sortedRows(
          view.find('pickup', `${branchId}\u0000onHold`).filter((r) => r.status === 'onHold' && (options.endingBefore === undefined || r.lastDay < options.endingBefore)),
          byLastDay,
        ),
        options,
      ),
    listWaitingAt: (branchId) => sortedRows(view.find('pickup', `${branchId}\u0000reserved`), byQueuedAt),
    listHoldsEndingBefore: (date) =>
      sortedRows(
        withStatus('onHold').filter((r) => r.status === 'onHold' && r.lastDay < date),
        byLastDay,
      ),
    listFinishedBefore: (before, limit) => sortedRows(view.findBelow('endedNamed', before), byId).slice(0, Math.max(0, limit)),
    listPatronOptionsEndingBefore: (date) =>
      sortedRows(
        [...withStatus('requested'), ...withStatus('reserved')].filter(
          (r) =>
            (r.status === 'requested' || r.status === 'reserved') &&
            ((r.notNeededAfter !== undefined && r.notNeededAfter < date) || (r.suspendedUntil !== undefined && r.suspendedUntil < date)),
        ),
        byKeys<Reservation>((r) => r.id),
      ),
  };
}
