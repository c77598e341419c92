import { describe, expect, it } from 'vitest';
import type { Loan } from '../../../src/model/loan.js';
import type { Copy } from '../../../src/model/material.js';
import type { Patron } from '../../../src/model/patron.js';
import type { ReservedReservation } from '../../../src/model/reservation.js';
import { createMemoryStorage } from '../../../src/memory.js';
import { fixedClock } from '../../../src/ports/clock.js';
import { ANONYMISED_PATRON_ID } from '../../../src/ports/event-log.js';
import type { StoresTx } from '../../../src/ports/unit-of-work.js';
import { codeOf } from '../../support/errors.js';
import { claimFinishAndSend } from '../../support/storage.js';

const patron: Patron = {
  id: 'p-1',
  cardNumber: '0000000001',
  internetRegistered: true,
  unreachable: false,
  noticePrivacy: { showName: false, showTitle: false },
};
const copy: Copy = { id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onShelf', version: 0 };
const reserved: ReservedReservation = {
  id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'counter',
  pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 0, status: 'reserved', queuedAt: '2026-12-03T01:00:00.000Z',
};

describe('createMemoryStorage', () => {
  it('declares transactions in one process', () => {
    expect(createMemoryStorage().capabilities).toEqual({ transactions: true, concurrentWriters: false });
  });

  it('uses the clock it is given for the ports, job claims and sent marks', async () => {
    const clock = fixedClock('2026-12-04T00:00:00.000Z');
    const storage = createMemoryStorage({ clock });
    expect(storage.clock.now()).toBe('2026-12-04T00:00:00.000Z');
    await claimFinishAndSend(storage, clock);
    const { jobRuns, outbox } = storage.snapshot();
    expect(jobRuns).toEqual([
      { job: 'approval', date: '2026-12-04', owner: 'a', claimedAt: '2026-12-04T00:00:00.000Z', finishedAt: '2026-12-04T00:05:00.000Z' },
    ]);
    expect(outbox.map((row) => row.sentAt)).toEqual(['2026-12-04T00:05:00.000Z']);
  });

  it('seeds records as copies, patrons at version 0, replacing records with the same id', async () => {
    const seeded = { ...patron };
    const storage = createMemoryStorage({ seed: { patrons: [seeded], copies: [copy] } });
    (seeded as { unreachable: boolean }).unreachable = true;
    await storage.seed({ copies: [{ ...copy, status: 'missing', version: 7 }], reservations: [reserved] });
    const snapshot = storage.snapshot();
    expect(snapshot.patrons).toEqual([{ patron, version: 0 }]);
    expect(snapshot.copies).toEqual([{ ...copy, status: 'missing', version: 7 }]);
    expect(snapshot.reservations).toEqual([reserved]);
    expect(await storage.unitOfWork.run((tx) => tx.reservations.listQueue('t-1/1'))).toEqual([reserved]);
  });

  it('gives a snapshot that is a deep copy and holds only committed writes', async () => {
    const storage = createMemoryStorage({ seed: { copies: [copy] } });
    const first = storage.snapshot();
    (first.copies[0] as { status: string }).status = 'missing';
    expect(storage.snapshot().copies).toEqual([copy]);

    let duringUnit: ReturnType<typeof storage.snapshot> | undefined;
    await storage.unitOfWork.run(async (tx) => {
      await tx.copies.update({ ...copy, status: 'onLoan', version: 1 }, 0);
      await tx.cart.add('p-1', { volumeId: 't-1/1', pickupBranchId: 'akeno' });
      duringUnit = storage.snapshot();
    });
    expect(duringUnit?.copies).toEqual([copy]);
    expect(duringUnit?.carts).toEqual({});
    expect(storage.snapshot().copies).toEqual([{ ...copy, status: 'onLoan', version: 1 }]);
    expect(storage.snapshot().carts).toEqual({ 'p-1': [{ volumeId: 't-1/1', pickupBranchId: 'akeno' }] });
  });

  it('stores only the fields of a cart or favourites entry', async () => {
    const storage = createMemoryStorage();
    const entry = { volumeId: 't-1/1', pickupBranchId: 'akeno', note: 'extra' };
    await storage.unitOfWork.run(async (tx) => {
      await tx.cart.add('p-1', entry);
      await tx.favourites.add('p-1', entry);
    });
    expect(storage.snapshot().carts).toEqual({ 'p-1': [{ volumeId: 't-1/1', pickupBranchId: 'akeno' }] });
    expect(storage.snapshot().favourites).toEqual({ 'p-1': [{ volumeId: 't-1/1' }] });
  });

  it('hands out its stored rows deeply frozen, and never freezes nor keeps the object a caller wrote', async () => {
    const seededPatron = { ...patron, noticePrivacy: { ...patron.noticePrivacy } };
    const storage = createMemoryStorage({ seed: { patrons: [seededPatron] } });
    const written = { ...reserved };
    const next = { ...patron, unreachable: true, noticePrivacy: { showName: true, showTitle: false } };
    await storage.unitOfWork.run(async (tx) => {
      await tx.reservations.insert(written);
      await tx.patrons.update(next, 0);
    });
    for (const object of [seededPatron, seededPatron.noticePrivacy, written, next, next.noticePrivacy]) expect(Object.isFrozen(object)).toBe(false);
    written.pickupBranchId = 'changed-after-insert';
    next.noticePrivacy.showTitle = true;

    const [got, listed, readPatron, versioned] = await storage.unitOfWork.run(async (tx) => [
      await tx.reservations.get('r-1'),
      await tx.reservations.listQueue('t-1/1'),
      await tx.patrons.get('p-1'),
      await tx.patrons.getVersioned('p-1'),
    ]);
    expect(got).toEqual(reserved);
    expect(got).not.toBe(written);
    expect(readPatron?.noticePrivacy).toEqual({ showName: true, showTitle: false });
    for (const object of [got, listed[0], readPatron, readPatron?.noticePrivacy, versioned]) expect(Object.isFrozen(object)).toBe(true);
    expect(() => {
      (got as { pickupBranchId: string }).pickupBranchId = 'changed-after-get';
    }).toThrow(TypeError);
    expect(() => {
      (readPatron!.noticePrivacy as { showName: boolean }).showName = false;
    }).toThrow(TypeError);
    expect(storage.snapshot().reservations).toEqual([reserved]);
  });

  it('runs units of work one at a time, in the order they started', async () => {
    const storage = createMemoryStorage();
    const trace: string[] = [];
    const unit = (name: string) =>
      storage.unitOfWork.run(async () => {
        trace.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        trace.push(`${name} end`);
      });
    await Promise.all([unit('a'), unit('b'), unit('c')]);
    expect(trace).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('releases the lock after a unit that throws', async () => {
    const storage = createMemoryStorage({ lockTimeoutMs: 200 });
    await expect(storage.unitOfWork.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await storage.unitOfWork.run(async () => 'next')).toBe('next');
  });

  it('refuses a store used after its unit of work ended, with STORE_UNAVAILABLE', async () => {
    const storage = createMemoryStorage({ seed: { copies: [copy] } });
    let leaked: StoresTx | undefined;
    await storage.unitOfWork.run(async (tx) => {
      leaked = tx;
    });
    expect(await codeOf(leaked!.copies.get('c-1'))).toBe('STORE_UNAVAILABLE');
    expect(await codeOf(leaked!.copies.update({ ...copy, version: 1 }, 0))).toBe('STORE_UNAVAILABLE');
    expect(storage.snapshot().copies).toEqual([copy]);
  });

  it('fails a unit of work started inside another with STORE_UNAVAILABLE after the lock timeout, and the outer writes nothing', async () => {
    const storage = createMemoryStorage({ lockTimeoutMs: 50 });
    const outer = storage.unitOfWork.run(async (tx) => {
      await tx.copies.insert(copy);
      await storage.unitOfWork.run(async () => undefined);
    });
    expect(await codeOf(outer)).toBe('STORE_UNAVAILABLE');
    expect(storage.snapshot().copies).toEqual([]);
    expect(await storage.unitOfWork.run(async () => 'still usable')).toBe('still usable');
  });

  it('refuses every unit of work and seed after close', async () => {
    const storage = createMemoryStorage();
    await storage.close();
    expect(await codeOf(storage.unitOfWork.run(async () => 1))).toBe('STORE_UNAVAILABLE');
    expect(await codeOf(storage.seed({ copies: [copy] }))).toBe('STORE_UNAVAILABLE');
  });

  it('keeps the reservation indexes right when a unit moves a reservation to another volume and status', async () => {
    const storage = createMemoryStorage({ seed: { reservations: [reserved] } });
    await storage.unitOfWork.run(async (tx) => {
      await tx.reservations.update({ ...reserved, volumeId: 't-1/2', version: 1 }, 0);
      expect(await tx.reservations.listQueue('t-1/1')).toEqual([]);
      expect((await tx.reservations.listQueue('t-1/2')).map((r) => r.id)).toEqual(['r-1']);
    });
    const queues = await storage.unitOfWork.run(async (tx) => [await tx.reservations.listQueue('t-1/1'), await tx.reservations.listQueue('t-1/2')]);
    expect(queues.map((q) => q.map((r) => r.id))).toEqual([[], ['r-1']]);
    await storage.unitOfWork.run((tx) =>
      tx.reservations.update(
        { ...reserved, volumeId: 't-1/2', version: 2, status: 'cancelled', cancelledAt: '2026-12-05T00:00:00.000Z', cancelledBy: 'staff', cancelledFrom: 'reserved' },
        1,
      ),
    );
    expect(await storage.unitOfWork.run((tx) => tx.reservations.listByVolume('t-1/2'))).toEqual([]);
    expect((await storage.unitOfWork.run((tx) => tx.reservations.listByPatron('p-1', { active: false }))).map((r) => r.status)).toEqual(['cancelled']);
  });

  it('lists the reservations ended and the loans returned before a cut-off from its ordered indexes, with a unit’s own writes, in id order', async () => {
    const ended = (id: string, day: string) => ({
      ...reserved, id, version: 1, status: 'collected' as const, copyId: 'c-1', noticeDate: '2026-12-01', lastDay: '2026-12-08', collectedAt: `2026-12-${day}T01:00:00.000Z`,
    });
    const loan = (id: string, returnedAt: string | null): Loan => ({ id, copyId: 'c-1', volumeId: 't-1/1', titleId: 't-1', branchId: 'akeno', patronId: 'p-1', lentAt: '2026-11-01T01:00:00.000Z', dueDate: '2026-11-15', renewals: 0, returnedAt, version: 0 });
    const storage = createMemoryStorage({
      seed: {
        reservations: [ended('r-9', '04'), ended('r-2', '02'), ended('r-5', '06'), reserved],
        loans: [loan('l-3', '2026-12-04T01:00:00.000Z'), loan('l-1', '2026-12-02T01:00:00.000Z'), loan('l-2', null)],
      },
    });
    const before = '2026-12-05T00:00:00.000Z';
    const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
    await storage.unitOfWork.run(async (tx) => {
      expect(ids(await tx.reservations.listFinishedBefore(before, 10))).toEqual(['r-2', 'r-9']);
      expect(ids(await tx.loans.listReturnedBefore(before, 10))).toEqual(['l-1', 'l-3']);
      // This unit's writes: one anonymised, one ended earlier, one ended now (after the cut-off), one loan returned.
      const r9 = (await tx.reservations.get('r-9'))!;
      await tx.reservations.update({ ...r9, patronId: ANONYMISED_PATRON_ID, version: 2 }, 1);
      await tx.reservations.update({ ...ended('r-5', '01'), version: 2 }, 1);
      await tx.reservations.update({ ...ended('r-1', '09'), version: 1 }, 0);
      await tx.loans.update({ ...loan('l-2', '2026-12-03T01:00:00.000Z'), version: 1 }, 0);
      expect(ids(await tx.reservations.listFinishedBefore(before, 10))).toEqual(['r-2', 'r-5']);
      expect(ids(await tx.reservations.listFinishedBefore(before, 1))).toEqual(['r-2']);
      expect(ids(await tx.loans.listReturnedBefore(before, 10))).toEqual(['l-1', 'l-2', 'l-3']);
    });
    expect(ids(await storage.unitOfWork.run((tx) => tx.reservations.listFinishedBefore(before, 10)))).toEqual(['r-2', 'r-5']);
    expect(ids(await storage.unitOfWork.run((tx) => tx.reservations.listFinishedBefore('2026-12-10T00:00:00.000Z', 10)))).toEqual(['r-1', 'r-2', 'r-5']);
    expect(ids(await storage.unitOfWork.run((tx) => tx.loans.listReturnedBefore(before, 2)))).toEqual(['l-1', 'l-2']);
  });

  it('has no unreadable rows (it checks every record when written): its health check is ok', async () => {
    const storage = createMemoryStorage();
    await storage.seed({ patrons: [{ id: 'p-1', cardNumber: '0000000001', internetRegistered: true, unreachable: false, noticePrivacy: { showName: false, showTitle: false } }] });
    expect(await storage.checkHealth()).toEqual({ ok: true, unreadable: [] });
  });

  it('keeps a cart in the order added through many additions and removals in one unit, and drops them all when the unit throws', async () => {
    const storage = createMemoryStorage();
    const volumes = Array.from({ length: 50 }, (_, i) => `t-${i}/1`);
    await storage.unitOfWork.run(async (tx) => {
      for (const volumeId of volumes) expect(await tx.cart.add('p-1', { volumeId, pickupBranchId: 'akeno' })).toBe(true);
      expect(await tx.cart.add('p-1', { volumeId: 't-3/1', pickupBranchId: 'akeno' })).toBe(false);
      expect(await tx.cart.remove('p-1', 't-3/1')).toBe(true);
      expect(await tx.cart.remove('p-1', 't-3/1')).toBe(false);
    });
    const kept = volumes.filter((v) => v !== 't-3/1');
    expect((await storage.unitOfWork.run((tx) => tx.cart.list('p-1'))).map((e) => e.volumeId)).toEqual(kept);
    await storage.unitOfWork
      .run(async (tx) => {
        await tx.cart.add('p-1', { volumeId: 't-99/1', pickupBranchId: 'akeno' });
        await tx.cart.remove('p-1', 't-0/1');
        throw new Error('changed my mind');
      })
      .catch(() => undefined);
    expect((await storage.unitOfWork.run((tx) => tx.cart.list('p-1'))).map((e) => e.volumeId)).toEqual(kept);
  });
});
