import { describe, expect, it } from 'vitest';
import { codesOf, jst, library, online, request, staff, stored, storedCopy, SYSTEM, valueOf, type Library } from './fixtures.js';

/** A copy of t-b0 on loan to p-3, so that requests for it wait. */
async function lend(lib: Library): Promise<void> {
  valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
}

describe('approval batch', () => {
  it('[C1] approves a request on the next open day, not before, and once per day', async () => {
    const lib = library({ start: jst('2026-12-05', '15:00') });
    await lend(lib);
    const id = await request(lib, 'p-2', 't-b0/1');
    lib.clock.set(jst('2026-12-06', '08:30'));
    const sunday = valueOf(await lib.service.runApprovalBatch(SYSTEM));
    expect(sunday).toMatchObject({ date: '2026-12-06', claimed: true, approved: 1 });
    expect(stored(lib, id).status).toBe('reserved');

    const again = valueOf(await lib.service.runApprovalBatch(SYSTEM));
    expect(again).toEqual({ date: '2026-12-06', claimed: false, approved: 0, rejected: 0, cancelled: 0, lapsed: 0, newHolds: 0, setAside: [] });
    expect(lib.storage.snapshot().jobRuns).toEqual([
      expect.objectContaining({ job: 'approval', date: '2026-12-06', owner: 'test-server', finishedAt: lib.clock.now() }),
    ]);
  });

  it('[C1] leaves a request made today for the next open day', async () => {
    const lib = library({ start: jst('2026-12-06', '09:00') });
    await lend(lib);
    const id = await request(lib, 'p-2', 't-b0/1');
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM)).approved).toBe(0);
    lib.clock.set(jst('2026-12-07', '08:30'));
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM)).approved).toBe(0);
    expect(stored(lib, id).status).toBe('requested');
    lib.clock.set(jst('2026-12-08', '08:30'));
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM)).approved).toBe(1);
  });

  it('[C2] a counter reservation placed before the batch ranks ahead of the requests it approves', async () => {
    const lib = library();
    await lend(lib);
    const onlineId = await request(lib, 'p-2', 't-b0/1');
    lib.clock.set(jst('2026-12-02', '08:00'));
    const counter = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-4', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    lib.clock.set(jst('2026-12-02', '08:30'));
    valueOf(await lib.service.runApprovalBatch(SYSTEM));
    const mine = valueOf(await lib.service.listReservations(online('p-2'))).reservations[0];
    expect(mine).toMatchObject({ reservationId: onlineId, status: 'reserved', queuePosition: 2 });
    expect(valueOf(await lib.service.listReservations(staff('akeno'), { patronId: 'p-4' })).reservations[0]).toMatchObject({
      reservationId: counter.id, queuePosition: 1,
    });
    const trapped = valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    expect(trapped.kind === 'hold' && trapped.reservation.id).toBe(counter.id);
  });

  it('[C1][D1] an approved request is trapped at once when its copy stands on the shelf', async () => {
    const lib = library();
    const id = await request(lib, 'p-2', 't-b0/1');
    lib.clock.set(jst('2026-12-02', '08:30'));
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM))).toMatchObject({ approved: 1, newHolds: 1 });
    expect(stored(lib, id)).toMatchObject({ status: 'onHold', lastDay: '2026-12-09' });
    expect(storedCopy(lib, 'c-t-b0').status).toBe('onHoldShelf');
    expect(lib.storage.snapshot().outbox.map((o) => o.notice.reservationId)).toEqual([id]);
  });

  it('[C4][E4] rejects a request whose every copy is missing', async () => {
    const lib = library({ seed: { copies: [{ id: 'c-t-b1', volumeId: 't-b1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'missing', version: 0 }] } });
    const id = await request(lib, 'p-2', 't-b1/1');
    lib.clock.set(jst('2026-12-02', '08:30'));
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM))).toMatchObject({ rejected: 1 });
    expect(stored(lib, id)).toMatchObject({ status: 'rejected', reasons: [{ rule: 'E4' }] });
  });

  it('[F2][C1] finalises an online cancellation in the next batch', async () => {
    const lib = library();
    await lend(lib);
    const id = await request(lib, 'p-2', 't-b0/1');
    const pending = valueOf(await lib.service.cancelOnline(online('p-2'), { reservationId: id }));
    expect(pending).toMatchObject({ status: 'requested', cancellationRequestedAt: lib.clock.now() });
    lib.clock.set(jst('2026-12-02', '08:30'));
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM))).toMatchObject({ cancelled: 1, approved: 0 });
    expect(stored(lib, id)).toMatchObject({ status: 'cancelled', cancelledBy: 'patron' });
  });
});

describe('hold expiry', () => {
  it('[D2][D3] keeps a hold through its last day', async () => {
    const lib = library();
    await lend(lib);
    const first = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    expect(stored(lib, first.id)).toMatchObject({ status: 'onHold', lastDay: '2026-12-08' });

    lib.clock.set(jst('2026-12-08', '23:59'));
    expect(valueOf(await lib.service.runHoldExpiry(SYSTEM)).lapsed).toBe(0);
    expect(stored(lib, first.id).status).toBe('onHold');
    expect(codesOf(await lib.service.collectHold(staff('akeno'), { reservationId: first.id }))).toEqual([]);
  });

  it('[D3] expiry lapses silently and passes the copy on', async () => {
    const lib = library();
    await lend(lib);
    const first = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    const second = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-4', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    lib.clock.set(jst('2026-12-09', '00:05'));
    const summary = valueOf(await lib.service.runHoldExpiry(SYSTEM));
    expect(summary).toMatchObject({ date: '2026-12-09', claimed: true, lapsed: 1, newHolds: 1 });
    expect(stored(lib, first.id)).toMatchObject({ status: 'lapsed', lastDay: '2026-12-08' });
    expect(stored(lib, second.id)).toMatchObject({ status: 'onHold', copyId: 'c-t-b0', noticeDate: '2026-12-09', lastDay: '2026-12-16' });
    const notices = lib.storage.snapshot().outbox.map((o) => o.notice);
    expect(notices.map((n) => n.patronId)).toEqual(['p-2', 'p-4']);
    expect(notices.filter((n) => n.patronId === 'p-2')).toHaveLength(1);
    expect(valueOf(await lib.service.runHoldExpiry(SYSTEM)).claimed).toBe(false);
  });

  it('[D3] shelves the copy of a lapsed hold when nobody else waits', async () => {
    const lib = library();
    await lend(lib);
    const only = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    lib.clock.set(jst('2026-12-10', '06:00'));
    expect(valueOf(await lib.service.runHoldExpiry(SYSTEM))).toMatchObject({ lapsed: 1, newHolds: 0 });
    expect(stored(lib, only.id).status).toBe('lapsed');
    expect(storedCopy(lib, 'c-t-b0').status).toBe('onShelf');
  });
});

describe('collecting a hold', () => {
  it('[D2] hands the hold over at its pickup branch through its last day, as a loan', async () => {
    const lib = library();
    await lend(lib);
    const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    lib.clock.set(jst('2026-12-08', '18:00'));
    expect(codesOf(await lib.service.collectHold(staff('mukawa'), { reservationId: r.id }))).toEqual(['NOT_ALLOWED']);
    const loan = valueOf(await lib.service.collectHold(staff('akeno'), { reservationId: r.id }));
    expect(loan).toMatchObject({ patronId: 'p-2', copyId: 'c-t-b0', reservationId: r.id, dueDate: '2026-12-22', returnedAt: null });
    expect(stored(lib, r.id).status).toBe('collected');
    expect(storedCopy(lib, 'c-t-b0').status).toBe('onLoan');
  });

  it('[D2] refuses a collection after the last day, writing nothing', async () => {
    const lib = library();
    await lend(lib);
    const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    lib.clock.set(jst('2026-12-09', '09:00'));
    const before = lib.storage.snapshot();
    expect(codesOf(await lib.service.collectHold(staff('akeno'), { reservationId: r.id }))).toEqual(['HOLD_EXPIRED']);
    expect(lib.storage.snapshot()).toEqual(before);
  });
});
