import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareQueue } from '../../src/jobs/queue-order.js';
import { planQueueMove } from '../../src/jobs/queue-reorder.js';
import type { ReservedReservation } from '../../src/model/reservation.js';
import { checkProperty } from '../support/fc.js';

function reserved(id: string, queuedAt: string, placedAt = '2026-12-01T00:00:00.000Z'): ReservedReservation {
  return { id, patronId: `p-${id}`, titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'online', pickupBranchId: 'akeno', placedAt, version: 1, status: 'reserved', queuedAt };
}

/** The queue after applying the plan's writes, in queue order. */
function applied(queue: readonly ReservedReservation[], plan: ReturnType<typeof planQueueMove>): string[] {
  if (!plan.ok) throw new Error(plan.refusal.code);
  const keys = new Map(plan.writes.map((w) => [w.reservation.id, w.queuedAt]));
  return queue.map((r) => ({ ...r, queuedAt: keys.get(r.id) ?? r.queuedAt })).sort(compareQueue).map((r) => r.id);
}

describe('[P12] planQueueMove', () => {
  const queue = [reserved('a', '2026-12-02T00:00:00.000Z'), reserved('b', '2026-12-02T01:00:00.000Z'), reserved('c', '2026-12-02T02:00:00.000Z')];

  it('[P12] moves the last to the head with one write, a millisecond before the old head', () => {
    const plan = planQueueMove(queue, 'c', 1);
    expect(plan).toMatchObject({ ok: true, fromPosition: 3, toPosition: 1 });
    if (plan.ok) expect(plan.writes).toEqual([{ reservation: queue[2], queuedAt: '2026-12-01T23:59:59.999Z' }]);
    expect(applied(queue, plan)).toEqual(['c', 'a', 'b']);
  });

  it('[P12] refuses a reservation outside the queue, or a place outside it', () => {
    expect(planQueueMove(queue, 'z', 1)).toEqual({ ok: false, refusal: { code: 'NOT_IN_QUEUE', rule: 'P12', params: { queueLength: 3 } } });
    expect(planQueueMove(queue, 'a', 4).ok).toBe(false);
    expect(planQueueMove(queue, 'a', 0).ok).toBe(false);
  });

  it('[P12] within a batch approved at one instant (ties by placedAt), nudges only what it must', () => {
    const tied = ['a', 'b', 'c', 'd'].map((id, i) => reserved(id, '2026-12-02T00:00:00.000Z', `2026-12-01T0${i}:00:00.000Z`));
    const plan = planQueueMove(tied, 'a', 3);
    expect(applied(tied, plan)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('[P12] any move gives exactly the asked order, everyone else keeping their relative order', () => {
    const instants = fc.integer({ min: 0, max: 5 }).map((n) => new Date(Date.UTC(2026, 11, 2, 0, 0, 0, n)).toISOString());
    checkProperty(
      fc.property(fc.array(fc.tuple(instants, instants), { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (keys, pick, place) => {
        const q = keys.map(([queuedAt, placedAt], i) => reserved(`r${i}`, queuedAt, placedAt)).sort(compareQueue);
        const moved = q[pick % q.length] as ReservedReservation;
        const to = (place % q.length) + 1;
        const expected = q.filter((r) => r.id !== moved.id).map((r) => r.id);
        expected.splice(to - 1, 0, moved.id);
        return JSON.stringify(applied(q, planQueueMove(q, moved.id, to))) === JSON.stringify(expected);
      }),
      300,
    );
  });
});
