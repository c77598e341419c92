import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { codesOf, library, online, request, rulesOf, staff, stored, storedCopy, valueOf, type Library } from './fixtures.js';

async function holdFor(lib: Library, patronId: string): Promise<string> {
  valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
  const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId, volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
  valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
  return r.id;
}

describe('cancellation', () => {
  it('[F2] cancels at once with the immediate policy', async () => {
    const lib = library({ policy: hokutoPolicy({ onlineCancellation: 'immediate' }) });
    const id = await request(lib, 'p-2', 't-b0/1');
    expect(valueOf(await lib.service.cancelOnline(online('p-2'), { reservationId: id }))).toMatchObject({ status: 'cancelled', cancelledBy: 'patron' });
  });

  it('[F2] refuses a second online cancellation while one is pending', async () => {
    const lib = library();
    const id = await request(lib, 'p-2', 't-b0/1');
    valueOf(await lib.service.cancelOnline(online('p-2'), { reservationId: id }));
    expect(codesOf(await lib.service.cancelOnline(online('p-2'), { reservationId: id }))).toEqual(['CANCELLATION_PENDING']);
  });

  it('[F3] refuses to cancel a counter reservation online; staff can', async () => {
    const lib = library();
    valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
    const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    expect(rulesOf(await lib.service.cancelOnline(online('p-2'), { reservationId: r.id }))).toEqual(['F3']);
    expect(valueOf(await lib.service.cancelByStaff(staff('mukawa'), { reservationId: r.id, note: 'asked by phone' }))).toMatchObject({
      status: 'cancelled', cancelledBy: 'staff', note: 'asked by phone',
    });
  });

  it('[F4] online cancellation refused after the notice', async () => {
    const lib = library();
    const id = await holdFor(lib, 'p-2');
    const before = lib.storage.snapshot();
    expect(await lib.service.cancelOnline(online('p-2'), { reservationId: id })).toEqual({
      ok: false, kind: 'refused', refusals: [{ code: 'NOTICE_SENT', rule: 'F4' }],
    });
    expect(lib.storage.snapshot()).toEqual(before);
  });

  it('[F4][D1] staff cancel a hold and its copy goes to the next in the queue', async () => {
    const lib = library();
    const id = await holdFor(lib, 'p-2');
    const next = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-4', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    const result = await lib.service.cancelByStaff(staff('akeno'), { reservationId: id });
    expect(valueOf(result)).toMatchObject({ status: 'cancelled', cancelledFrom: 'onHold', copyId: 'c-t-b0' });
    expect(result.ok && result.events.map((e) => e.type)).toEqual(['reservationCancelled', 'holdStarted']);
    expect(stored(lib, next.id)).toMatchObject({ status: 'onHold', copyId: 'c-t-b0' });
    expect(lib.storage.snapshot().outbox.map((o) => o.notice.reservationId)).toEqual([id, next.id]);
  });

  it('[F4] staff cancel a hold nobody else waits for and the copy is shelved', async () => {
    const lib = library();
    const id = await holdFor(lib, 'p-2');
    valueOf(await lib.service.cancelByStaff(staff('akeno'), { reservationId: id }));
    expect(storedCopy(lib, 'c-t-b0').status).toBe('onShelf');
  });

  it('[F1] refuses to cancel a final reservation', async () => {
    const lib = library({ policy: hokutoPolicy({ onlineCancellation: 'immediate' }) });
    const id = await request(lib, 'p-2', 't-b0/1');
    valueOf(await lib.service.cancelOnline(online('p-2'), { reservationId: id }));
    expect(rulesOf(await lib.service.cancelByStaff(staff('akeno'), { reservationId: id }))).toEqual(['F1']);
  });
});

describe('changes', () => {
  it('[F5] refuses every online change', async () => {
    const lib = library();
    const id = await request(lib, 'p-2', 't-b0/1');
    const before = lib.storage.snapshot();
    expect(await lib.service.changeOnline(online('p-2'), { reservationId: id, pickupBranchId: 'mukawa' })).toEqual({
      ok: false, kind: 'refused', refusals: [{ code: 'ONLINE_CHANGE_NOT_ALLOWED', rule: 'F5' }],
    });
    expect(lib.storage.snapshot()).toEqual(before);
  });

  it('[F5] staff change the pickup branch of a reserved reservation only', async () => {
    const lib = library();
    const requested = await request(lib, 'p-2', 't-b1/1');
    expect(rulesOf(await lib.service.changePickupByStaff(staff('akeno'), { reservationId: requested, pickupBranchId: 'mukawa' }))).toEqual(['F5']);
    valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
    const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    expect(rulesOf(await lib.service.changePickupByStaff(staff('akeno'), { reservationId: r.id, pickupBranchId: 'museum' }))).toEqual(['E5']);
    expect(valueOf(await lib.service.changePickupByStaff(staff('akeno'), { reservationId: r.id, pickupBranchId: 'mukawa' }))).toMatchObject({
      status: 'reserved', pickupBranchId: 'mukawa',
    });
  });
});
