import { describe, expect, it } from 'vitest';
import type { ReservedReservation } from '../../src/model/reservation.js';
import { codesOf, jst, library, request, rulesOf, staff, storedCopy, SYSTEM, valueOf } from './fixtures.js';

describe('walk-in checkout', () => {
  it('[C3] a walk-in borrows the copy while an online request is pending', async () => {
    const lib = library();
    const requested = await request(lib, 'p-2', 't-b0/1');
    const loan = valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
    expect(loan).toMatchObject({ patronId: 'p-3', copyId: 'c-t-b0', branchId: 'akeno', dueDate: '2026-12-15', renewals: 0, returnedAt: null });
    expect(storedCopy(lib, 'c-t-b0').status).toBe('onLoan');
    lib.clock.set('2026-12-01T23:30:00.000Z');
    valueOf(await lib.service.runApprovalBatch(SYSTEM));
    expect(lib.storage.snapshot().reservations.find((r) => r.id === requested)?.status).toBe('reserved');
    expect(storedCopy(lib, 'c-t-b0').status).toBe('onLoan');
  });

  it('[C2] refuses a walk-in when someone waits in the queue, and writes nothing', async () => {
    const waiting: ReservedReservation = {
      id: 'r-q', patronId: 'p-2', titleId: 't-b0', volumeId: 't-b0/1', audiovisual: false, channel: 'counter',
      pickupBranchId: 'mukawa', placedAt: jst('2026-11-28'), version: 0, status: 'reserved', queuedAt: jst('2026-11-28'),
    };
    const lib = library({ seed: { reservations: [waiting] } });
    const before = lib.storage.snapshot();
    const result = await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' });
    expect(result).toEqual({ ok: false, kind: 'refused', refusals: [{ code: 'RESERVED_FOR_QUEUE', rule: 'C2' }] });
    expect(lib.storage.snapshot()).toEqual(before);
  });

  it('[C3] refuses a copy that is not on the shelf', async () => {
    const lib = library();
    valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
    expect(codesOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-4', copyId: 'c-t-b0' }))).toEqual(['COPY_NOT_AVAILABLE']);
  });

  it('[P2] refuses a copy standing at another branch', async () => {
    const lib = library();
    expect(rulesOf(await lib.service.checkoutWalkIn(staff('mukawa'), { patronId: 'p-3', copyId: 'c-t-b0' }))).toEqual(['P2']);
  });

  it('[E5] the local history museum lends nothing', async () => {
    const lib = library({ seed: { copies: [{ id: 'c-m', volumeId: 't-b9/1', ownerBranchId: 'museum', locationBranchId: 'museum', status: 'onShelf', version: 0 }] } });
    expect(rulesOf(await lib.service.checkoutWalkIn(staff('museum'), { patronId: 'p-3', copyId: 'c-m' }))).toEqual(['E5']);
  });
});

describe('reserving what one already has', () => {
  it('[P3] refuses an online request or a counter reservation for a volume the patron has on loan', async () => {
    const lib = library();
    valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
    valueOf(await lib.service.addToCart({ kind: 'patron', patronId: 'p-3', channel: 'online' }, { volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    const submitted = valueOf(await lib.service.submitCart({ kind: 'patron', patronId: 'p-3', channel: 'online' }, { volumeIds: ['t-b0/1'] }));
    expect(submitted).toEqual([{ volumeId: 't-b0/1', ok: false, refusals: [expect.objectContaining({ code: 'ALREADY_ON_LOAN', rule: 'P3' })] }]);
    const counter = await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-3', volumeId: 't-b0/1', pickupBranchId: 'akeno' });
    expect(rulesOf(counter)).toEqual(['P3']);
    valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-4', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
  });
});
