import { describe, expect, it } from 'vitest';
import type { ServiceResult } from '../../src/service/service-result.js';
import { library, online, staff, SYSTEM } from './fixtures.js';

function errorOf(result: ServiceResult<unknown>): { code: string; paths: string[] } {
  if (result.ok || result.kind !== 'error') throw new Error(`Expected an error, got ${JSON.stringify(result)}`);
  return { code: result.code, paths: result.issues.map((i) => i.path.join('.')) };
}

describe('invalid input', () => {
  it('gives INVALID_INPUT with the paths for malformed arguments, and writes nothing', async () => {
    const lib = library();
    const before = lib.storage.snapshot();
    const s = lib.service as unknown as Record<string, (actor: unknown, input?: unknown) => Promise<ServiceResult<unknown>>>;
    expect(errorOf(await s['runApprovalBatch']!(SYSTEM, { date: '2026-02-30' }))).toEqual({ code: 'INVALID_INPUT', paths: ['date'] });
    expect(new Set(errorOf(await s['runHoldExpiry']!(SYSTEM, { date: '12/01/2026' })).paths)).toEqual(new Set(['date']));
    expect(errorOf(await s['addToCart']!(online('p-2'), { volumeId: 't-b0/1' }))).toEqual({ code: 'INVALID_INPUT', paths: ['pickupBranchId'] });
    expect(errorOf(await s['submitCart']!(online('p-2'), { volumeIds: [] })).code).toBe('INVALID_INPUT');
    expect(errorOf(await s['submitCart']!(online('p-2'), { volumeIds: ['t-b0/1', 't-b0/1'] })).code).toBe('INVALID_INPUT');
    expect(errorOf(await s['checkIn']!(staff('akeno'), { copyId: 42 }))).toEqual({ code: 'INVALID_INPUT', paths: ['copyId'] });
    expect(errorOf(await s['setNoticePrivacy']!(online('p-2'), { showName: 'yes', showTitle: false })).code).toBe('INVALID_INPUT');
    expect(errorOf(await s['listReservations']!(staff('akeno'))).code).toBe('INVALID_INPUT');
    expect(lib.storage.snapshot()).toEqual(before);
  });

  it('[D3] refuses an expiry run for a date after today in Japan', async () => {
    const lib = library();
    expect(errorOf(await lib.service.runHoldExpiry(SYSTEM, { date: '2026-12-09' })).code).toBe('INVALID_INPUT');
    expect(lib.storage.snapshot().jobRuns).toEqual([]);
  });

  it('gives NOT_FOUND for unknown ids, and writes nothing', async () => {
    const lib = library();
    const before = lib.storage.snapshot();
    expect(errorOf(await lib.service.addToCart(online('p-2'), { volumeId: 't-none/1', pickupBranchId: 'akeno' })).code).toBe('NOT_FOUND');
    expect(errorOf(await lib.service.addFavourite(online('p-none'), { volumeId: 't-b0/1' })).code).toBe('NOT_FOUND');
    expect(errorOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-none' })).code).toBe('NOT_FOUND');
    expect(errorOf(await lib.service.collectHold(staff('akeno'), { reservationId: 'r-none' })).code).toBe('NOT_FOUND');
    expect(errorOf(await lib.service.cancelByStaff(staff('akeno'), { reservationId: 'r-none' })).code).toBe('NOT_FOUND');
    expect(errorOf(await lib.service.renewLoan(staff('akeno'), { loanId: 'l-none' })).code).toBe('NOT_FOUND');
    expect(errorOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-none', copyId: 'c-t-b0' })).code).toBe('NOT_FOUND');
    expect(errorOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 'x/1', pickupBranchId: 'akeno' })).code).toBe('NOT_FOUND');
    expect(errorOf(await lib.service.setUnreachable(staff('akeno'), { patronId: 'p-none', unreachable: true })).code).toBe('NOT_FOUND');
    expect(errorOf(await lib.service.listReservations(staff('akeno'), { patronId: 'p-none' })).code).toBe('NOT_FOUND');
    expect(lib.storage.snapshot()).toEqual(before);
  });

  it('[B4] a pickup branch that is no pickup point is refused with its rule, and nothing is written', async () => {
    const lib = library();
    const before = lib.storage.snapshot();
    const r = await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'museum' });
    expect(r).toEqual({ ok: false, kind: 'refused', refusals: [{ code: 'MUSEUM_NOT_PICKUP', rule: 'E5', params: { branchId: 'museum' } }] });
    expect(lib.storage.snapshot()).toEqual(before);
  });
});
