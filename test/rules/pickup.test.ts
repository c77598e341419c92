import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { checkPickupBranch } from '../../src/rules/pickup.js';
import { policy } from './fixtures.js';

describe('checkPickupBranch', () => {
  it.each(['akeno', 'sutama', 'takane', 'nagasaka', 'kindaichi', 'kobuchizawa', 'hakushu', 'mukawa'])(
    '[B4] accepts the city library %s',
    (branchId) => {
      expect(checkPickupBranch(policy, branchId)).toEqual({ ok: true });
    },
  );

  it('[B4] refuses an unknown branch', () => {
    expect(checkPickupBranch(policy, 'kofu')).toEqual({
      ok: false,
      refusals: [{ code: 'NOT_A_PICKUP_BRANCH', rule: 'B4', params: { branchId: 'kofu' } }],
    });
  });

  it('[B4] refuses a library the policy marks pickup: false', () => {
    const base = hokutoPolicy();
    const closedForPickup = hokutoPolicy({
      branches: base.branches.map((b) => (b.id === 'takane' ? { ...b, pickup: false } : b)),
    });
    expect(checkPickupBranch(closedForPickup, 'takane')).toEqual({
      ok: false,
      refusals: [{ code: 'NOT_A_PICKUP_BRANCH', rule: 'B4', params: { branchId: 'takane' } }],
    });
    expect(checkPickupBranch(closedForPickup, 'akeno')).toEqual({ ok: true });
  });

  it('[E5] refuses the local history museum with its own code', () => {
    expect(checkPickupBranch(policy, 'museum')).toEqual({
      ok: false,
      refusals: [{ code: 'MUSEUM_NOT_PICKUP', rule: 'E5', params: { branchId: 'museum' } }],
    });
  });
});
