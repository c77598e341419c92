import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/memory.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { fixedClock } from '../../src/ports/clock.js';
import type { StoragePorts } from '../../src/ports/storage-ports.js';
import type { StoresTx } from '../../src/ports/unit-of-work.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import { withReservationReads as withReads, type ReservationReads as Reads } from '../support/reservation-reads.js';

// Issue 15: the one-unit batch reads with two optional reads of the reservation store,
// listActiveOfRequesters (the requests with their patrons' other reservations) and
// listReservedOrHeldByVolumes (the queues to trap, read before deciding, the decided requests
// added). A store without them is read as before; the results are the same. The morning: a copy
// on the shelf of t-1/1, p-3's reserved reservation with a pending cancellation (F2, placed
// first), p-2's reserved one waiting (a store the service did not write), p-1's new request.

const jst = (date: string, time: string): string => new Date(`${date}T${time}:00+09:00`).toISOString();
const reservation = (id: string, patronId: string, placedAt: string) => ({
  id, patronId, titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'online' as const, pickupBranchId: 'akeno', placedAt,
});

function morning(): StoragePorts & { close(): Promise<void> } {
  return createMemoryStorage({
    clock: fixedClock(jst('2026-12-02', '08:30')),
    seed: {
      patrons: [1, 2, 3].map((i) => ({
        id: `p-${i}`, cardNumber: `000000000${i}`, email: `p${i}@example.jp`, internetRegistered: true, unreachable: false,
        noticePrivacy: { showName: false, showTitle: false },
      })),
      titles: [{ id: 't-1', name: 'title 1', category: 'book' as const, audiovisual: false }],
      volumes: [{ id: 't-1/1', titleId: 't-1' }],
      copies: [{ id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onShelf' as const, version: 0 }],
      reservations: [
        { ...reservation('r-c', 'p-3', jst('2026-11-19', '10:00')), version: 1, status: 'reserved' as const, queuedAt: jst('2026-11-19', '10:00'), cancellationRequestedAt: jst('2026-12-01', '20:00') },
        { ...reservation('r-q', 'p-2', jst('2026-11-20', '10:00')), version: 1, status: 'reserved' as const, queuedAt: jst('2026-11-20', '10:00') },
        { ...reservation('r-1', 'p-1', jst('2026-12-01', '10:00')), version: 0, status: 'requested' as const },
      ],
    },
  });
}


async function batch(reads?: Reads) {
  const storage = morning();
  const service = createReservationService(reads === undefined ? storage : withReads(storage, reads), hokutoPolicy(), { serverId: 'a' });
  const result = await service.runApprovalBatch({ kind: 'system' }, { date: '2026-12-02' });
  const after = await storage.unitOfWork.run(async (tx) => ({
    reservations: await Promise.all(['r-c', 'r-q', 'r-1'].map((id) => tx.reservations.get(id))),
    copy: await tx.copies.get('c-1'),
  }));
  await storage.close();
  return { result, ...after };
}

describe('[C1][C2][F2] the one-unit approval batch with and without the optional reads', () => {
  it('[C2][F2] traps the shelved copy for the first in the queue: the pending cancellation finalised, then the reservation waiting', async () => {
    const { result, reservations, copy } = await batch();
    expect(result.ok && [result.value.approved, result.value.cancelled]).toEqual([1, 1]);
    expect(reservations.map((r) => r?.status)).toEqual(['cancelled', expect.any(String), 'reserved']);
    expect(copy?.reservationId).toBe('r-q');
  });

  it('[C1][C2] a store without listReservedOrHeldByVolumes, or without both, gives the same results', async () => {
    const withBoth = await batch();
    expect(await batch(() => ({ listReservedOrHeldByVolumes: undefined }))).toEqual(withBoth);
    expect(await batch(() => ({ listReservedOrHeldByVolumes: undefined, listActiveOfRequesters: undefined }))).toEqual(withBoth);
  });

  it('[C2] control: a listReservedOrHeldByVolumes that misses the waiting reservation gives the copy to the new request instead', async () => {
    const { copy } = await batch(() => ({ listReservedOrHeldByVolumes: async () => [] }));
    expect(copy?.reservationId).toBe('r-1');
  });
});
