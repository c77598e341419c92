import { describe, expect, it } from 'vitest';
import type { StoragePorts } from '../../src/ports/storage-ports.js';
import { versionConflict } from '../../src/ports/store-errors.js';
import type { StoresTx } from '../../src/ports/unit-of-work.js';
import { library, online, request, staff, stored, valueOf, type Library } from './fixtures.js';

/** Ports whose reservation and copy updates throw VERSION_CONFLICT the first `times` times, as if another server wrote first. */
function conflicting(counter: { times: number; attempts: number }): (ports: StoragePorts) => StoragePorts {
  return (ports) => ({
    clock: ports.clock,
    capabilities: ports.capabilities,
    unitOfWork: {
      run: (work) =>
        ports.unitOfWork.run((tx) => {
          counter.attempts++;
          const clash = (table: 'reservations' | 'copies', id: string, expected: number): void => {
            if (counter.times <= 0) return;
            counter.times--;
            throw versionConflict(table, id, expected, expected + 1);
          };
          const wrapped: StoresTx = {
            ...tx,
            reservations: { ...tx.reservations, update: async (next, expected) => { clash('reservations', next.id, expected); return tx.reservations.update(next, expected); } },
            copies: { ...tx.copies, update: async (next, expected) => { clash('copies', next.id, expected); return tx.copies.update(next, expected); } },
          };
          return work(wrapped);
        }),
    },
  });
}

async function setUp(times: number, maxRetries?: number): Promise<{ lib: Library; counter: { times: number; attempts: number } }> {
  const counter = { times: 0, attempts: 0 };
  const lib = library({ wrap: conflicting(counter), ...(maxRetries === undefined ? {} : { maxRetries }) });
  valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
  counter.times = times;
  counter.attempts = 0;
  return { lib, counter };
}

describe('conflicts', () => {
  it('retries a unit that met a conflict once, and succeeds', async () => {
    const { lib, counter } = await setUp(0);
    const id = await request(lib, 'p-2', 't-b0/1');
    counter.times = 1;
    counter.attempts = 0;
    expect(valueOf(await lib.service.cancelOnline(online('p-2'), { reservationId: id }))).toMatchObject({ cancellationRequestedAt: expect.any(String) });
    expect(counter.attempts).toBe(2);
  });

  it('re-decides from a fresh read on retry: one hold, one notice', async () => {
    const { lib, counter } = await setUp(0);
    const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    counter.times = 1;
    counter.attempts = 0;
    expect(valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' })).kind).toBe('hold');
    expect(counter.attempts).toBe(2);
    expect(stored(lib, r.id).status).toBe('onHold');
    expect(lib.storage.snapshot().outbox).toHaveLength(1);
    expect(lib.storage.snapshot().loans.filter((l) => l.returnedAt === null)).toEqual([]);
  });

  it('reports CONFLICT after maxRetries and writes nothing', async () => {
    const { lib, counter } = await setUp(0, 2);
    valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    counter.times = Number.POSITIVE_INFINITY;
    counter.attempts = 0;
    const before = lib.storage.snapshot();
    const result = await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' });
    expect(result).toMatchObject({ ok: false, kind: 'error', code: 'CONFLICT' });
    expect(counter.attempts).toBe(3);
    expect(lib.storage.snapshot()).toEqual(before);
  });

  it('[C1] a job whose writes always conflict leaves its day unclaimed', async () => {
    const { lib, counter } = await setUp(0);
    await request(lib, 'p-2', 't-b0/1');
    lib.clock.advance({ days: 1 });
    counter.times = Number.POSITIVE_INFINITY;
    const before = lib.storage.snapshot();
    expect(await lib.service.runApprovalBatch({ kind: 'system' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(lib.storage.snapshot()).toEqual(before);
    counter.times = 0;
    expect(valueOf(await lib.service.runApprovalBatch({ kind: 'system' }))).toMatchObject({ claimed: true, approved: 1 });
  });
});
