import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/service/actor.js';
import { codesOf, jst, library, online, patron, request, rulesOf, staff, SYSTEM, valueOf } from './fixtures.js';

describe('who may act', () => {
  it('[A5] refuses a patron on a channel other than online', async () => {
    const { service, storage } = library();
    const before = storage.snapshot();
    const byMail: Actor = { kind: 'patron', patronId: 'p-2', channel: 'email' };
    const result = await service.addToCart(byMail, { volumeId: 't-b0/1', pickupBranchId: 'akeno' });
    expect(result).toEqual({ ok: false, kind: 'refused', refusals: [{ code: 'CHANNEL_NOT_ACCEPTED', rule: 'A5' }] });
    expect(codesOf(await service.submitCart(byMail, { volumeIds: ['t-b0/1'] }))).toEqual(['CHANNEL_NOT_ACCEPTED']);
    expect(storage.snapshot()).toEqual(before);
  });

  it('[A1] refuses every online operation of an unregistered patron, with both A1 reasons', async () => {
    const { service } = library({ seed: { patrons: [patron('p-9', { internetRegistered: false, email: null })] } });
    const result = await service.listReservations(online('p-9'));
    expect(codesOf(result)).toEqual(['NOT_REGISTERED', 'NO_EMAIL']);
    expect(rulesOf(await service.addFavourite(online('p-9'), { volumeId: 't-b0/1' }))).toEqual(['A1', 'A1']);
  });

  it('[A1] lets staff place a counter reservation for an unregistered patron', async () => {
    const { service } = library({ seed: { patrons: [patron('p-9', { internetRegistered: false, email: null })] } });
    const r = await service.placeCounterReservation(staff('akeno'), { patronId: 'p-9', volumeId: 't-b0/1', pickupBranchId: 'akeno' });
    expect(r.ok).toBe(true);
  });

  it('[A3] refuses a patron staff judged unreachable, until staff clear the mark', async () => {
    const { service } = library();
    valueOf(await service.setUnreachable(staff('akeno'), { patronId: 'p-2', unreachable: true }));
    expect(codesOf(await service.listCart(online('p-2')))).toEqual(['UNREACHABLE']);
    valueOf(await service.setUnreachable(staff('mukawa'), { patronId: 'p-2', unreachable: false }));
    expect(valueOf(await service.listCart(online('p-2')))).toEqual([]);
  });

  it('[A4] refused during maintenance, while counter work and jobs go on', async () => {
    const window = { start: jst('2026-12-01', '09:00'), end: jst('2026-12-01', '12:00') };
    const lib = library();
    const policy = { ...lib.policy, maintenanceWindows: [window] };
    const during = library({ policy });
    const result = await during.service.addToCart(online('p-2'), { volumeId: 't-b0/1', pickupBranchId: 'akeno' });
    expect(result).toEqual({ ok: false, kind: 'refused', refusals: [{ code: 'MAINTENANCE', rule: 'A4', params: { until: window.end } }] });
    expect((await during.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' })).ok).toBe(true);
    expect((await during.service.runApprovalBatch(SYSTEM)).ok).toBe(true);
    during.clock.set(window.end);
    expect((await during.service.addToCart(online('p-2'), { volumeId: 't-b1/1', pickupBranchId: 'akeno' })).ok).toBe(true);
  });

  it('[P2] a patron cannot act on another\'s reservation', async () => {
    const lib = library();
    const id = await request(lib, 'p-2', 't-b0/1');
    const before = lib.storage.snapshot();
    expect(await lib.service.cancelOnline(online('p-3'), { reservationId: id })).toEqual({
      ok: false, kind: 'refused', refusals: [{ code: 'NOT_ALLOWED', rule: 'P2' }],
    });
    expect(rulesOf(await lib.service.changeOnline(online('p-3'), { reservationId: id, pickupBranchId: 'mukawa' }))).toEqual(['P2']);
    expect(rulesOf(await lib.service.listReservations(online('p-3'), { patronId: 'p-2' }))).toEqual(['P2']);
    expect(rulesOf(await lib.service.loanStatusPage(online('p-3'), { patronId: 'p-2' }))).toEqual(['P2']);
    expect(lib.storage.snapshot()).toEqual(before);
  });

  it('[P2] refuses a patron renewing another patron\'s loan', async () => {
    const lib = library();
    const loan = valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-2', copyId: 'c-t-b0' }));
    expect(rulesOf(await lib.service.renewLoan(online('p-3'), { loanId: loan.id }))).toEqual(['P2']);
  });

  it('gives a NOT_ALLOWED error to an actor of the wrong kind, and writes nothing', async () => {
    const lib = library();
    const before = lib.storage.snapshot();
    const expectNotAllowed = (r: { ok: boolean }) => expect(codesOf(r as never)).toEqual(['error:NOT_ALLOWED']);
    expectNotAllowed(await lib.service.checkIn(online('p-2'), { copyId: 'c-t-b0' }));
    expectNotAllowed(await lib.service.submitCart(staff('akeno'), { volumeIds: ['t-b0/1'] }));
    expectNotAllowed(await lib.service.runApprovalBatch(staff('akeno')));
    expectNotAllowed(await lib.service.runHoldExpiry(online('p-2')));
    expectNotAllowed(await lib.service.placeCounterReservation(SYSTEM, { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    expectNotAllowed(await lib.service.checkIn(staff('kofu'), { copyId: 'c-t-b0' }));
    expectNotAllowed(await lib.service.listCart({ kind: 'robot' } as unknown as Actor));
    expectNotAllowed(await lib.service.listCart(null as unknown as Actor));
    expect(lib.storage.snapshot()).toEqual(before);
  });
});
