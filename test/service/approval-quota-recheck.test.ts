import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/memory.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { fixedClock } from '../../src/ports/clock.js';
import type { StoragePorts } from '../../src/ports/storage-ports.js';
import type { StoresTx } from '../../src/ports/unit-of-work.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import { withReservationReads as withReads, type ReservationReads as Reads } from '../support/reservation-reads.js';

// Issue 15: the one-unit batch reads the requests with their patrons' other active reservations
// in one read (ReservationStore.listActiveOfRequesters, optional), or, on a store without it, with
// listRequested and listActiveByPatrons. Either way the batch counts the quota again at approval
// (E1): a patron with six reserved online reservations and two requests gets the first approved
// and the second rejected. The controls give the batch a read that leaves the reserved ones out.

const jst = (date: string, time: string): string => new Date(`${date}T${time}:00+09:00`).toISOString();

function morning(): StoragePorts & { close(): Promise<void> } {
  return createMemoryStorage({
    clock: fixedClock(jst('2026-12-02', '08:30')),
    seed: {
      patrons: [1, 2].map((i) => ({
        id: `p-${i}`, cardNumber: `000000000${i}`, email: `p${i}@example.jp`, internetRegistered: true, unreachable: false,
        noticePrivacy: { showName: false, showTitle: false },
      })),
      titles: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => ({ id: `t-${i}`, name: `title ${i}`, category: 'book' as const, audiovisual: false })),
      volumes: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => ({ id: `t-${i}/1`, titleId: `t-${i}` })),
      copies: [],
      reservations: [
        ...[1, 2, 3, 4, 5, 6].map((i) => ({
          id: `r-${i}`, patronId: 'p-1', titleId: `t-${i}`, volumeId: `t-${i}/1`, audiovisual: false, channel: 'online' as const, pickupBranchId: 'akeno',
          placedAt: jst('2026-11-20', `1${i}:00`), version: 1, status: 'reserved' as const, queuedAt: jst('2026-11-21', `1${i}:00`),
        })),
        ...[7, 8].map((i) => ({
          id: `r-${i}`, patronId: 'p-1', titleId: `t-${i}`, volumeId: `t-${i}/1`, audiovisual: false, channel: 'online' as const, pickupBranchId: 'akeno',
          placedAt: jst('2026-12-01', `1${i - 6}:00`), version: 0, status: 'requested' as const,
        })),
        { id: 'r-9', patronId: 'p-2', titleId: 't-8', volumeId: 't-8/1', audiovisual: false, channel: 'online' as const, pickupBranchId: 'akeno', placedAt: jst('2026-12-01', '15:00'), version: 0, status: 'requested' as const },
      ],
    },
  });
}


async function batch(reads?: Reads) {
  const storage = morning();
  const service = createReservationService(reads === undefined ? storage : withReads(storage, reads), hokutoPolicy(), { serverId: 'a' });
  const result = await service.runApprovalBatch({ kind: 'system' }, { date: '2026-12-02' });
  const after = await storage.unitOfWork.run(async (tx) =>
    Object.fromEntries(
      await Promise.all(['r-7', 'r-8', 'r-9'].map(async (id) => {
        const r = await tx.reservations.get(id);
        return [id, r?.status === 'rejected' ? `rejected ${r.reasons.map((x) => x.rule).join(' ')}` : r?.status];
      })),
    ),
  );
  await storage.close();
  return { approved: result.ok ? result.value.approved : null, after };
}

const EXPECTED = { approved: 2, after: { 'r-7': 'reserved', 'r-8': 'rejected E1', 'r-9': 'reserved' } };

describe('[E1] the one-unit approval batch counts the quota again, with or without listActiveOfRequesters', () => {
  it('[E1] with listActiveOfRequesters: the request past the online quota is rejected', async () => {
    expect(await batch()).toEqual(EXPECTED);
  });

  it('[E1] on a store without listActiveOfRequesters (listRequested, then listActiveByPatrons): the same', async () => {
    expect(await batch(() => ({ listActiveOfRequesters: undefined }))).toEqual(EXPECTED);
  });

  it('[E1] control: a listActiveOfRequesters that gives only the requests leaves the quota uncounted, and both are approved', async () => {
    expect(await batch((tx) => ({ listActiveOfRequesters: () => tx.reservations.listRequested() }))).toEqual({
      approved: 3,
      after: { 'r-7': 'reserved', 'r-8': 'reserved', 'r-9': 'reserved' },
    });
  });

  it('[E1] control: without it, a listActiveByPatrons that gives only the requests leaves the quota uncounted too', async () => {
    const onlyRequests = (tx: StoresTx) => async (ids: readonly string[]) => (await tx.reservations.listActiveByPatrons(ids)).filter((r) => r.status === 'requested');
    expect(await batch((tx) => ({ listActiveOfRequesters: undefined, listActiveByPatrons: onlyRequests(tx) }))).toEqual({
      approved: 3,
      after: { 'r-7': 'reserved', 'r-8': 'reserved', 'r-9': 'reserved' },
    });
  });
});
