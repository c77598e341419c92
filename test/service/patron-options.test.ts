import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { codesOf, jst, library, online, staff, stored, valueOf } from './fixtures.js';

async function waiting(policy = hokutoPolicy()) {
  const lib = library({ policy });
  valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-4', copyId: 'c-t-b1' }));
  const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b1/1', pickupBranchId: 'akeno' }));
  return { lib, id: r.id };
}

describe('[P13] suspend until a date', () => {
  it('[P13] is refused by default, writing nothing', async () => {
    const { lib, id } = await waiting();
    const before = stored(lib, id);
    expect(codesOf(await lib.service.suspendReservation(online('p-2'), { reservationId: id, until: '2026-12-20' }))).toEqual(['SUSPENSION_OFF']);
    expect(stored(lib, id)).toEqual(before);
  });

  it('[P13] refuses a date in the past or today, another patron, and staff of another branch', async () => {
    const { lib, id } = await waiting(hokutoPolicy({ allowSuspension: true }));
    expect(codesOf(await lib.service.suspendReservation(online('p-2'), { reservationId: id, until: '2026-11-30' }))).toEqual(['SUSPENSION_DATE_INVALID']);
    expect(codesOf(await lib.service.suspendReservation(online('p-2'), { reservationId: id, until: '2026-12-01' }))).toEqual(['SUSPENSION_DATE_INVALID']);
    expect(codesOf(await lib.service.suspendReservation(online('p-3'), { reservationId: id, until: '2026-12-20' }))).toEqual(['NOT_ALLOWED']);
    expect(codesOf(await lib.service.suspendReservation(staff('sutama'), { reservationId: id, until: '2026-12-20' }))).toEqual(['OUTSIDE_BRANCH']);
    const ok = valueOf(await lib.service.suspendReservation(staff('akeno'), { reservationId: id, until: '2026-12-20' }));
    expect(ok).toMatchObject({ status: 'reserved', suspendedUntil: '2026-12-20' });
    const line = valueOf(await lib.service.listReservations(online('p-2'))).reservations[0];
    expect(line).toMatchObject({ suspendedUntil: '2026-12-20', queuePosition: 1 });
  });

  it('[P13] a returned copy passes over the suspended head and goes on the shelf when nobody else waits', async () => {
    const { lib, id } = await waiting(hokutoPolicy({ allowSuspension: true }));
    valueOf(await lib.service.suspendReservation(online('p-2'), { reservationId: id, until: '2026-12-05' }));
    const outcome = valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b1' }));
    expect(outcome.kind).toBe('shelve');
    lib.clock.set(jst('2026-12-06', '06:00'));
    const job = valueOf(await lib.service.runHoldExpiry({ kind: 'system' }));
    expect(job.newHolds).toBe(1);
    expect(stored(lib, id)).toMatchObject({ status: 'onHold', noticeDate: '2026-12-06' });
  });
});

describe('[P14] not needed after', () => {
  it('[P14] is refused by default, and a date before today is refused', async () => {
    const off = await waiting();
    expect(codesOf(await off.lib.service.setNotNeededAfter(online('p-2'), { reservationId: off.id, date: '2026-12-20' }))).toEqual(['NOT_NEEDED_AFTER_OFF']);
    const on = await waiting(hokutoPolicy({ allowNotNeededAfter: true }));
    expect(codesOf(await on.lib.service.setNotNeededAfter(online('p-2'), { reservationId: on.id, date: '2026-11-30' }))).toEqual(['NOT_NEEDED_AFTER_PAST']);
    expect(valueOf(await on.lib.service.setNotNeededAfter(online('p-2'), { reservationId: on.id, date: '2026-12-01' }))).toMatchObject({ notNeededAfter: '2026-12-01' });
  });

  it('[P14] the expiry job after the date ends it silently; the patron can remove the date before', async () => {
    const { lib, id } = await waiting(hokutoPolicy({ allowNotNeededAfter: true }));
    valueOf(await lib.service.setNotNeededAfter(online('p-2'), { reservationId: id, date: '2026-12-03' }));
    lib.clock.set(jst('2026-12-04', '06:00'));
    const job = valueOf(await lib.service.runHoldExpiry({ kind: 'system' }));
    expect(job.cancelled).toBe(1);
    expect(stored(lib, id)).toMatchObject({ status: 'cancelled', cancelledBy: 'system', cancelledFrom: 'reserved' });
    expect(lib.storage.snapshot().outbox).toEqual([]);
  });
});
