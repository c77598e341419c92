import { describe, expect, it } from 'vitest';
import type { ServiceResult } from '../../src/service/service-result.js';
import { jst, library, online, SECRET_EMAIL, SECRETS, staff, SYSTEM } from './fixtures.js';

describe('privacy', () => {
  it('[D5] no refusal, error, message or event carries a patron\'s name, e-mail or card number', async () => {
    const lib = library();
    const me = online('p-1');
    const results: ServiceResult<unknown>[] = [];
    const run = async (p: Promise<ServiceResult<unknown>>) => results.push(await p);
    await run(lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-1', copyId: 'c-t-b0' }));
    await run(lib.service.addToCart(me, { volumeId: 't-local/1', pickupBranchId: 'museum' }));
    for (let i = 1; i <= 8; i++) await run(lib.service.addToCart(me, { volumeId: `t-b${i}/1`, pickupBranchId: 'akeno' }));
    await run(lib.service.submitCart(me, { volumeIds: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `t-b${i}/1`) }));
    await run(lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-1', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    await run(lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    await run(lib.service.changeEmail(me, { email: `not an address ${SECRET_EMAIL}`, confirmed: true }));
    await run(lib.service.changeEmail(me, { email: 42 as unknown as string, confirmed: true }));
    await run(lib.service.setInternetRegistration(staff('akeno'), { patronId: 'p-1', registered: true, email: `${SECRETS[0]} bad` }));
    await run(lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    lib.clock.set(jst('2026-12-02', '08:30'));
    await run(lib.service.runApprovalBatch(SYSTEM));
    await run(lib.service.listReservations(me));
    await run(lib.service.loanStatusPage(me));
    await run(lib.service.setUnreachable(staff('akeno'), { patronId: 'p-1', unreachable: true }));
    await run(lib.service.listCart(me));
    lib.clock.set(jst('2026-12-20', '08:30'));
    await run(lib.service.runHoldExpiry(SYSTEM));
    await run(lib.service.cancelOnline(me, { reservationId: 'unknown' }));
    await run(lib.service.deliverNotices(async () => Promise.reject(new Error(`bounced ${SECRET_EMAIL}`))));

    expect(results.some((r) => !r.ok && r.kind === 'refused')).toBe(true);
    expect(results.some((r) => !r.ok && r.kind === 'error')).toBe(true);
    expect(results.some((r) => r.ok && r.events.length > 0)).toBe(true);
    const text = JSON.stringify(results);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const outbox = JSON.stringify(lib.storage.snapshot().outbox);
    for (const secret of SECRETS) expect(outbox).not.toContain(secret);
  });
});
