import { describe, expect, it } from 'vitest';
import { codesOf, library, online, request, staff, valueOf } from './fixtures.js';

describe('paginated patron lists', () => {
  it('[F1] lists a patron\'s reservations a page at a time, in the order placed, with the cursor of the next page', async () => {
    const lib = library();
    const ids: string[] = [];
    for (const i of [0, 1, 2, 3, 4]) ids.push(await request(lib, 'p-2', `t-b${i}/1`));
    const first = valueOf(await lib.service.listReservations(online('p-2'), { limit: 2 }));
    expect(first.reservations.map((r) => r.reservationId)).toEqual(ids.slice(0, 2));
    expect(first.nextCursor).not.toBeNull();
    const second = valueOf(await lib.service.listReservations(online('p-2'), { limit: 2, cursor: first.nextCursor ?? '' }));
    expect(second.reservations.map((r) => r.reservationId)).toEqual(ids.slice(2, 4));
    const last = valueOf(await lib.service.listReservations(staff('akeno'), { patronId: 'p-2', limit: 2, cursor: second.nextCursor ?? '' }));
    expect(last.reservations.map((r) => r.reservationId)).toEqual(ids.slice(4));
    expect(last.nextCursor).toBeNull();
    expect(valueOf(await lib.service.listReservations(online('p-2'))).reservations).toHaveLength(5);
  });

  it('[G3] refuses a cursor of no item of the list, and a page size out of range (INVALID_INPUT)', async () => {
    const lib = library();
    await request(lib, 'p-2', 't-b0/1');
    expect(codesOf(await lib.service.listReservations(online('p-2'), { cursor: 'no-such-id' }))).toEqual(['error:INVALID_INPUT']);
    expect(codesOf(await lib.service.listReservations(online('p-2'), { limit: 0 }))).toEqual(['error:INVALID_INPUT']);
    expect(codesOf(await lib.service.loanStatusPage(online('p-2'), { limit: 501 }))).toEqual(['error:INVALID_INPUT']);
    expect(valueOf(await lib.service.loanStatusPage(online('p-2'), { limit: 1 }))).toMatchObject({ loans: [], nextCursor: null });
  });
});
