import { afterEach, describe, expect, it, vi } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { fixedClock } from '../../src/ports/clock.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import { SetAsideLog } from '../../src/service/internal/set-aside.js';
import { poisonableMemory } from '../support/poisonable-memory.js';

// Issue 15: the approval batch reads a table at a time. A bulk read cannot tell whose row was
// unreadable, so a snapshot whose bulk reads met one is read again row by row (SetAsideLog.ifClean):
// the same requests are set aside as by the row-by-row batch. The control removes that fallback
// alone, and the request whose patron's quota cannot be counted (E1) is then decided anyway.

const jst = (date: string, time: string): string => new Date(`${date}T${time}:00+09:00`).toISOString();

async function poisonedMorning(jobChunkSize: number | undefined) {
  const clock = fixedClock(jst('2026-12-02', '08:30'));
  const subject = poisonableMemory({ clock });
  await subject.storage.seed({
    patrons: [1, 2].map((i) => ({
      id: `p-${i}`, cardNumber: `000000000${i}`, email: `p${i}@example.jp`, internetRegistered: true, unreachable: false,
      noticePrivacy: { showName: false, showTitle: false },
    })),
    titles: [1, 2].map((i) => ({ id: `t-${i}`, name: `title ${i}`, category: 'book' as const, audiovisual: false })),
    volumes: [1, 2].map((i) => ({ id: `t-${i}/1`, titleId: `t-${i}` })),
    copies: [],
    reservations: [
      { id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'counter' as const, pickupBranchId: 'akeno', placedAt: jst('2026-11-20', '10:00'), version: 1, status: 'reserved' as const, queuedAt: jst('2026-11-20', '10:00') },
      { id: 'r-5', patronId: 'p-1', titleId: 't-2', volumeId: 't-2/1', audiovisual: false, channel: 'online' as const, pickupBranchId: 'akeno', placedAt: jst('2026-12-01', '10:00'), version: 0, status: 'requested' as const },
      { id: 'r-6', patronId: 'p-2', titleId: 't-2', volumeId: 't-2/1', audiovisual: false, channel: 'online' as const, pickupBranchId: 'akeno', placedAt: jst('2026-12-01', '11:00'), version: 0, status: 'requested' as const },
    ],
  });
  await subject.poison('reservations', 'r-1');
  const service = createReservationService(subject.storage, hokutoPolicy(), { serverId: 'a', ...(jobChunkSize === undefined ? {} : { jobChunkSize }) });
  const result = await service.runApprovalBatch({ kind: 'system' }, { date: '2026-12-02' });
  await subject.mend('reservations', 'r-1');
  const statuses = await subject.storage.unitOfWork.run(async (tx) => Object.fromEntries(await Promise.all(['r-5', 'r-6'].map(async (id) => [id, (await tx.reservations.get(id))?.status]))));
  await subject.storage.close();
  return { setAside: result.ok ? result.value.setAside : null, statuses };
}

const EXPECTED = {
  setAside: [
    { table: 'reservations', id: 'r-1', code: 'INVALID_RECORD' },
    { table: 'reservations', id: 'r-5', code: 'DEPENDS_ON_INVALID_RECORD' },
  ],
  statuses: { 'r-5': 'requested', 'r-6': 'reserved' },
};

describe('the approval batch reads in bulk, and row by row after an unreadable row', () => {
  afterEach(() => void vi.restoreAllMocks());

  for (const [mode, size] of [['one unit', undefined], ['chunks of 1', 1]] as const) {
    it(`[E1][P19] (${mode}) a patron's unreadable reservation sets aside their request, and the other patron's is decided`, async () => {
      expect(await poisonedMorning(size)).toEqual(EXPECTED);
    });

    it(`[E1][P19] (${mode}) control: without the row-by-row fallback, the request is decided with its patron's quota uncounted`, async () => {
      vi.spyOn(SetAsideLog.prototype, 'ifClean').mockImplementation((read) => read());
      const without = await poisonedMorning(size);
      expect(without).not.toEqual(EXPECTED);
      expect(without.statuses['r-5']).toBe('reserved');
    });
  }
});
