import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import type { ServiceResult } from '../../src/service/service-result.js';
import { jst, library, online, request, staff, stored, SYSTEM, valueOf, type Library } from './fixtures.js';

function errorOf(result: ServiceResult<unknown>): { code: string; paths: string[] } {
  if (result.ok || result.kind !== 'error') throw new Error(`Expected an error, got ${JSON.stringify(result)}`);
  return { code: result.code, paths: result.issues.map((i) => i.path.join('.')) };
}

/** A copy of t-b0 on loan to p-3, so that requests for it wait. */
async function lend(lib: Library): Promise<void> {
  valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
}

describe('jobs on the right day', () => {
  it('[P16] an approval batch for a day after today in Japan is refused and claims nothing; that day\'s real batch decides', async () => {
    const lib = library({ start: jst('2026-12-01', '09:00') });
    await lend(lib);
    const early = await request(lib, 'p-2', 't-b0/1');
    expect(errorOf(await lib.service.runApprovalBatch(SYSTEM, { date: '2026-12-02' }))).toEqual({ code: 'INVALID_INPUT', paths: ['date'] });
    // 23:59 on 12-01 in Japan is still 12-01, so 12-02 is still tomorrow.
    lib.clock.set(jst('2026-12-01', '23:59'));
    expect(errorOf(await lib.service.runApprovalBatch(SYSTEM, { date: '2026-12-02' })).code).toBe('INVALID_INPUT');
    expect(stored(lib, early).status).toBe('requested');
    expect(lib.storage.snapshot().jobRuns).toEqual([]);

    const late = await request(lib, 'p-4', 't-b0/1');
    lib.clock.set(jst('2026-12-02', '08:30'));
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM))).toMatchObject({ date: '2026-12-02', claimed: true, approved: 2 });
    expect([stored(lib, early).status, stored(lib, late).status]).toEqual(['reserved', 'reserved']);
  });

  it('[P16] control: a run for 12-02 made while the clock passes the guard claims 12-02, and the real batch of 12-02 then does nothing', async () => {
    // What an unguarded early run does: the claim of 12-02 is taken before 12-01 is over.
    const lib = library({ start: jst('2026-12-01', '09:00') });
    await lend(lib);
    lib.clock.set(jst('2026-12-02', '00:00'));
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM, { date: '2026-12-02' })).claimed).toBe(true);
    lib.clock.set(jst('2026-12-01', '22:00'));
    const late = await request(lib, 'p-4', 't-b0/1');
    lib.clock.set(jst('2026-12-02', '08:30'));
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM))).toMatchObject({ claimed: false, approved: 0 });
    expect(stored(lib, late).status).toBe('requested');
  });

  it('[P16] a hold expiry for a day after today is refused and claims nothing; a past day may be caught up', async () => {
    const lib = library({ start: jst('2026-12-01', '10:00') });
    expect(errorOf(await lib.service.runHoldExpiry(SYSTEM, { date: '2026-12-02' }))).toEqual({ code: 'INVALID_INPUT', paths: ['date'] });
    expect(lib.storage.snapshot().jobRuns).toEqual([]);
    expect(valueOf(await lib.service.runHoldExpiry(SYSTEM, { date: '2026-11-30' }))).toMatchObject({ date: '2026-11-30', claimed: true });
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM, { date: '2026-11-30' }))).toMatchObject({ date: '2026-11-30', claimed: true });
  });

  it('[C1] on a day its pickup branch is closed the batch approves nothing new, only what the last open day would have', async () => {
    // akeno is closed on Monday 2026-12-07. Saturday's request missed Sunday's batch; Sunday's waits for Tuesday.
    const lib = library({ start: jst('2026-12-05', '10:00') });
    await lend(lib);
    const saturday = await request(lib, 'p-2', 't-b0/1');
    lib.clock.set(jst('2026-12-06', '10:00'));
    const sunday = await request(lib, 'p-4', 't-b0/1');
    lib.clock.set(jst('2026-12-07', '08:30'));
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM))).toMatchObject({ date: '2026-12-07', claimed: true, approved: 1 });
    expect([stored(lib, saturday).status, stored(lib, sunday).status]).toEqual(['reserved', 'requested']);
    lib.clock.set(jst('2026-12-08', '08:30'));
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM)).approved).toBe(1);
    expect(stored(lib, sunday).status).toBe('reserved');
  });

  it('[C1] a branch closed on Mondays and Tuesdays: a Sunday request waits until Wednesday, behind a Monday request for another branch', async () => {
    const lib = library({ start: jst('2026-12-06', '10:00') });
    await lend(lib);
    const hakushu = await request(lib, 'p-2', 't-b0/1', 'hakushu');
    lib.clock.set(jst('2026-12-07', '10:00'));
    const akeno = await request(lib, 'p-4', 't-b0/1', 'akeno');
    for (const day of ['2026-12-07', '2026-12-08', '2026-12-09']) {
      lib.clock.set(jst(day, '08:30'));
      valueOf(await lib.service.runApprovalBatch(SYSTEM));
    }
    const queue = (id: string) => lib.storage.snapshot().reservations.find((r) => r.id === id);
    expect(queue(akeno)).toMatchObject({ status: 'reserved', queuedAt: jst('2026-12-08', '08:30') });
    expect(queue(hakushu)).toMatchObject({ status: 'reserved', queuedAt: jst('2026-12-09', '08:30') });
  });

  it('[C1] with one system-wide approval calendar, the Sunday request is approved on Monday and ranks first', async () => {
    const policy = hokutoPolicy({ approvalCalendar: { system: { yearEnd: { from: '12-29', to: '01-03' } } } });
    const lib = library({ policy, start: jst('2026-12-06', '10:00') });
    await lend(lib);
    const hakushu = await request(lib, 'p-2', 't-b0/1', 'hakushu');
    lib.clock.set(jst('2026-12-07', '08:30'));
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM)).approved).toBe(1);
    lib.clock.set(jst('2026-12-07', '10:00'));
    const akeno = await request(lib, 'p-4', 't-b0/1', 'akeno');
    lib.clock.set(jst('2026-12-08', '08:30'));
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM)).approved).toBe(1);
    expect(stored(lib, hakushu)).toMatchObject({ status: 'reserved', queuedAt: jst('2026-12-07', '08:30') });
    expect(stored(lib, akeno)).toMatchObject({ status: 'reserved', queuedAt: jst('2026-12-08', '08:30') });
    expect(valueOf(await lib.service.listReservations(online('p-2'))).reservations[0]).toMatchObject({ queuePosition: 1 });
  });

  it('[D3] the hold expiry runs the same on a day the branch is closed: the hold lapses, the next one starts its week', async () => {
    const lib = library({ start: jst('2026-11-29', '10:00') });
    await lend(lib);
    const first = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    const second = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-4', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }));
    expect(stored(lib, first.id)).toMatchObject({ status: 'onHold', lastDay: '2026-12-06' });
    lib.clock.set(jst('2026-12-07', '00:05')); // a Monday: akeno is closed
    expect(valueOf(await lib.service.runHoldExpiry(SYSTEM))).toMatchObject({ date: '2026-12-07', claimed: true, lapsed: 1, newHolds: 1 });
    expect(stored(lib, second.id)).toMatchObject({ status: 'onHold', noticeDate: '2026-12-07', lastDay: '2026-12-14' });
  });

  it('[P15] a batch on a day past the holiday data is CALENDAR_OUT_OF_RANGE, and claims nothing', async () => {
    const lib = library({ start: jst('2051-01-06', '08:30') });
    expect(errorOf(await lib.service.runApprovalBatch(SYSTEM)).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(lib.storage.snapshot().jobRuns).toEqual([]);
  });
});
