import { describe, expect, it } from 'vitest';
import { library, request, staff, valueOf } from './fixtures.js';

describe('the context made once per acting staff member', () => {
  it('[P10] each approval records the staff member who made it, whoever acted before', async () => {
    const lib = library();
    const ids = [await request(lib, 'p-2', 't-b1/1'), await request(lib, 'p-3', 't-b0/1')];
    // Two staff members of one branch, one after the other: each context is their own.
    const actors = [
      { kind: 'staff', branchId: 'akeno', staffId: 'staff-3' },
      { kind: 'staff', branchId: 'akeno', staffId: 'staff-4' },
    ] as const;
    for (const [i, id] of ids.entries()) expect(await lib.service.approveByStaff(actors[i]!, { reservationId: id })).toMatchObject({ ok: true });
    for (const [i, id] of ids.entries()) {
      const history = valueOf(await lib.service.history(staff('sutama'), { reservationId: id }));
      expect(history.map((r) => [r.event.type, r.actor])).toContainEqual(['reservationApproved', actors[i]]);
      expect(history[0]?.actor).toEqual({ kind: 'patron' });
    }
  });
});
