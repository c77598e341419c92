import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { codesOf, jst, library, online, request, staff, stored, valueOf } from './fixtures.js';

describe('[P10] staff approve and reject by hand', () => {
  it('[P10] a rejection at another branch, or without a reason, writes nothing', async () => {
    const lib = library();
    const id = await request(lib, 'p-2', 't-b1/1');
    const before = stored(lib, id);
    expect(codesOf(await lib.service.rejectByStaff(staff('sutama'), { reservationId: id, reasons: [{ rule: 'E4' }] }))).toEqual(['OUTSIDE_BRANCH']);
    expect(codesOf(await lib.service.rejectByStaff(staff('akeno'), { reservationId: id, reasons: [] }))).toEqual(['REJECTION_REASON_REQUIRED']);
    expect(stored(lib, id)).toEqual(before);
  });

  it('[C4] the patron sees the rejection with its reasons in Japanese and English', async () => {
    const lib = library();
    const id = await request(lib, 'p-2', 't-b1/1');
    valueOf(await lib.service.rejectByStaff(staff('akeno'), { reservationId: id, reasons: [{ rule: 'E4' }, { rule: 'staff', note: 'water damage' }] }));
    const [line] = valueOf(await lib.service.listReservations(online('p-2'))).reservations;
    expect(line?.label).toEqual({ ja: '予約拒否', en: 'Rejected' });
    expect(line?.rejectionReasons?.map((t) => t.en)).toEqual([
      'Every copy is missing or has not been returned for a long time, so the item cannot be provided.',
      'The library could not accept this reservation. Please contact your pickup library for details.',
    ]);
    expect(JSON.stringify(line)).not.toContain('water damage');
  });

  it('[C1] a request approved by hand joins the queue at once and takes the copy on the shelf', async () => {
    const lib = library();
    const id = await request(lib, 'p-2', 't-b1/1');
    const result = valueOf(await lib.service.approveByStaff(staff('akeno'), { reservationId: id }));
    expect(result.status).toBe('onHold');
    expect(codesOf(await lib.service.approveByStaff(staff('akeno'), { reservationId: id }))).toEqual(['INVALID_TRANSITION']);
  });
});

describe('[P11] hold extension', () => {
  it('[P11] is refused by default, and nothing changes', async () => {
    const lib = library();
    const id = await request(lib, 'p-2', 't-b1/1');
    valueOf(await lib.service.approveByStaff(staff('akeno'), { reservationId: id }));
    const before = stored(lib, id);
    expect(codesOf(await lib.service.extendHold(staff('akeno'), { reservationId: id, lastDay: '2026-12-09' }))).toEqual(['HOLD_EXTENSION_OFF']);
    expect(stored(lib, id)).toEqual(before);
  });

  it('[P11] moves the last day, and the expiry job follows it', async () => {
    const lib = library({ policy: hokutoPolicy({ maxHoldExtensionDays: 3 }) });
    const id = await request(lib, 'p-2', 't-b1/1');
    valueOf(await lib.service.approveByStaff(staff('akeno'), { reservationId: id }));
    expect(stored(lib, id)).toMatchObject({ status: 'onHold', lastDay: '2026-12-08' });
    expect(codesOf(await lib.service.extendHold(staff('akeno'), { reservationId: id, lastDay: '2026-12-12' }))).toEqual(['HOLD_EXTENSION_LIMIT']);
    valueOf(await lib.service.extendHold(staff('akeno'), { reservationId: id, lastDay: '2026-12-11' }));
    lib.clock.set(jst('2026-12-10', '06:00'));
    valueOf(await lib.service.runHoldExpiry({ kind: 'system' }));
    expect(stored(lib, id).status).toBe('onHold');
  });
});

describe('[P12] queue moves', () => {
  it('[P12] the move is refused without a reason and writes nothing', async () => {
    const lib = library();
    valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-4', copyId: 'c-t-b1' }));
    const a = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b1/1', pickupBranchId: 'akeno' }));
    lib.clock.set(jst('2026-12-01', '10:05'));
    const b = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-3', volumeId: 't-b1/1', pickupBranchId: 'akeno' }));
    expect(codesOf(await lib.service.moveInQueue(staff('akeno'), { reservationId: b.id, toPosition: 1, reason: '' }))).toEqual(['REORDER_REASON_REQUIRED']);
    expect(stored(lib, b.id)).toEqual(b);
    const moved = await lib.service.moveInQueue(staff('akeno'), { reservationId: b.id, toPosition: 1, reason: 'school project' });
    expect(moved.ok && moved.events.map((e) => e.type)).toEqual(['queueReordered']);
    const list = valueOf(await lib.service.listReservations(staff('akeno'), { patronId: 'p-2' }));
    expect(list.reservations.find((r) => r.reservationId === a.id)?.queuePosition).toBe(2);
  });
});
