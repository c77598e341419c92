import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { checkOnlineCancellation, checkStaffCancellation } from '../../src/rules/cancellation.js';
import { checkOnlineChange, checkStaffPickupChange } from '../../src/rules/change.js';
import { checkNotDuplicate } from '../../src/rules/duplicate.js';
import { applyEmailChange, checkOnlineEligibility } from '../../src/rules/eligibility.js';
import { checkRenewal, loanStatus, renewLoan } from '../../src/rules/loan-status.js';
import { checkPlacement } from '../../src/rules/placement.js';
import { checkQuota, countQuota } from '../../src/rules/quota.js';
import { checkFulfillable, checkReservable } from '../../src/rules/reservability.js';
import { checkWalkInCheckout } from '../../src/rules/walk-in.js';
import { AT, copy, loan, onlineReservations, patron, reservation, title, volume } from './fixtures.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('rules are pure', () => {
  it('never mutate their input and give the same answer twice', () => {
    const policy = deepFreeze(hokutoPolicy({ maintenanceWindows: [{ start: '2026-12-03T00:00:00Z', end: '2026-12-04T00:00:00Z' }] }));
    const p = deepFreeze(patron({ unreachable: true }));
    const list = deepFreeze([...onlineReservations(7, { audiovisual: true }), reservation('reserved', { patronId: 'p-2' })]);
    const first = list[0]!;
    const l = deepFreeze(loan());
    const c = deepFreeze(copy());
    const t = deepFreeze(title());
    const v = deepFreeze(volume());
    const snapshot = JSON.stringify([policy, p, list, l, c, t, v]);
    const run = () => [
      checkOnlineEligibility(p, AT, policy),
      applyEmailChange(p, 'new@example.jp', { confirmed: true }),
      checkPlacement({ patron: p, channel: 'online', title: t, volume: v, pickupBranchId: 'akeno', patronReservations: list, at: AT, policy }),
      checkReservable({ title: t, volume: v }, policy),
      checkFulfillable([c], policy),
      countQuota(list, 'p-1', policy),
      checkQuota(list, 'p-1', { audiovisual: true, channel: 'online' }, policy),
      checkNotDuplicate(list, 'p-1', v.id),
      checkOnlineCancellation(first, 'p-1'),
      checkStaffCancellation(first),
      checkOnlineChange(first, 'p-1'),
      checkStaffPickupChange(first, 'mukawa', policy),
      loanStatus(l, list, AT),
      checkRenewal(l, list, AT, policy),
      renewLoan(l, AT, policy),
      checkWalkInCheckout(c, list),
    ];
    const once = run();
    expect(run()).toEqual(once);
    expect(JSON.stringify([policy, p, list, l, c, t, v])).toBe(snapshot);
  });
});
