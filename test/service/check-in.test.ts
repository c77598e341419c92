import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import type { DeliverableNotice } from '../../src/service/reservation-service.js';
import { codesOf, library, online, SECRETS, SECRET_EMAIL, staff, stored, storedCopy, valueOf, type Library } from './fixtures.js';

/** p-3 borrows c-t-b0 at akeno, then staff reserve t-b0 for `patronId` with `pickup`. */
async function lentAndReserved(lib: Library, patronId: string, pickup = 'akeno'): Promise<string> {
  valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
  const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId, volumeId: 't-b0/1', pickupBranchId: pickup }));
  expect(r.status).toBe('reserved');
  return r.id;
}

describe('check-in', () => {
  it('[D1][D5] check-in traps the copy and queues a notice without name or title', async () => {
    const lib = library();
    const id = await lentAndReserved(lib, 'p-1');
    lib.clock.advance({ days: 2 });
    const outcome = valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    expect(outcome.kind).toBe('hold');
    expect(stored(lib, id)).toMatchObject({ status: 'onHold', copyId: 'c-t-b0', noticeDate: '2026-12-03', lastDay: '2026-12-10' });
    expect(storedCopy(lib, 'c-t-b0')).toMatchObject({ status: 'onHoldShelf', locationBranchId: 'akeno' });
    const snapshot = lib.storage.snapshot();
    expect(snapshot.loans[0]?.returnedAt).toBe(lib.clock.now());
    expect(snapshot.outbox).toHaveLength(1);
    const notice = snapshot.outbox[0]!.notice;
    expect(notice).toMatchObject({ kind: 'holdNotice', patronId: 'p-1', reservationId: id });
    expect(notice.payload).toMatchObject({ lastDay: '2026-12-10', noticeDate: '2026-12-03', pickupBranchId: 'akeno', nameShown: false, titleShown: false });
    const text = JSON.stringify(notice);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toContain('book-0');
    expect(notice.payload['subject']).toBe('【予約（貸出）決定通知】ご予約の資料をご用意しました');
  });

  it('[D5] shows the name and the title when the patron allows them', async () => {
    const lib = library();
    await lentAndReserved(lib, 'p-4');
    valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    const notice = lib.storage.snapshot().outbox[0]!.notice;
    expect(notice.payload).toMatchObject({ nameShown: true, titleShown: true });
    expect(notice.payload['body']).toContain('name-p-4');
    expect(notice.payload['subject']).toContain('book-0');
    expect(JSON.stringify(notice)).not.toContain('p-4@example.jp');
  });

  it('[E5][D1] sends a copy in transit to the pickup branch, and traps it on arrival', async () => {
    const lib = library();
    const id = await lentAndReserved(lib, 'p-2', 'mukawa');
    const transit = valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    expect(transit).toMatchObject({ kind: 'transit', reservationId: id, copy: { status: 'inTransit', locationBranchId: 'mukawa' } });
    expect(stored(lib, id).status).toBe('reserved');
    expect(lib.storage.snapshot().outbox).toEqual([]);
    const hold = valueOf(await lib.service.checkIn(staff('mukawa'), { copyId: 'c-t-b0' }));
    expect(hold.kind).toBe('hold');
    expect(stored(lib, id).status).toBe('onHold');
  });

  it('[P5] sends home a returned copy nobody waits for, and closes its loan; shelves it when returned at home', async () => {
    const lib = library();
    valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
    const outcome = valueOf(await lib.service.checkIn(staff('nagasaka'), { copyId: 'c-t-b0' }));
    expect(outcome).toMatchObject({ kind: 'home', copy: { status: 'inTransit', locationBranchId: 'akeno', transitFromBranchId: 'nagasaka' } });
    expect(lib.storage.snapshot().loans.every((l) => l.returnedAt !== null)).toBe(true);
    const arrived = valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    expect(arrived).toMatchObject({ kind: 'shelve', copy: { status: 'onShelf', locationBranchId: 'akeno' } });
  });

  it('[P5] with returnTo whereReturned shelves a returned copy where it was returned', async () => {
    const lib = library({ policy: hokutoPolicy({ returnTo: 'whereReturned' }) });
    valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
    const outcome = valueOf(await lib.service.checkIn(staff('nagasaka'), { copyId: 'c-t-b0' }));
    expect(outcome).toMatchObject({ kind: 'shelve', copy: { status: 'onShelf', locationBranchId: 'nagasaka' } });
  });

  it('[D1] refuses to check in a copy held for a hold, writing nothing', async () => {
    const lib = library();
    await lentAndReserved(lib, 'p-2');
    valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    const before = lib.storage.snapshot();
    expect(codesOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }))).toEqual(['COPY_NOT_TRAPPABLE']);
    expect(lib.storage.snapshot()).toEqual(before);
  });
});

describe('delivering notices', () => {
  it('[D1] delivers each notice at least once, with the address looked up when it is sent', async () => {
    const lib = library();
    await lentAndReserved(lib, 'p-1');
    valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    const sent: DeliverableNotice[] = [];
    let fail = true;
    const flaky = async (n: DeliverableNotice) => {
      if (fail) throw new Error(`smtp refused ${n.to}`);
      sent.push(n);
    };
    const first = valueOf(await lib.service.deliverNotices(flaky));
    expect(first.sent).toBe(0);
    expect(first.failed).toHaveLength(1);
    expect(JSON.stringify(first)).not.toContain(SECRET_EMAIL);
    expect(lib.storage.snapshot().outbox[0]?.sentAt).toBeNull();

    valueOf(await lib.service.changeEmail(online('p-1'), { email: 'new.address@example.jp', confirmed: true }));
    fail = false;
    expect(valueOf(await lib.service.deliverNotices(flaky))).toEqual({ sent: 1, failed: [], setAside: [] });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'holdNotice', patronId: 'p-1', to: 'new.address@example.jp', locale: 'ja' });
    expect(sent[0]?.body).toContain('2026年12月8日');
    expect(lib.storage.snapshot().outbox[0]?.sentAt).not.toBeNull();
    expect(valueOf(await lib.service.deliverNotices(flaky))).toEqual({ sent: 0, failed: [], setAside: [] });
  });

  it('[D4] a failed delivery does not move the last day', async () => {
    const lib = library();
    const id = await lentAndReserved(lib, 'p-2');
    valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    const lastDay = stored(lib, id).status === 'onHold' ? (stored(lib, id) as { lastDay: string }).lastDay : null;
    await lib.service.deliverNotices(async () => Promise.reject(new Error('down')));
    expect((stored(lib, id) as { lastDay: string }).lastDay).toBe(lastDay);
  });
});
