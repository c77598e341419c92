import type { LifecycleEvent, LifecycleEventType } from '../../src/lifecycle/lifecycle-event.js';
import type { TransitionContext } from '../../src/lifecycle/transition.js';
import type { Reservation, ReservationStatus } from '../../src/model/reservation.js';

/** Every lifecycle event type; a new type fails the type check here until the tests know it. */
const EVENT_TYPE_SET: Record<LifecycleEventType, true> = {
  approve: true,
  reject: true,
  requestCancellation: true,
  finaliseCancellation: true,
  cancel: true,
  trap: true,
  collect: true,
  lapse: true,
  changePickup: true,
  fulfil: true,
};
export const EVENT_TYPES = Object.keys(EVENT_TYPE_SET) as LifecycleEventType[];

export const PLACED_AT = '2026-12-03T01:00:00.000Z';
export const APPROVED_AT = '2026-12-04T00:00:00.000Z';
export const TRAPPED_AT = '2026-12-08T02:00:00.000Z';
export const NOTICE_DATE = '2026-12-08';
export const LAST_DAY = '2026-12-15';
/** 23:59:59.999 JST on the last day of the hold. */
export const LAST_MOMENT_OF_HOLD = '2026-12-15T14:59:59.999Z';
/** 00:00 JST on the day after the last day. */
export const FIRST_MOMENT_AFTER_HOLD = '2026-12-15T15:00:00.000Z';

const base = {
  id: 'r-1',
  patronId: 'p-1',
  titleId: 't-1',
  volumeId: 't-1/1',
  audiovisual: false,
  pickupBranchId: 'akeno',
  placedAt: PLACED_AT,
} as const;

/** A reservation in a given status, online unless the overrides say otherwise. */
export function reservationIn(status: ReservationStatus, overrides: Partial<Record<string, unknown>> = {}): Reservation {
  const online = { ...base, channel: 'online' as const };
  const byStatus: Record<ReservationStatus, Reservation> = {
    requested: { ...online, version: 0, status: 'requested' },
    reserved: { ...online, version: 1, status: 'reserved', queuedAt: APPROVED_AT },
    rejected: { ...online, version: 1, status: 'rejected', rejectedAt: APPROVED_AT, reasons: [{ rule: 'E4' }] },
    onHold: {
      ...online,
      version: 2,
      status: 'onHold',
      queuedAt: APPROVED_AT,
      copyId: 'c-1',
      trappedAt: TRAPPED_AT,
      noticeDate: NOTICE_DATE,
      lastDay: LAST_DAY,
    },
    collected: { ...online, version: 3, status: 'collected', copyId: 'c-1', collectedAt: '2026-12-09T03:00:00.000Z' },
    lapsed: { ...online, version: 3, status: 'lapsed', copyId: 'c-1', lastDay: LAST_DAY, lapsedAt: FIRST_MOMENT_AFTER_HOLD },
    cancelled: {
      ...online,
      version: 2,
      status: 'cancelled',
      cancelledAt: APPROVED_AT,
      cancelledBy: 'patron',
      cancelledFrom: 'requested',
    },
  };
  return { ...byStatus[status], ...overrides } as Reservation;
}

/** A well-formed event of a given type. */
export function eventOf(type: LifecycleEventType, by: 'patron' | 'staff' = 'staff'): LifecycleEvent {
  switch (type) {
    case 'reject':
      return { type, reasons: [{ rule: 'E4' }] };
    case 'cancel':
      return { type, by };
    case 'trap':
      return { type, copyId: 'c-9', noticeDate: NOTICE_DATE, lastDay: LAST_DAY };
    case 'changePickup':
      return { type, pickupBranchId: 'sutama' };
    case 'fulfil':
      return { type, copyId: 'c-9' };
    default:
      return { type };
  }
}

/** The reservation a row of the table applies to: a pending cancellation when the event finalises one. */
export function reservationFor(from: ReservationStatus, event: LifecycleEventType): Reservation {
  return event === 'finaliseCancellation' ? reservationIn(from, { cancellationRequestedAt: APPROVED_AT }) : reservationIn(from);
}

/** A moment at which the event is on time: within the hold to collect, after it to lapse. */
export function contextFor(event: LifecycleEventType): TransitionContext {
  if (event === 'lapse') return { at: FIRST_MOMENT_AFTER_HOLD };
  if (event === 'collect') return { at: LAST_MOMENT_OF_HOLD };
  return { at: '2026-12-09T00:00:00.000Z' };
}

/** Freezes a value and everything it holds. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
