// A realistic day of lifecycle events: mostly approvals, traps and collections, with the
// cancellations, lapses and refusals (a patron cancelling after the notice, a late collection…)
// that a library sees every day.
import type { LifecycleEvent } from '../../src/lifecycle/lifecycle-event.js';
import type { Reservation } from '../../src/model/reservation.js';
import { asStored } from './as-stored.js';
import { createRng } from './rng.js';

/** One transition to perform: a stored reservation, an event and its instant. */
export interface LifecycleCase {
  readonly reservation: Reservation;
  readonly event: LifecycleEvent;
  readonly at: string;
  /** The status expected after it, or the refusal code; checked before timing. */
  readonly expect: string;
}

/** Share of each kind of case in the mix. */
export const LIFECYCLE_MIX = {
  approve: 30,
  approvePendingCancellation: 1,
  reject: 4,
  requestCancellation: 5,
  requestCancellationCounter: 1,
  finaliseCancellation: 4,
  cancelByStaff: 3,
  cancelAfterNotice: 2,
  trap: 20,
  collect: 18,
  collectLate: 1,
  lapse: 6,
  lapseEarly: 1,
  changePickup: 2,
  collectFinal: 2,
} as const;

const BRANCHES = ['akeno', 'sutama', 'takane', 'nagasaka', 'kindaichi', 'kobuchizawa', 'hakushu', 'mukawa'];
const MORNING = '2026-12-04T00:30:00.000Z';
const PLACED = '2026-12-02T03:15:00.000Z';

/** Builds `count` cases drawn from {@link LIFECYCLE_MIX} with a fixed seed. */
export function lifecycleCases(count: number, seed = 42): LifecycleCase[] {
  const rng = createRng(seed);
  const cases: LifecycleCase[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rng.weighted(LIFECYCLE_MIX);
    const title = rng.skewed(50_000);
    const base = {
      id: `r-${i}`,
      patronId: `p-${rng.int(200_000)}`,
      titleId: `t-${title}`,
      volumeId: `t-${title}/1`,
      audiovisual: rng.chance(0.15),
      channel: 'online' as const,
      pickupBranchId: rng.pick(BRANCHES),
      placedAt: PLACED,
      version: 1 + rng.int(3),
    };
    const reserved = { ...base, status: 'reserved' as const, queuedAt: '2026-12-03T00:30:00.000Z' };
    const onHold = {
      ...reserved,
      status: 'onHold' as const,
      copyId: `c-${rng.int(120_000)}`,
      trappedAt: '2026-12-01T02:00:00.000Z',
      noticeDate: '2026-12-01',
      lastDay: '2026-12-08',
    };
    const add = (reservation: Reservation, event: LifecycleEvent, at: string, expect: string) =>
      cases.push({ reservation: asStored(reservation), event, at, expect });
    switch (kind) {
      case 'approve':
        add({ ...base, status: 'requested' }, { type: 'approve' }, MORNING, 'reserved');
        break;
      case 'approvePendingCancellation':
        add({ ...base, status: 'requested', cancellationRequestedAt: '2026-12-03T10:00:00.000Z' }, { type: 'approve' }, MORNING, 'CANCELLATION_PENDING');
        break;
      case 'reject':
        add({ ...base, status: 'requested' }, { type: 'reject', reasons: [{ rule: 'E1' }] }, MORNING, 'rejected');
        break;
      case 'requestCancellation':
      {
        const r: Reservation = rng.chance(0.5) ? { ...base, status: 'requested' } : reserved;
        add(r, { type: 'requestCancellation' }, '2026-12-04T11:00:00.000Z', r.status);
        break;
      }
      case 'requestCancellationCounter':
        add({ ...reserved, channel: 'counter' }, { type: 'requestCancellation' }, '2026-12-04T11:00:00.000Z', 'COUNTER_RESERVATION');
        break;
      case 'finaliseCancellation':
        add({ ...reserved, cancellationRequestedAt: '2026-12-03T10:00:00.000Z' }, { type: 'finaliseCancellation' }, MORNING, 'cancelled');
        break;
      case 'cancelByStaff':
        add(rng.chance(0.5) ? reserved : onHold, { type: 'cancel', by: 'staff', note: 'damaged' }, '2026-12-04T05:00:00.000Z', 'cancelled');
        break;
      case 'cancelAfterNotice':
        add(onHold, { type: 'cancel', by: 'patron' }, '2026-12-04T05:00:00.000Z', 'NOTICE_SENT');
        break;
      case 'trap':
        add(reserved, { type: 'trap', copyId: `c-${rng.int(120_000)}`, noticeDate: '2026-12-04', lastDay: '2026-12-11' }, '2026-12-04T02:00:00.000Z', 'onHold');
        break;
      case 'collect':
        add(onHold, { type: 'collect' }, `2026-12-0${2 + rng.int(6)}T04:00:00.000Z`, 'collected');
        break;
      case 'collectLate':
        add(onHold, { type: 'collect' }, '2026-12-09T01:00:00.000Z', 'HOLD_EXPIRED');
        break;
      case 'lapse':
        add(onHold, { type: 'lapse' }, '2026-12-08T15:00:00.000Z', 'lapsed');
        break;
      case 'lapseEarly':
        add(onHold, { type: 'lapse' }, '2026-12-08T14:59:59.000Z', 'HOLD_NOT_EXPIRED');
        break;
      case 'changePickup':
        add(reserved, { type: 'changePickup', pickupBranchId: rng.pick(BRANCHES) }, '2026-12-04T05:00:00.000Z', 'reserved');
        break;
      case 'collectFinal': {
        const { trappedAt: _t, noticeDate: _n, queuedAt: _q, ...rest } = onHold;
        add({ ...rest, status: 'lapsed', lapsedAt: '2026-12-08T15:00:00.000Z' }, { type: 'collect' }, MORNING, 'INVALID_TRANSITION');
        break;
      }
    }
  }
  return cases;
}
