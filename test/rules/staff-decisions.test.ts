import { describe, expect, it } from 'vitest';
import type { OnHoldReservation } from '../../src/model/reservation.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { checkHoldExtension, checkPatronOption, checkStaffBranch, maxExtendedLastDay } from '../../src/rules/staff-decisions.js';

const hold: OnHoldReservation = {
  id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'online', pickupBranchId: 'akeno',
  placedAt: '2026-12-01T00:00:00.000Z', version: 2, status: 'onHold', queuedAt: '2026-12-02T00:00:00.000Z', copyId: 'c-1',
  trappedAt: '2026-12-08T01:00:00.000Z', noticeDate: '2026-12-08', lastDay: '2026-12-15',
};

describe('[P10] staff decide at their branch', () => {
  it('[P10] allows the pickup branch and refuses another, naming it', () => {
    expect(checkStaffBranch(hold, 'akeno')).toEqual({ ok: true });
    expect(checkStaffBranch(hold, 'sutama')).toEqual({ ok: false, refusals: [{ code: 'OUTSIDE_BRANCH', rule: 'P10', params: { pickupBranchId: 'akeno' } }] });
  });
});

describe('[P11] hold extension', () => {
  it('[P11] is off by default', () => {
    expect(maxExtendedLastDay(hokutoPolicy(), hold)).toBeNull();
    expect(checkHoldExtension(hokutoPolicy(), hold, '2026-12-16')).toEqual({ ok: false, refusals: [{ code: 'HOLD_EXTENSION_OFF', rule: 'P11' }] });
  });

  it('[P11] allows up to the counted last day plus the maximum, and no further', () => {
    const policy = hokutoPolicy({ maxHoldExtensionDays: 7 });
    expect(maxExtendedLastDay(policy, hold)).toBe('2026-12-22');
    expect(checkHoldExtension(policy, hold, '2026-12-22')).toEqual({ ok: true });
    expect(checkHoldExtension(policy, hold, '2026-12-23')).toEqual({ ok: false, refusals: [{ code: 'HOLD_EXTENSION_LIMIT', rule: 'P11', params: { maxLastDay: '2026-12-22' } }] });
  });

  it('[P11] counts the maximum from the notice date, so a second extension cannot go past it', () => {
    const policy = hokutoPolicy({ maxHoldExtensionDays: 7 });
    expect(checkHoldExtension(policy, { ...hold, lastDay: '2026-12-20' }, '2026-12-23').ok).toBe(false);
  });
});

describe('[P13] [P14] the patron options are off by default', () => {
  it('[P13] suspension is refused unless the policy offers it', () => {
    expect(checkPatronOption(hokutoPolicy(), 'suspend')).toEqual({ ok: false, refusals: [{ code: 'SUSPENSION_OFF', rule: 'P13' }] });
    expect(checkPatronOption(hokutoPolicy({ allowSuspension: true }), 'suspend')).toEqual({ ok: true });
  });

  it('[P14] a not-needed-after date is refused unless the policy offers it', () => {
    expect(checkPatronOption(hokutoPolicy(), 'notNeededAfter')).toEqual({ ok: false, refusals: [{ code: 'NOT_NEEDED_AFTER_OFF', rule: 'P14' }] });
    expect(checkPatronOption(hokutoPolicy({ allowNotNeededAfter: true }), 'notNeededAfter')).toEqual({ ok: true });
  });
});
