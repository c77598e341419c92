import { describe, expect, it } from 'vitest';
import { estimateWaitDays } from '../../src/jobs/estimated-wait.js';
import type { Copy } from '../../src/model/material.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';

const copy = (id: string, status: Copy['status'] = 'onLoan'): Copy => ({ id, volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status, version: 0 });

describe('estimated wait', () => {
  it('counts whole turns of the copies that can serve the queue, each as long as a loan and a hold can last', () => {
    const policy = hokutoPolicy();
    expect(estimateWaitDays({ position: 1, copies: [copy('a')], policy })).toBe(21);
    expect(estimateWaitDays({ position: 3, copies: [copy('a'), copy('b')], policy })).toBe(42);
    expect(estimateWaitDays({ position: 3, copies: [copy('a'), copy('b'), copy('c', 'missing')], policy })).toBe(42);
  });

  it('gives no number when no copy can serve the queue', () => {
    expect(estimateWaitDays({ position: 1, copies: [copy('a', 'missing'), copy('b', 'longOverdue')], policy: hokutoPolicy() })).toBeNull();
  });

  it('is shown in the list only when the policy says so', async () => {
    const { library, staff, valueOf } = await import('../service/fixtures.js');
    for (const showEstimatedWait of [false, true]) {
      const lib = library({ policy: hokutoPolicy({ showEstimatedWait }) });
      valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-4', copyId: 'c-t-b1' }));
      valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b1/1', pickupBranchId: 'akeno' }));
      const line = valueOf(await lib.service.listReservations(staff('akeno'), { patronId: 'p-2' })).reservations[0];
      expect(line?.estimatedWaitDays).toBe(showEstimatedWait ? 21 : null);
    }
  });
});
