import { describe, expect, it } from 'vitest';
import { holdLastDay } from '../../src/calendar/hold-last-day.js';
import { japanDateOf } from '../../src/calendar/japan-date.js';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { transition, type TransitionResult } from '../../src/lifecycle/transition.js';
import type { Reservation } from '../../src/model/reservation.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { createCounterReservation, createOnlineRequest } from '../../src/lifecycle/create.js';
import { FIRST_MOMENT_AFTER_HOLD, LAST_DAY, LAST_MOMENT_OF_HOLD, NOTICE_DATE, reservationIn } from './fixtures.js';

const AT = { at: '2026-12-09T00:00:00.000Z' };

function accepted(result: TransitionResult): Reservation {
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} (${result.refusal.rule})`);
  return result.reservation;
}

function refusalOf(result: TransitionResult) {
  if (result.ok) throw new Error(`accepted: ${result.reservation.status}`);
  return result.refusal;
}

const counterInput = {
  id: 'r-2', patronId: 'p-2', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, pickupBranchId: 'akeno', at: '2026-12-03T01:00:00.000Z',
};

describe('[F2] online cancellation', () => {
  it.each(['requested', 'reserved'] as const)('[F2] a %s reservation: requestCancellation, then the batch finalises it', (status) => {
    const pending = accepted(transition(reservationIn(status), { type: 'requestCancellation' }, { at: '2026-12-04T10:00:00.000Z' }));
    expect(pending.status).toBe(status);
    expect(pending).toMatchObject({ cancellationRequestedAt: '2026-12-04T10:00:00.000Z' });
    const result = transition(pending, { type: 'finaliseCancellation' }, { at: '2026-12-05T00:00:00.000Z' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.reservation).toMatchObject({ status: 'cancelled', cancelledBy: 'patron', cancelledFrom: status, cancelledAt: '2026-12-05T00:00:00.000Z' });
      expect(result.events[0]).toMatchObject({ type: 'reservationCancelled', by: 'patron', from: status, to: 'cancelled' });
    }
  });

  it('[F2] requestCancellation produces a cancellationRequested event and keeps the status', () => {
    const result = transition(reservationIn('reserved'), { type: 'requestCancellation' }, AT);
    expect(result.ok && result.events).toEqual([
      { type: 'cancellationRequested', reservationId: 'r-1', patronId: 'p-1', at: AT.at, from: 'reserved', to: 'reserved' },
    ]);
  });

  it('[F2] with a cancellation pending, approval is refused with CANCELLATION_PENDING', () => {
    const pending = reservationIn('requested', { cancellationRequestedAt: '2026-12-04T10:00:00.000Z' });
    expect(refusalOf(transition(pending, { type: 'approve' }, AT))).toEqual({ code: 'CANCELLATION_PENDING', rule: 'F2' });
  });

  it('[F2] with a cancellation pending, the reservation takes no copy: trap is refused with CANCELLATION_PENDING', () => {
    const pending = reservationIn('reserved', { cancellationRequestedAt: '2026-12-04T10:00:00.000Z' });
    const trap = { type: 'trap', copyId: 'c-1', noticeDate: NOTICE_DATE, lastDay: LAST_DAY } as const;
    expect(refusalOf(transition(pending, trap, AT))).toEqual({ code: 'CANCELLATION_PENDING', rule: 'F2' });
  });

  it('[F2] a second online cancellation is refused with CANCELLATION_PENDING', () => {
    const pending = reservationIn('requested', { cancellationRequestedAt: '2026-12-04T10:00:00.000Z' });
    expect(refusalOf(transition(pending, { type: 'requestCancellation' }, AT))).toEqual({ code: 'CANCELLATION_PENDING', rule: 'F2' });
    expect(refusalOf(transition(pending, { type: 'cancel', by: 'patron' }, AT))).toEqual({ code: 'CANCELLATION_PENDING', rule: 'F2' });
  });

  it('[F2] finaliseCancellation without a pending cancellation is refused', () => {
    expect(refusalOf(transition(reservationIn('reserved'), { type: 'finaliseCancellation' }, AT)).code).toBe('INVALID_TRANSITION');
  });

  it('[F2] staff may still cancel a reservation whose online cancellation is pending', () => {
    const pending = reservationIn('reserved', { cancellationRequestedAt: '2026-12-04T10:00:00.000Z' });
    expect(accepted(transition(pending, { type: 'cancel', by: 'staff' }, AT))).toMatchObject({ status: 'cancelled', cancelledBy: 'staff' });
  });
});

describe('[F3] counter reservations', () => {
  const counter = createCounterReservation(counterInput).reservation;

  it('[F3] the patron cannot cancel a counter reservation online', () => {
    expect(refusalOf(transition(counter, { type: 'requestCancellation' }, AT))).toEqual({ code: 'COUNTER_RESERVATION', rule: 'F3' });
    expect(refusalOf(transition(counter, { type: 'cancel', by: 'patron' }, AT))).toEqual({ code: 'COUNTER_RESERVATION', rule: 'F3' });
  });

  it('[F3] staff can cancel it', () => {
    expect(accepted(transition(counter, { type: 'cancel', by: 'staff' }, AT))).toMatchObject({ status: 'cancelled', cancelledBy: 'staff', cancelledFrom: 'reserved' });
  });
});

describe('[F4] after the hold notice', () => {
  const onHold = reservationIn('onHold');

  it('[F4] the patron cannot cancel an onHold reservation online', () => {
    expect(refusalOf(transition(onHold, { type: 'cancel', by: 'patron' }, AT))).toEqual({ code: 'NOTICE_SENT', rule: 'F4' });
    expect(refusalOf(transition(onHold, { type: 'requestCancellation' }, AT))).toEqual({ code: 'NOTICE_SENT', rule: 'F4' });
  });

  it('[F4] staff can cancel it, and the copy is released with it', () => {
    const result = transition(onHold, { type: 'cancel', by: 'staff', note: 'patron phoned' }, AT);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.reservation).toMatchObject({ status: 'cancelled', cancelledBy: 'staff', cancelledFrom: 'onHold', copyId: 'c-1', note: 'patron phoned' });
      expect(result.events[0]).toMatchObject({ type: 'reservationCancelled', by: 'staff', copyId: 'c-1', from: 'onHold' });
    }
  });
});

describe('[F5] changes', () => {
  it('[F5] changing the pickup of a requested reservation is refused: cancel and reserve again', () => {
    expect(refusalOf(transition(reservationIn('requested'), { type: 'changePickup', pickupBranchId: 'sutama' }, AT))).toEqual({
      code: 'ONLINE_CHANGE_NOT_ALLOWED',
      rule: 'F5',
    });
  });

  it('[F5] staff may change the pickup of a reserved one', () => {
    const result = transition(reservationIn('reserved'), { type: 'changePickup', pickupBranchId: 'sutama' }, AT);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.reservation).toMatchObject({ status: 'reserved', pickupBranchId: 'sutama', queuedAt: '2026-12-04T00:00:00.000Z' });
      expect(result.events[0]).toMatchObject({ type: 'pickupChanged', pickupBranchId: 'sutama' });
    }
  });

  it('[F5] an onHold reservation cannot change its pickup', () => {
    expect(refusalOf(transition(reservationIn('onHold'), { type: 'changePickup', pickupBranchId: 'sutama' }, AT)).code).toBe('INVALID_TRANSITION');
  });
});

describe('[D2] collecting a hold', () => {
  const onHold = reservationIn('onHold');

  it('[D2] is allowed on the last day, to 23:59:59.999 JST', () => {
    expect(japanDateOf(LAST_MOMENT_OF_HOLD)).toBe(LAST_DAY);
    const result = transition(onHold, { type: 'collect' }, { at: LAST_MOMENT_OF_HOLD });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.reservation).toMatchObject({ status: 'collected', copyId: 'c-1', collectedAt: LAST_MOMENT_OF_HOLD });
      expect(result.events[0]).toMatchObject({ type: 'holdCollected', copyId: 'c-1' });
    }
  });

  it('[D2] is allowed from 00:00 JST of the last day, although UTC still says the day before', () => {
    expect(accepted(transition(onHold, { type: 'collect' }, { at: '2026-12-14T15:00:00.000Z' })).status).toBe('collected');
  });

  it('[D2] is refused with HOLD_EXPIRED from 00:00 JST the day after', () => {
    expect(refusalOf(transition(onHold, { type: 'collect' }, { at: FIRST_MOMENT_AFTER_HOLD }))).toEqual({
      code: 'HOLD_EXPIRED',
      rule: 'D2',
      params: { lastDay: LAST_DAY },
    });
  });

  it('[D2] is refused in the evening UTC of the last day, when it is already the next day in Japan', () => {
    expect(refusalOf(transition(onHold, { type: 'collect' }, { at: '2026-12-15T20:00:00.000Z' })).code).toBe('HOLD_EXPIRED');
  });

  it('[D2] with a last day from holdLastDay, a notice on 12-08 may be collected through 12-15', () => {
    expect(holdLastDay(hokutoPolicy(), 'akeno', NOTICE_DATE)).toBe(LAST_DAY);
  });
});

describe('[D3] lapsing a hold', () => {
  const onHold = reservationIn('onHold');

  it('[D3] is refused with HOLD_NOT_EXPIRED on the last day, to 23:59:59.999 JST', () => {
    expect(refusalOf(transition(onHold, { type: 'lapse' }, { at: LAST_MOMENT_OF_HOLD }))).toEqual({
      code: 'HOLD_NOT_EXPIRED',
      rule: 'D3',
      params: { lastDay: LAST_DAY },
    });
    expect(refusalOf(transition(onHold, { type: 'lapse' }, { at: '2026-12-08T03:00:00.000Z' })).code).toBe('HOLD_NOT_EXPIRED');
  });

  it('[D3] is allowed from 00:00 JST the day after', () => {
    const result = transition(onHold, { type: 'lapse' }, { at: FIRST_MOMENT_AFTER_HOLD });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.reservation).toMatchObject({ status: 'lapsed', copyId: 'c-1', lastDay: LAST_DAY, lapsedAt: FIRST_MOMENT_AFTER_HOLD });
      expect(result.reservation).not.toHaveProperty('noticeDate');
      expect(result.events).toEqual([
        { type: 'holdLapsed', reservationId: 'r-1', patronId: 'p-1', at: FIRST_MOMENT_AFTER_HOLD, from: 'onHold', to: 'lapsed', copyId: 'c-1', lastDay: LAST_DAY },
      ]);
    }
  });

  it('[D4] the stored last day decides, not the time the notice was trapped or delivered', () => {
    const lateTrap = reservationIn('onHold', { trappedAt: '2026-12-08T14:59:00.000Z' });
    expect(accepted(transition(lateTrap, { type: 'lapse' }, { at: FIRST_MOMENT_AFTER_HOLD })).status).toBe('lapsed');
  });
});

describe('[C4] rejection', () => {
  it('[C4] carries its reasons to the reservation and the event', () => {
    const reasons = [{ rule: 'E4' as const }, { rule: 'staff' as const, note: 'damaged' }];
    const result = transition(reservationIn('requested'), { type: 'reject', reasons }, AT);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.reservation).toMatchObject({ status: 'rejected', reasons, rejectedAt: AT.at });
      expect(result.events[0]).toMatchObject({ type: 'reservationRejected', reasons });
    }
  });

  it('[P10] a rejection without reasons is refused, naming P10', () => {
    const result = transition(reservationIn('requested'), { type: 'reject', reasons: [] }, AT);
    expect(result).toEqual({ ok: false, refusal: { code: 'REJECTION_REASON_REQUIRED', rule: 'P10' } });
  });

  it('[P10] a staff reason without a note is refused, naming P10', () => {
    for (const note of [undefined, '', '  ']) {
      const result = transition(reservationIn('requested'), { type: 'reject', reasons: [{ rule: 'staff', note }] }, AT);
      expect(result.ok, String(note)).toBe(false);
      if (!result.ok) expect(result.refusal.code).toBe('REJECTION_REASON_REQUIRED');
    }
  });
});

describe('[C1] [C2] approval', () => {
  it('[C2] approval gives the request its queue place at the approval instant', () => {
    const { reservation } = createOnlineRequest({ ...counterInput, id: 'r-3', patronId: 'p-3' });
    const approved = accepted(transition(reservation, { type: 'approve' }, { at: '2026-12-04T00:05:00.000Z' }));
    expect(approved).toMatchObject({ status: 'reserved', queuedAt: '2026-12-04T00:05:00.000Z', placedAt: counterInput.at, version: 1 });
  });

  it('[D1] trapping starts the hold with the copy, the notice date and the last day', () => {
    const result = transition(reservationIn('reserved'), { type: 'trap', copyId: 'c-7', noticeDate: NOTICE_DATE, lastDay: LAST_DAY }, { at: '2026-12-08T02:00:00.000Z' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.reservation).toMatchObject({ status: 'onHold', copyId: 'c-7', noticeDate: NOTICE_DATE, lastDay: LAST_DAY, trappedAt: '2026-12-08T02:00:00.000Z' });
      expect(result.events[0]).toMatchObject({ type: 'holdStarted', copyId: 'c-7', pickupBranchId: 'akeno', noticeDate: NOTICE_DATE, lastDay: LAST_DAY });
    }
  });
});

describe('[P14] the patron options survive approval', () => {
  it('[P14] an approved request keeps its notNeededAfter and suspendedUntil (P13), and gains no key it did not have', () => {
    const withBoth = accepted(transition(reservationIn('requested', { notNeededAfter: '2027-01-31', suspendedUntil: '2026-12-20' }), { type: 'approve' }, AT));
    expect(withBoth).toMatchObject({ status: 'reserved', notNeededAfter: '2027-01-31', suspendedUntil: '2026-12-20' });
    const plain = accepted(transition(reservationIn('requested'), { type: 'approve' }, AT));
    expect('notNeededAfter' in plain).toBe(false);
    expect('suspendedUntil' in plain).toBe(false);
  });

  it('[F1] a cancellation of a hold names its copy in the record and the event; of a request, no copy', () => {
    const fromHold = transition(reservationIn('onHold'), { type: 'cancel', by: 'staff', note: 'damaged' }, AT);
    if (!fromHold.ok) throw new Error('refused');
    expect(fromHold.reservation).toMatchObject({ status: 'cancelled', copyId: expect.any(String), note: 'damaged' });
    expect(fromHold.events[0]).toMatchObject({ type: 'reservationCancelled', copyId: expect.any(String) });
    const fromRequest = transition(reservationIn('requested'), { type: 'cancel', by: 'staff' }, AT);
    if (!fromRequest.ok) throw new Error('refused');
    expect('copyId' in fromRequest.reservation || 'note' in fromRequest.reservation).toBe(false);
    expect('copyId' in fromRequest.events[0]!).toBe(false);
  });
});
