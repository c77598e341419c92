import { describe, expect, it } from 'vitest';
import { transition } from '../../src/lifecycle/transition.js';
import { RESERVATION_STATUSES, type Channel } from '../../src/model/reservation.js';
import { checkOnlineChange, checkStaffPickupChange } from '../../src/rules/change.js';
import { AT, policy, reservation } from './fixtures.js';

describe('checkOnlineChange', () => {
  it.each(RESERVATION_STATUSES)('[F5] refuses an online change of a %s reservation', (status) => {
    expect(checkOnlineChange(reservation(status), 'p-1')).toEqual({
      ok: false,
      refusals: [{ code: 'ONLINE_CHANGE_NOT_ALLOWED', rule: 'F5' }],
    });
  });

  it('[P2] refuses another patron’s reservation with P2 first', () => {
    expect(checkOnlineChange(reservation('reserved'), 'p-2')).toEqual({ ok: false, refusals: [{ code: 'NOT_ALLOWED', rule: 'P2' }] });
  });
});

describe('checkStaffPickupChange', () => {
  it('[F5] allows staff to change the pickup library of a reserved reservation', () => {
    expect(checkStaffPickupChange(reservation('reserved'), 'mukawa', policy)).toEqual({ ok: true });
    expect(checkStaffPickupChange(reservation('reserved', { channel: 'counter' }), 'mukawa', policy)).toEqual({ ok: true });
  });

  it('[F5] refuses a requested one: cancel and reserve again', () => {
    expect(checkStaffPickupChange(reservation('requested'), 'mukawa', policy)).toEqual({
      ok: false,
      refusals: [{ code: 'ONLINE_CHANGE_NOT_ALLOWED', rule: 'F5' }],
    });
  });

  it.each(['onHold', 'rejected', 'collected', 'lapsed', 'cancelled'] as const)('[F1] refuses from %s', (status) => {
    expect(checkStaffPickupChange(reservation(status), 'mukawa', policy)).toEqual({
      ok: false,
      refusals: [{ code: 'INVALID_TRANSITION', rule: 'F1', params: { from: status, event: 'changePickup' } }],
    });
  });

  it('[E5] refuses the museum, [B4] an unknown branch', () => {
    expect(checkStaffPickupChange(reservation('reserved'), 'museum', policy)).toEqual({
      ok: false,
      refusals: [{ code: 'MUSEUM_NOT_PICKUP', rule: 'E5', params: { branchId: 'museum' } }],
    });
    expect(checkStaffPickupChange(reservation('reserved'), 'kofu', policy)).toEqual({
      ok: false,
      refusals: [{ code: 'NOT_A_PICKUP_BRANCH', rule: 'B4', params: { branchId: 'kofu' } }],
    });
  });

  it('[F5] reports the status and the branch refusals together', () => {
    const verdict = checkStaffPickupChange(reservation('requested'), 'museum', policy);
    expect(verdict.ok ? [] : verdict.refusals.map((r) => r.rule)).toEqual(['F5', 'E5']);
  });

  it('[F5] agrees with transition() on the status for every status × channel × pending', () => {
    for (const status of RESERVATION_STATUSES)
      for (const channel of ['online', 'counter'] as Channel[])
        for (const pending of status === 'requested' || status === 'reserved' ? [false, true] : [false]) {
          const r = reservation(status, { channel, pending });
          const result = transition(r, { type: 'changePickup', pickupBranchId: 'mukawa' }, { at: AT });
          const expected = result.ok ? { ok: true } : { ok: false, refusals: [result.refusal] };
          expect(checkStaffPickupChange(r, 'mukawa', policy), `${status}/${channel}/${pending}`).toEqual(expected);
        }
  });
});
