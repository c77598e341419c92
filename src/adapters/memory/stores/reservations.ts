import { ACTIVE_STATUSES, type Reservation } from '../../../model/reservation.js';
import type { ReservationStore } from '../../../ports/reservation-store.js';
import { byKeys, page, sortedCopies, versionedRows } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

const byPlacedAt = byKeys<Reservation>((r) => r.placedAt, (r) => r.id);
const byQueuedAt = byKeys<Reservation>((r) => ('queuedAt' in r ? r.queuedAt : ''), (r) => r.placedAt, (r) => r.id);
const byCancellationRequestedAt = byKeys<Reservation>(
  (r) => ('cancellationRequestedAt' in r ? (r.cancellationRequestedAt ?? '') : ''),
  (r) => r.id,
);
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
  const withStatus = (status: Reservation['status']) => view.find('status', status);
  return {
    ...versionedRows(view, 'reservations'),
    listByPatron: (patronId, options = {}) => {
      const rows = options.active === true ? view.find('activePatron', patronId) : view.find('patron', patronId);
      const kept = options.active === undefined ? rows : rows.filter((r) => isActive(r) === options.active);
      return sortedCopies(kept, byPlacedAt);
    },
    listQueue: (volumeId) =>
      sortedCopies(
        view.find('activeVolume', volumeId).filter((r) => r.status === 'reserved' && !hasPendingCancellation(r)),
        byQueuedAt,
      ),
    listByVolume: (volumeId) => sortedCopies(view.find('activeVolume', volumeId).filter(isActive), byPlacedAt),
    listRequested: () => sortedCopies(withStatus('requested'), byPlacedAt),
    listPendingCancellations: () =>
      sortedCopies([...withStatus('requested'), ...withStatus('reserved')].filter(hasPendingCancellation), byCancellationRequestedAt),
    listHoldsAt: (branchId, options) =>
      page(
        sortedCopies(
          view.find('pickup', `${branchId}\u0000onHold`).filter((r) => r.status === 'onHold' && (options.endingBefore === undefined || r.lastDay < options.endingBefore)),
          byLastDay,
        ),
        options,
      ),
    listWaitingAt: (branchId) => sortedCopies(view.find('pickup', `${branchId}\u0000reserved`), byQueuedAt),
    listHoldsEndingBefore: (date) =>
      sortedCopies(
        withStatus('onHold').filter((r) => r.status === 'onHold' && r.lastDay < date),
        byLastDay,
      ),
  };
}
