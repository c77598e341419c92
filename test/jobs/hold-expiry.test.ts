import { describe, expect, it } from 'vitest';
import { runHoldExpiry } from '../../src/jobs/hold-expiry.js';
import type { Copy } from '../../src/model/material.js';
import type { Reservation } from '../../src/model/reservation.js';
import type { LocalDate } from '../../src/model/time.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { buildHoldNotice } from '../../src/notices/hold-notice.js';
import { copy, deepFreeze, jst, onHold, patron, reserved, title } from './fixtures.js';

const policy = hokutoPolicy();
const heldCopy = copy('c-1', 't-1/1', { status: 'onHoldShelf', version: 3 });

function expire(reservations: readonly Reservation[], date: LocalDate, copies: Copy[] = [heldCopy], p = policy) {
  return runHoldExpiry({ reservations, copies: new Map(copies.map((c) => [c.id, c])) }, { date, at: jst(date, '00:05'), policy: p });
}

describe('runHoldExpiry', () => {
  it('[D2] a hold is not lapsed on its last day, only the day after', () => {
    const hold = onHold('r-1', { noticeDate: '2026-12-08', lastDay: '2026-12-15' });
    expect(expire([hold], '2026-12-15').lapsed).toEqual([]);
    expect(expire([hold], '2026-12-16').lapsed.map((r) => [r.id, r.status, r.lastDay])).toEqual([['r-1', 'lapsed', '2026-12-15']]);
  });

  it('[D3] lapses without any notice to the patron and passes the copy to the next in the queue', () => {
    const hold = onHold('r-1', { patronId: 'p-1' });
    const next = reserved('r-2', { patronId: 'p-2', queuedAt: jst('2026-12-03') });
    const later = reserved('r-3', { patronId: 'p-3', queuedAt: jst('2026-12-04') });
    const result = expire([later, hold, next], '2026-12-16');
    expect(result.lapsed.map((r) => r.id)).toEqual(['r-1']);
    expect(result.events.filter((e) => e.patronId === 'p-1').map((e) => e.type)).toEqual(['holdLapsed']);
    expect(result.holds.map((r) => [r.id, r.copyId, r.noticeDate, r.lastDay])).toEqual([['r-2', 'c-1', '2026-12-16', '2026-12-23']]);
    expect(result.events.map((e) => [e.type, e.reservationId])).toEqual([
      ['holdLapsed', 'r-1'],
      ['holdStarted', 'r-2'],
    ]);
    expect(result.copies).toEqual([{ ...heldCopy, status: 'onHoldShelf', reservationId: 'r-2', version: 4 }]);
    expect(result.reservations.map((r) => [r.id, r.status])).toEqual([
      ['r-3', 'reserved'],
      ['r-1', 'lapsed'],
      ['r-2', 'onHold'],
    ]);
  });

  it('[D3] frees the copy when nobody waits, and sends it on when the next one collects elsewhere', () => {
    const freed = expire([onHold('r-1')], '2026-12-16');
    expect(freed.copies).toEqual([{ ...heldCopy, status: 'onShelf', version: 4 }]);
    expect(freed.holds).toEqual([]);
    const elsewhere = expire([onHold('r-1'), reserved('r-2', { patronId: 'p-2', pickupBranchId: 'mukawa' })], '2026-12-16');
    expect(elsewhere.copies).toEqual([{ ...heldCopy, status: 'inTransit', locationBranchId: 'mukawa', transitFromBranchId: 'akeno', reservationId: 'r-2', version: 4 }]);
    expect(elsewhere.holds).toEqual([]);
    expect(elsewhere.events.map((e) => e.type)).toEqual(['holdLapsed']);
  });

  it('[D3] two lapsed copies of one volume go to the first two in the queue', () => {
    const copies = [heldCopy, copy('c-2', 't-1/1', { status: 'onHoldShelf' })];
    const rs = [
      onHold('r-1', { copyId: 'c-1' }),
      onHold('r-2', { patronId: 'p-2', copyId: 'c-2' }),
      reserved('r-3', { patronId: 'p-3', queuedAt: jst('2026-12-05') }),
      reserved('r-4', { patronId: 'p-4', queuedAt: jst('2026-12-06') }),
    ];
    expect(expire(rs, '2026-12-16', copies).holds.map((r) => [r.id, r.copyId])).toEqual([
      ['r-3', 'c-1'],
      ['r-4', 'c-2'],
    ]);
  });

  it('[D4] only the stored last day matters: an undeliverable notice or a later policy change extends nothing', () => {
    const hold = onHold('r-1', { noticeDate: '2026-12-08', lastDay: '2026-12-15' });
    const notice = buildHoldNotice({
      reservation: hold, patron: patron('p-1', { email: null }), title: title('t-1'), volume: { id: 't-1/1', titleId: 't-1' },
      branch: policy.branches.find((b) => b.id === 'akeno')!, locale: 'ja',
    });
    expect(notice.to).toBeNull();
    const longer = hokutoPolicy({ holdDays: 14 });
    expect(expire([hold], '2026-12-16', [heldCopy], longer).lapsed.map((r) => r.id)).toEqual(['r-1']);
  });

  it('[D3] a held copy now missing stays as it is; the hold still lapses', () => {
    const result = expire([onHold('r-1'), reserved('r-2', { patronId: 'p-2' })], '2026-12-16', [{ ...heldCopy, status: 'missing' }]);
    expect(result.lapsed.map((r) => r.id)).toEqual(['r-1']);
    expect(result.copies).toEqual([]);
    expect(result.holds).toEqual([]);
  });

  it('[D3] is idempotent for one date and never mutates its input', () => {
    const rs = deepFreeze([onHold('r-1'), reserved('r-2', { patronId: 'p-2' }), onHold('r-9', { copyId: 'c-9', lastDay: '2026-12-20' })]);
    const copies = deepFreeze([heldCopy, copy('c-9', 't-1/1', { status: 'onHoldShelf' })]);
    const first = expire(rs, '2026-12-16', copies);
    expect(first.lapsed).toHaveLength(1);
    const second = expire(first.reservations, '2026-12-16', copies);
    expect(second).toEqual({ lapsed: [], copies: [], holds: [], reservations: first.reservations, events: [] });
  });

  it('throws for a run instant before its date, and NOT_FOUND for a held copy missing from the snapshot', () => {
    const hold = onHold('r-1');
    expect(() => runHoldExpiry({ reservations: [hold], copies: new Map() }, { date: '2026-12-16', at: jst('2026-12-15', '23:00'), policy })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => expire([hold], '2026-12-16', [])).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
