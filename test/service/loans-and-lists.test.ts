import { describe, expect, it } from 'vitest';
import { codesOf, jst, library, online, request, staff, SYSTEM, valueOf } from './fixtures.js';

describe('the reservation list', () => {
  it('[F1][C2][D2][G3] shows labels, queue positions, last days and asOf', async () => {
    const lib = library();
    valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
    const requested = await request(lib, 'p-2', 't-b0/1');
    const onHoldId = await request(lib, 'p-2', 't-b1/1');
    const cancelling = await request(lib, 'p-2', 't-genji/1');
    valueOf(await lib.service.cancelOnline(online('p-2'), { reservationId: cancelling }));
    let list = valueOf(await lib.service.listReservations(online('p-2')));
    expect(list.asOf).toBe(lib.clock.now());
    expect(list.reservations.map((v) => [v.status, v.label.ja, v.queuePosition, v.cancellationPending])).toEqual([
      ['requested', '予約申請中', null, false],
      ['requested', '予約申請中', null, false],
      ['requested', '予約申請中', null, true],
    ]);
    lib.clock.set(jst('2026-12-02', '08:30'));
    valueOf(await lib.service.runApprovalBatch(SYSTEM));
    list = valueOf(await lib.service.listReservations(online('p-2')));
    const byId = new Map(list.reservations.map((v) => [v.reservationId, v]));
    expect(byId.get(requested)).toMatchObject({ status: 'reserved', label: { ja: '予約中', en: 'Reserved' }, queuePosition: 1, lastDay: null });
    expect(byId.get(onHoldId)).toMatchObject({ status: 'onHold', label: { ja: 'お取置き' }, queuePosition: null, lastDay: '2026-12-09' });
    expect(byId.get(cancelling)).toMatchObject({ status: 'cancelled', title: '源氏物語', volumeLabel: '上' });
  });
});

describe('loans', () => {
  it('[G1][G2][G3] shows overdue, reserved and renewable on the loan status page', async () => {
    const lib = library();
    valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-2', copyId: 'c-t-b0' }));
    valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-2', copyId: 'c-t-b1' }));
    valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-3', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    lib.clock.set(jst('2026-12-16', '09:00'));
    const page = valueOf(await lib.service.loanStatusPage(online('p-2')));
    expect(page.asOf).toBe(lib.clock.now());
    expect(page.loans.map((l) => [l.copyId, l.title, l.dueDate, l.overdue, l.reserved, l.renewable])).toEqual([
      ['c-t-b0', 'book-0', '2026-12-15', true, true, false],
      ['c-t-b1', 'book-1', '2026-12-15', true, false, true],
    ]);
    expect(valueOf(await lib.service.loanStatusPage(staff('mukawa'), { patronId: 'p-2' })).loans).toHaveLength(2);
  });

  it('[G4] renewal refused while someone waits', async () => {
    const lib = library();
    const loan = valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-2', copyId: 'c-t-b0' }));
    valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-3', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    const before = lib.storage.snapshot();
    expect(await lib.service.renewLoan(online('p-2'), { loanId: loan.id })).toEqual({
      ok: false, kind: 'refused', refusals: [{ code: 'RENEWAL_BLOCKED', rule: 'G4' }],
    });
    expect(codesOf(await lib.service.renewLoan(staff('akeno'), { loanId: loan.id }))).toEqual(['RENEWAL_BLOCKED']);
    expect(lib.storage.snapshot()).toEqual(before);
  });

  it('[G4][C2] an unapproved request does not block a renewal', async () => {
    const lib = library();
    const loan = valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-2', copyId: 'c-t-b0' }));
    await request(lib, 'p-3', 't-b0/1');
    const renewed = valueOf(await lib.service.renewLoan(online('p-2'), { loanId: loan.id }));
    expect(renewed).toMatchObject({ renewals: 1, dueDate: '2026-12-29', version: 1 });
    expect(codesOf(await lib.service.renewLoan(online('p-2'), { loanId: loan.id }))).toEqual(['RENEWAL_LIMIT']);
  });
});
