import { describe, expect, it } from 'vitest';
import { compareQueue, queueOf, queuePosition } from '../../src/jobs/queue-order.js';
import { counter, jst, onHold, requested, reserved } from './fixtures.js';

describe('queue order', () => {
  it('[C2] orders by queuedAt, then placedAt, then id', () => {
    const batchAt = jst('2026-12-08', '09:00');
    const a = reserved('r-b', { placedAt: jst('2026-12-05'), queuedAt: batchAt });
    const b = reserved('r-a', { placedAt: jst('2026-12-05'), queuedAt: batchAt });
    const c = reserved('r-0', { placedAt: jst('2026-12-06'), queuedAt: batchAt });
    const walkIn = counter('r-z', { placedAt: jst('2026-12-07', '17:00') });
    expect([c, a, walkIn, b].sort(compareQueue).map((r) => r.id)).toEqual(['r-z', 'r-a', 'r-b', 'r-0']);
    expect(compareQueue(a, a)).toBe(0);
  });

  it('[C2] the queue holds reserved reservations only: requested ones have no place', () => {
    const rs = [
      requested('r-req', { placedAt: jst('2026-12-01') }),
      reserved('r-2', { queuedAt: jst('2026-12-03') }),
      reserved('r-1', { queuedAt: jst('2026-12-02') }),
      onHold('r-held'),
      reserved('r-other', { titleId: 't-2' }),
    ];
    expect(queueOf(rs, 't-1/1').map((r) => r.id)).toEqual(['r-1', 'r-2']);
    expect(queuePosition(rs[0]!, rs)).toBeNull();
    expect(queuePosition(rs[1]!, rs)).toBe(2);
    expect(queuePosition(rs[2]!, rs)).toBe(1);
    expect(queuePosition(rs[3]!, rs)).toBeNull();
    expect(queuePosition(rs[4]!, rs)).toBe(1);
  });

  it('[F2] a reservation with a pending cancellation has no place and takes none', () => {
    const leaving = reserved('r-1', { queuedAt: jst('2026-12-02'), cancellationRequestedAt: jst('2026-12-04') });
    const staying = reserved('r-2', { queuedAt: jst('2026-12-03') });
    expect(queueOf([leaving, staying], 't-1/1').map((r) => r.id)).toEqual(['r-2']);
    expect(queuePosition(leaving, [leaving, staying])).toBeNull();
    expect(queuePosition(staying, [leaving, staying])).toBe(1);
  });

  it('does not reorder its input', () => {
    const rs = Object.freeze([reserved('r-2', { queuedAt: jst('2026-12-03') }), reserved('r-1', { queuedAt: jst('2026-12-02') })]);
    queueOf(rs, 't-1/1');
    expect(rs.map((r) => r.id)).toEqual(['r-2', 'r-1']);
  });
});
