import { expect, it } from 'vitest';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { fixedClock, type FixedClock } from '../../src/ports/clock.js';
import type { SeedableStorage } from '../../src/ports/seed-data.js';
import type { StoragePorts } from '../../src/ports/storage-ports.js';
import type { Actor } from '../../src/service/actor.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import type { ServiceResult } from '../../src/service/service-result.js';

// Issue 13: check-in does not stop on a queued reservation it cannot read. It places the copy with
// the readable queue, sets the bad row aside and reports it (table, id, code; no patron data), and
// decides every other record; the copy itself unreadable is still INVALID_RECORD, nothing written.

/** A storage under test, and a way to make one row unreadable behind its back, and to mend it. */
export interface CheckInPoisonSubject {
  readonly storage: StoragePorts & SeedableStorage & { close(): Promise<void> };
  poison(table: 'reservations' | 'copies', id: string): Promise<void>;
  mend(table: 'reservations' | 'copies', id: string): Promise<void>;
}

const STAFF_AKENO: Actor = { kind: 'staff', branchId: 'akeno' };
const STAFF_NAGASAKA: Actor = { kind: 'staff', branchId: 'nagasaka' };
const jst = (date: string, time: string): string => new Date(`${date}T${time}:00+09:00`).toISOString();
const QUEUE = [1, 2, 3] as const;
/** When every queued reservation was placed (the SQL subjects mend a poisoned `placed_at` with it). */
export const PLACED_AT = jst('2026-11-30', '10:00');

function valueOf<T>(result: ServiceResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}

type CopyState = 'onLoan' | 'missing' | 'awaitingPull' | 'onHoldShelf';

/**
 * c-1 of t-1/1 (owned by akeno) lent to p-9 (or missing, or on akeno's pull list for r-2, or on
 * akeno's hold shelf for r-9 of p-9); r-1, r-2, r-3 of p-1..p-3 queued for t-1/1 in that order,
 * collecting at akeno.
 */
async function seedQueue(subject: CheckInPoisonSubject, copyState: CopyState = 'onLoan'): Promise<void> {
  await subject.storage.seed({
    patrons: [...QUEUE, 9].map((i) => ({
      id: `p-${i}`, cardNumber: `000000000${i}`, email: `p${i}@example.jp`, internetRegistered: true, unreachable: false,
      noticePrivacy: { showName: false, showTitle: false },
    })),
    titles: [{ id: 't-1', name: 'title 1', category: 'book', audiovisual: false }],
    volumes: [{ id: 't-1/1', titleId: 't-1' }],
    copies: [{
      id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: copyState, version: 1,
      ...(copyState === 'awaitingPull' ? { reservationId: 'r-2' } : copyState === 'onHoldShelf' ? { reservationId: 'r-9' } : {}),
    }],
    loans: copyState !== 'onLoan' ? [] : [{
      id: 'l-1', patronId: 'p-9', copyId: 'c-1', volumeId: 't-1/1', titleId: 't-1', branchId: 'akeno',
      lentAt: jst('2026-12-01', '10:00'), dueDate: '2026-12-15', renewals: 0, returnedAt: null, version: 0,
    }],
    reservations: [
      ...QUEUE.map((i) => ({
        id: `r-${i}`, patronId: `p-${i}`, titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'online' as const,
        pickupBranchId: 'akeno', placedAt: PLACED_AT, version: 1, status: 'reserved' as const, queuedAt: jst('2026-12-01', `08:3${i}`),
      })),
      ...(copyState !== 'onHoldShelf' ? [] : [{
        id: 'r-9', patronId: 'p-9', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'online' as const,
        pickupBranchId: 'akeno', placedAt: PLACED_AT, version: 2, status: 'onHold' as const, queuedAt: jst('2026-12-01', '08:00'),
        copyId: 'c-1', trappedAt: jst('2026-12-02', '10:00'), noticeDate: '2026-12-02', lastDay: '2026-12-09', noticeSentAt: jst('2026-12-02', '10:05'),
      }]),
    ],
  });
}

async function state(subject: CheckInPoisonSubject) {
  return subject.storage.unitOfWork.run(async (tx) => {
    const statuses: Record<string, string> = {};
    for (const i of QUEUE) statuses[`r-${i}`] = (await tx.reservations.get(`r-${i}`).catch(() => null))?.status ?? 'unreadable';
    return {
      statuses,
      copy: await tx.copies.get('c-1').catch(() => null),
      loanOpen: (await tx.loans.findOpenByCopy('c-1')) !== null,
      notices: (await tx.outbox.listPending()).map((n) => n.reservationId),
    };
  });
}

/** Registers the check-in poison-row tests of an adapter. */
export function checkInPoisonTests(makeSubject: (clock: FixedClock) => Promise<CheckInPoisonSubject>): void {
  it('[D1][P19] check-in sets aside the unreadable head of the queue, traps the copy for the next valid reservation, and decides every other record', async () => {
    const clock = fixedClock(jst('2026-12-03', '10:00'));
    const subject = await makeSubject(clock);
    try {
      await seedQueue(subject);
      await subject.poison('reservations', 'r-1');
      const service = createReservationService(subject.storage, hokutoPolicy(), { serverId: 'a' });
      const outcome = valueOf(await service.checkIn(STAFF_AKENO, { copyId: 'c-1' }));
      expect(outcome).toMatchObject({ kind: 'hold', reservation: { id: 'r-2', status: 'onHold' }, copy: { status: 'onHoldShelf' } });
      expect(outcome.setAside).toEqual([{ table: 'reservations', id: 'r-1', code: 'INVALID_RECORD' }]);
      expect(JSON.stringify(outcome.setAside)).not.toMatch(/000000000|@example\.jp|p-1/);
      await subject.mend('reservations', 'r-1');
      expect(await state(subject)).toEqual({
        statuses: { 'r-1': 'reserved', 'r-2': 'onHold', 'r-3': 'reserved' },
        copy: expect.objectContaining({ status: 'onHoldShelf', reservationId: 'r-2' }),
        loanOpen: false,
        notices: ['r-2'],
      });
    } finally {
      await subject.storage.close();
    }
  });

  it('[D1] a check-in without unreadable rows reports nothing set aside and traps the head of the queue', async () => {
    const clock = fixedClock(jst('2026-12-03', '10:00'));
    const subject = await makeSubject(clock);
    try {
      await seedQueue(subject);
      const service = createReservationService(subject.storage, hokutoPolicy(), { serverId: 'a' });
      const outcome = valueOf(await service.checkIn(STAFF_AKENO, { copyId: 'c-1' }));
      expect(outcome).toMatchObject({ kind: 'hold', reservation: { id: 'r-1' } });
      expect(outcome).not.toHaveProperty('setAside');
    } finally {
      await subject.storage.close();
    }
  });

  it('[P5][P19] when no readable reservation waits, check-in sends the copy home as the rules say and sets every unreadable one aside', async () => {
    const clock = fixedClock(jst('2026-12-03', '10:00'));
    const subject = await makeSubject(clock);
    try {
      await seedQueue(subject);
      for (const i of QUEUE) await subject.poison('reservations', `r-${i}`);
      const service = createReservationService(subject.storage, hokutoPolicy(), { serverId: 'a' });
      const outcome = valueOf(await service.checkIn(STAFF_NAGASAKA, { copyId: 'c-1' }));
      expect(outcome).toMatchObject({ kind: 'home', copy: { status: 'inTransit', locationBranchId: 'akeno', transitFromBranchId: 'nagasaka' } });
      expect(outcome.setAside).toEqual(QUEUE.map((i) => ({ table: 'reservations', id: `r-${i}`, code: 'INVALID_RECORD' })));
      for (const i of QUEUE) await subject.mend('reservations', `r-${i}`);
      expect(await state(subject)).toMatchObject({ statuses: { 'r-1': 'reserved', 'r-2': 'reserved', 'r-3': 'reserved' }, loanOpen: false, notices: [] });
    } finally {
      await subject.storage.close();
    }
  });

  it('[D1][P19] the returned copy itself unreadable is INVALID_RECORD naming it, and nothing is written', async () => {
    const clock = fixedClock(jst('2026-12-03', '10:00'));
    const subject = await makeSubject(clock);
    try {
      await seedQueue(subject);
      await subject.poison('copies', 'c-1');
      const service = createReservationService(subject.storage, hokutoPolicy(), { serverId: 'a' });
      const error = await service.checkIn(STAFF_AKENO, { copyId: 'c-1' }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isYoyakuError(error) && error.code).toBe('INVALID_RECORD');
      expect(isYoyakuError(error) && error.details).toMatchObject({ table: 'copies', id: 'c-1' });
      await subject.mend('copies', 'c-1');
      expect(await state(subject)).toMatchObject({ statuses: { 'r-1': 'reserved', 'r-2': 'reserved', 'r-3': 'reserved' }, loanOpen: true, notices: [] });
    } finally {
      await subject.storage.close();
    }
  });

  for (const [name, copyState, place] of [
    ['a copy marked found', 'missing', (service: ReturnType<typeof createReservationService>) => service.markCopy(STAFF_AKENO, { copyId: 'c-1', mark: 'found' }).then((r) => valueOf(r).placed)],
    ['a confirmed pull', 'awaitingPull', (service: ReturnType<typeof createReservationService>) => service.confirmPull(STAFF_AKENO, { copyId: 'c-1' }).then(valueOf)],
  ] as const) {
    it(`[P6][P8][P19] ${name} sets aside an unreadable queued reservation and goes on hold for the next valid one`, async () => {
      const clock = fixedClock(jst('2026-12-03', '10:00'));
      const subject = await makeSubject(clock);
      try {
        await seedQueue(subject, copyState);
        await subject.poison('reservations', 'r-1');
        const service = createReservationService(subject.storage, hokutoPolicy(), { serverId: 'a' });
        const outcome = await place(service);
        expect(outcome).toMatchObject({ kind: 'hold', reservation: { id: 'r-2', status: 'onHold' }, copy: { status: 'onHoldShelf' } });
        expect(outcome?.setAside).toEqual([{ table: 'reservations', id: 'r-1', code: 'INVALID_RECORD' }]);
        await subject.mend('reservations', 'r-1');
        expect(await state(subject)).toMatchObject({ statuses: { 'r-1': 'reserved', 'r-2': 'onHold', 'r-3': 'reserved' }, notices: ['r-2'] });
      } finally {
        await subject.storage.close();
      }
    });
  }

  it('[F3][P19] a staff cancellation of a hold sets aside an unreadable queued reservation and passes the copy to the next valid one', async () => {
    const clock = fixedClock(jst('2026-12-03', '10:00'));
    const subject = await makeSubject(clock);
    try {
      await seedQueue(subject, 'onHoldShelf');
      await subject.poison('reservations', 'r-1');
      const service = createReservationService(subject.storage, hokutoPolicy(), { serverId: 'a' });
      const result = await service.cancelByStaff(STAFF_AKENO, { reservationId: 'r-9' });
      expect(result).toMatchObject({ ok: true, value: { id: 'r-9', status: 'cancelled' } });
      expect(result.ok && result.setAside).toEqual([{ table: 'reservations', id: 'r-1', code: 'INVALID_RECORD' }]);
      expect(JSON.stringify(result)).not.toMatch(/000000000|@example\.jp/);
      await subject.mend('reservations', 'r-1');
      expect(await state(subject)).toMatchObject({
        statuses: { 'r-1': 'reserved', 'r-2': 'onHold', 'r-3': 'reserved' },
        copy: expect.objectContaining({ status: 'onHoldShelf', reservationId: 'r-2' }),
        notices: ['r-2'],
      });
    } finally {
      await subject.storage.close();
    }
  });

  for (const [who, rule, cancel] of [
    ['a staff cancellation', 'F3', (service: ReturnType<typeof createReservationService>) => service.cancelByStaff(STAFF_AKENO, { reservationId: 'r-2' })],
    ['an immediate online cancellation', 'F2', (service: ReturnType<typeof createReservationService>) => service.cancelOnline({ kind: 'patron', patronId: 'p-2', channel: 'online' }, { reservationId: 'r-2' })],
  ] as const)
  it(`[${rule}][P8][P19] ${who} of a reservation with a copy on the pull list sets aside an unreadable queued one and passes the copy on`, async () => {
    const clock = fixedClock(jst('2026-12-03', '10:00'));
    const subject = await makeSubject(clock);
    try {
      await seedQueue(subject, 'awaitingPull');
      await subject.poison('reservations', 'r-1');
      const service = createReservationService(subject.storage, hokutoPolicy({ onlineCancellation: 'immediate' }), { serverId: 'a' });
      const result = await cancel(service);
      expect(result).toMatchObject({ ok: true, value: { id: 'r-2', status: 'cancelled' } });
      expect(result.ok && result.setAside).toEqual([{ table: 'reservations', id: 'r-1', code: 'INVALID_RECORD' }]);
      await subject.mend('reservations', 'r-1');
      const after = await state(subject);
      expect(after.statuses).toMatchObject({ 'r-1': 'reserved', 'r-2': 'cancelled' });
      expect(after.copy).toMatchObject({ reservationId: 'r-3' });
    } finally {
      await subject.storage.close();
    }
  });

  it('[F3][P19] a cancellation without unreadable rows reports nothing set aside; the cancelled reservation itself unreadable is INVALID_RECORD, nothing written', async () => {
    const clock = fixedClock(jst('2026-12-03', '10:00'));
    const subject = await makeSubject(clock);
    try {
      await seedQueue(subject, 'onHoldShelf');
      const service = createReservationService(subject.storage, hokutoPolicy(), { serverId: 'a' });
      await subject.poison('reservations', 'r-9');
      const error = await service.cancelByStaff(STAFF_AKENO, { reservationId: 'r-9' }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isYoyakuError(error) && error.code).toBe('INVALID_RECORD');
      await subject.mend('reservations', 'r-9');
      expect(await state(subject)).toMatchObject({ copy: expect.objectContaining({ status: 'onHoldShelf', reservationId: 'r-9' }), notices: [] });
      const result = await service.cancelByStaff(STAFF_AKENO, { reservationId: 'r-9' });
      expect(result).toMatchObject({ ok: true, value: { status: 'cancelled' } });
      expect(result).not.toHaveProperty('setAside');
    } finally {
      await subject.storage.close();
    }
  });
}
