import { describe, expect, it } from 'vitest';
import { transition } from '../../src/lifecycle/transition.js';
import type { LifecycleEvent } from '../../src/lifecycle/lifecycle-event.js';
import { RESERVATION_STATUSES, type Channel, type Reservation } from '../../src/model/reservation.js';
import { checkOnlineCancellation, checkStaffCancellation } from '../../src/rules/cancellation.js';
import type { Verdict } from '../../src/errors/refusal.js';
import { AT, reservation } from './fixtures.js';

const CHANNELS: readonly Channel[] = ['online', 'counter'];

function everyReservation(): Reservation[] {
  const all: Reservation[] = [];
  for (const status of RESERVATION_STATUSES)
    for (const channel of CHANNELS) {
      all.push(reservation(status, { channel }));
      if (status === 'requested' || status === 'reserved') all.push(reservation(status, { channel, pending: true }));
    }
  return all;
}

function transitionVerdict(r: Reservation, event: LifecycleEvent): Verdict {
  const result = transition(r, event, { at: AT });
  return result.ok ? { ok: true } : { ok: false, refusals: [result.refusal] };
}

describe('checkOnlineCancellation', () => {
  it.each(['requested', 'reserved'] as const)('[F2] allows the patron to cancel an online %s reservation', (status) => {
    expect(checkOnlineCancellation(reservation(status), 'p-1')).toEqual({ ok: true });
  });

  it('[F2] refuses when a cancellation is already pending', () => {
    expect(checkOnlineCancellation(reservation('requested', { pending: true }), 'p-1')).toEqual({
      ok: false,
      refusals: [{ code: 'CANCELLATION_PENDING', rule: 'F2' }],
    });
  });

  it('[F3] refuses a counter reservation online', () => {
    expect(checkOnlineCancellation(reservation('reserved', { channel: 'counter' }), 'p-1')).toEqual({
      ok: false,
      refusals: [{ code: 'COUNTER_RESERVATION', rule: 'F3' }],
    });
  });

  it.each(CHANNELS)('[F4] refuses once the hold notice was sent (%s)', (channel) => {
    expect(checkOnlineCancellation(reservation('onHold', { channel }), 'p-1')).toEqual({
      ok: false,
      refusals: [{ code: 'NOTICE_SENT', rule: 'F4' }],
    });
  });

  it.each(['rejected', 'collected', 'lapsed', 'cancelled'] as const)('[F1] refuses from the final status %s', (status) => {
    expect(checkOnlineCancellation(reservation(status), 'p-1')).toEqual({
      ok: false,
      refusals: [{ code: 'INVALID_TRANSITION', rule: 'F1', params: { from: status, event: 'cancel' } }],
    });
  });

  it('[P2] refuses another patron’s reservation before anything else', () => {
    for (const r of everyReservation())
      expect(checkOnlineCancellation(r, 'p-2')).toEqual({ ok: false, refusals: [{ code: 'NOT_ALLOWED', rule: 'P2' }] });
  });

  it('[F2] agrees with transition() for every status × channel × pending, for requestCancellation and a patron’s cancel', () => {
    const all = everyReservation();
    expect(all).toHaveLength(18);
    for (const r of all) {
      const verdict = checkOnlineCancellation(r, r.patronId);
      expect(verdict, `${r.status}/${r.channel}`).toEqual(transitionVerdict(r, { type: 'requestCancellation' }));
      expect(verdict, `${r.status}/${r.channel}`).toEqual(transitionVerdict(r, { type: 'cancel', by: 'patron' }));
    }
  });
});

describe('checkStaffCancellation', () => {
  it.each(['requested', 'reserved', 'onHold'] as const)('[F3] staff may cancel a %s reservation of any channel', (status) => {
    for (const channel of CHANNELS) expect(checkStaffCancellation(reservation(status, { channel }))).toEqual({ ok: true });
  });

  it('[F4] staff may cancel a hold the patron cannot cancel online', () => {
    const held = reservation('onHold');
    expect(checkOnlineCancellation(held, 'p-1').ok).toBe(false);
    expect(checkStaffCancellation(held)).toEqual({ ok: true });
  });

  it.each(['rejected', 'collected', 'lapsed', 'cancelled'] as const)('[F1] refuses from the final status %s', (status) => {
    expect(checkStaffCancellation(reservation(status))).toEqual({
      ok: false,
      refusals: [{ code: 'INVALID_TRANSITION', rule: 'F1', params: { from: status, event: 'cancel' } }],
    });
  });

  it('[F1] agrees with transition() for every status × channel × pending', () => {
    for (const r of everyReservation())
      expect(checkStaffCancellation(r), `${r.status}/${r.channel}`).toEqual(transitionVerdict(r, { type: 'cancel', by: 'staff' }));
  });
});
