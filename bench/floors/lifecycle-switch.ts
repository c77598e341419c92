// The floor of a transition: a hand-written switch over plain objects with no checks, doing the
// same work as transition(): a new record with the new status and fields, and an event object.
import type { LifecycleEvent } from '../../src/lifecycle/lifecycle-event.js';

type Rec = Record<string, unknown> & { id: string; patronId: string; status: string; version: number };

/** The new record and the one event of a transition, without any rule checked. */
export function floorTransition(r: Rec, e: LifecycleEvent, at: string): { reservation: Rec; events: Record<string, unknown>[] } {
  const version = r.version + 1;
  const ev = (type: string, to: string, more?: Record<string, unknown>) => ({
    type, reservationId: r.id, patronId: r.patronId, at, from: r.status, to, ...more,
  });
  switch (e.type) {
    case 'approve':
      return { reservation: { ...r, version, status: 'reserved', queuedAt: at }, events: [ev('reservationApproved', 'reserved')] };
    case 'reject':
      return { reservation: { ...r, version, status: 'rejected', rejectedAt: at, reasons: e.reasons }, events: [ev('reservationRejected', 'rejected', { reasons: e.reasons })] };
    case 'requestCancellation':
      return { reservation: { ...r, version, cancellationRequestedAt: at }, events: [ev('cancellationRequested', r.status)] };
    case 'finaliseCancellation':
    case 'cancel': {
      const by = e.type === 'cancel' ? e.by : 'patron';
      return { reservation: { ...r, version, status: 'cancelled', cancelledAt: at, cancelledBy: by, cancelledFrom: r.status }, events: [ev('reservationCancelled', 'cancelled', { by })] };
    }
    case 'trap':
      return {
        reservation: { ...r, version, status: 'onHold', copyId: e.copyId, trappedAt: at, noticeDate: e.noticeDate, lastDay: e.lastDay },
        events: [ev('holdStarted', 'onHold', { copyId: e.copyId, noticeDate: e.noticeDate, lastDay: e.lastDay })],
      };
    case 'collect':
      return { reservation: { ...r, version, status: 'collected', collectedAt: at }, events: [ev('holdCollected', 'collected', { copyId: r.copyId })] };
    case 'lapse':
      return { reservation: { ...r, version, status: 'lapsed', lapsedAt: at }, events: [ev('holdLapsed', 'lapsed', { copyId: r.copyId })] };
    case 'changePickup':
      return { reservation: { ...r, version, pickupBranchId: e.pickupBranchId }, events: [ev('pickupChanged', r.status)] };
  }
}
