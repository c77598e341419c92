import { describe, expect, it } from 'vitest';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { runApprovalBatch } from '../../src/jobs/approval-batch.js';
import { queueOf, queuePosition } from '../../src/jobs/queue-order.js';
import type { Reservation } from '../../src/model/reservation.js';
import type { LocalDate } from '../../src/model/time.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import type { Policy } from '../../src/policy/schema.js';
import { approvalSnapshot, copy, counter, deepFreeze, jst, onHold, patron, requested, reserved, title } from './fixtures.js';

const policy = hokutoPolicy();

function batch(reservations: readonly Reservation[], date: LocalDate, extra: Parameters<typeof approvalSnapshot>[1] = {}, p: Policy = policy) {
  return runApprovalBatch(approvalSnapshot(reservations, extra), { date, at: jst(date, '09:00'), policy: p });
}

describe('runApprovalBatch: when a request is eligible', () => {
  it('[C1] approves a Saturday request on the next open day, not the same day, and not on a closed Monday', () => {
    // Closed on Sundays and Mondays: Saturday's next open day is Tuesday.
    const sunMonClosed = hokutoPolicy({ calendars: { akeno: { closedWeekdays: [0, 1] } } });
    const saturday = requested('r-1', { placedAt: jst('2026-12-05', '10:00') });
    for (const day of ['2026-12-05', '2026-12-06', '2026-12-07'])
      expect(batch([saturday], day, {}, sunMonClosed).decisions, day).toEqual([]);
    const tuesday = batch([saturday], '2026-12-08', {}, sunMonClosed);
    expect(tuesday.decisions.map((d) => [d.reservationId, d.kind])).toEqual([['r-1', 'approved']]);
  });

  it('[C1] under the Hokuto calendar a Sunday request skips the closed Monday', () => {
    const sunday = requested('r-1', { placedAt: jst('2026-12-06', '15:00') });
    expect(batch([sunday], '2026-12-07').decisions).toEqual([]);
    expect(batch([sunday], '2026-12-08').decisions[0]?.kind).toBe('approved');
  });

  it('[C1] a request made at 00:30 in Japan belongs to that Japan day', () => {
    // 2026-12-04T15:30Z is Saturday 00:30 in Japan: eligible on Sunday, not on Saturday.
    const r = requested('r-1', { placedAt: '2026-12-04T15:30:00.000Z' });
    expect(batch([r], '2026-12-05').decisions).toEqual([]);
    expect(batch([r], '2026-12-06').decisions[0]?.kind).toBe('approved');
  });

  it('[C1] a late batch still approves requests whose first eligible day has passed', () => {
    const r = requested('r-1', { placedAt: jst('2026-12-01') });
    expect(batch([r], '2026-12-10').decisions[0]?.kind).toBe('approved');
  });

  it('[C3] a request made on an open morning is not eligible the same day, and a walk-in that day wins', () => {
    const morning = requested('r-online', { patronId: 'p-1', placedAt: jst('2026-12-08', '09:30') });
    expect(batch([morning], '2026-12-08').decisions).toEqual([]);
    const walkIn = counter('r-walkin', { patronId: 'p-2', placedAt: jst('2026-12-08', '14:00') });
    const next = batch([morning, walkIn], '2026-12-09');
    expect(next.decisions.map((d) => d.kind)).toEqual(['approved']);
    const approved = next.reservations.find((r) => r.id === 'r-online') as Reservation;
    expect(queuePosition(walkIn, next.reservations)).toBe(1);
    expect(queuePosition(approved, next.reservations)).toBe(2);
  });
});

describe('runApprovalBatch: queue order', () => {
  it('[C2] a counter reservation placed before a batch ranks ahead of every request approved in it', () => {
    const early = requested('r-a', { patronId: 'p-1', placedAt: jst('2026-12-04', '09:00') });
    const later = requested('r-b', { patronId: 'p-2', placedAt: jst('2026-12-05', '11:00') });
    const walkIn = counter('r-c', { patronId: 'p-3', placedAt: jst('2026-12-07', '16:00') });
    const result = batch([later, walkIn, early], '2026-12-08');
    expect(result.decisions.map((d) => d.reservationId)).toEqual(['r-a', 'r-b']);
    expect(queueOf(result.reservations, 't-1/1').map((r) => r.id)).toEqual(['r-c', 'r-a', 'r-b']);
    for (const d of result.decisions) expect(d.next.status === 'reserved' && d.next.queuedAt).toBe(jst('2026-12-08', '09:00'));
  });

  it('[C2] orders requests by the moment they were placed, whatever offset their instants are written in', () => {
    // 08:00 in Japan on the 5th is 23:00 UTC on the 4th: it was placed before 00:30 UTC on the 5th.
    const written = requested('r-a', { patronId: 'p-1', placedAt: '2026-12-05T08:00:00+09:00' });
    const utc = requested('r-b', { patronId: 'p-2', placedAt: '2026-12-05T00:30:00.000Z' });
    const result = batch([utc, written], '2026-12-08');
    expect(result.decisions.map((d) => d.reservationId)).toEqual(['r-a', 'r-b']);
  });

  it('[C2] keeps the snapshot order of reservations in the result', () => {
    const rs = [requested('r-2', { placedAt: jst('2026-12-05', '12:00') }), counter('r-x', { patronId: 'p-9' }), requested('r-1')];
    expect(batch(rs, '2026-12-08').reservations.map((r) => r.id)).toEqual(['r-2', 'r-x', 'r-1']);
  });
});

describe('runApprovalBatch: re-checks at approval', () => {
  it('[C4] a rejection carries its reasons, on the reservation and in the event', () => {
    const r = requested('r-1');
    const result = batch([r], '2026-12-08', { patrons: [patron('p-1', { unreachable: true })] });
    const [decision] = result.decisions;
    expect(decision?.kind).toBe('rejected');
    expect(decision?.reasons).toEqual([{ rule: 'A3' }]);
    expect(decision?.next).toMatchObject({ status: 'rejected', reasons: [{ rule: 'A3' }] });
    expect(result.events).toEqual([expect.objectContaining({ type: 'reservationRejected', reasons: [{ rule: 'A3' }] })]);
  });

  it('[C4] every rule that refuses is named once', () => {
    const r = requested('r-1');
    const result = batch([r], '2026-12-08', {
      patrons: [patron('p-1', { internetRegistered: false, email: null, unreachable: true })],
      titles: [title('t-1', { category: 'reference' })],
      copies: [copy('c-1', 't-1/1', { status: 'missing' })],
    });
    expect(result.decisions[0]?.reasons).toEqual([{ rule: 'A1' }, { rule: 'A3' }, { rule: 'E3' }, { rule: 'E4' }]);
  });

  it('[E1] re-checks the quota at approval, counting reserved, on-hold and just-approved reservations', () => {
    const held = [
      ...[1, 2, 3, 4, 5].map((n) => reserved(`r-res-${n}`, { titleId: `t-${n}` })),
      onHold('r-hold', { titleId: 't-6' }),
    ];
    const a = requested('r-a', { titleId: 't-7', placedAt: jst('2026-12-05', '10:00') });
    const b = requested('r-b', { titleId: 't-8', placedAt: jst('2026-12-05', '11:00') });
    const result = batch([b, ...held, a], '2026-12-08');
    expect(result.decisions.map((d) => [d.reservationId, d.kind, d.reasons])).toEqual([
      ['r-a', 'approved', undefined],
      ['r-b', 'rejected', [{ rule: 'E1' }]],
    ]);
  });

  it('[E1] the audiovisual sub-limit is re-checked, and other requests do not count', () => {
    const av = [1, 2, 3].map((n) => reserved(`r-av-${n}`, { titleId: `t-av-${n}`, audiovisual: true }));
    const pending = [1, 2, 3, 4, 5, 6, 7].map((n) =>
      requested(`r-later-${n}`, { titleId: `t-book-${n}`, placedAt: jst('2026-12-08', '10:00') }),
    );
    const dvd = requested('r-dvd', { titleId: 't-dvd', audiovisual: true });
    const book = requested('r-book', { titleId: 't-book', placedAt: jst('2026-12-05', '12:00') });
    const result = batch([...av, ...pending, dvd, book], '2026-12-08');
    expect(result.decisions.map((d) => [d.reservationId, d.kind])).toEqual([
      ['r-dvd', 'rejected'],
      ['r-book', 'approved'],
    ]);
    expect(result.decisions[0]?.reasons).toEqual([{ rule: 'E1' }]);
  });

  it('[E1] counter reservations do not count unless the policy says so', () => {
    const walkIns = [1, 2, 3, 4, 5, 6, 7].map((n) => counter(`r-c-${n}`, { titleId: `t-c-${n}` }));
    const r = requested('r-1', { titleId: 't-x' });
    expect(batch([...walkIns, r], '2026-12-08').decisions[0]?.kind).toBe('approved');
    const strict = hokutoPolicy({ quotaCountsCounterReservations: true });
    expect(batch([...walkIns, r], '2026-12-08', {}, strict).decisions[0]?.reasons).toEqual([{ rule: 'E1' }]);
  });

  it('[E3] rejects a request whose category became in-library only', () => {
    const result = batch([requested('r-1')], '2026-12-08', { titles: [title('t-1', { category: 'localHistory' })] });
    expect(result.decisions[0]).toMatchObject({ kind: 'rejected', reasons: [{ rule: 'E3' }] });
  });

  it('[E4] rejects a request whose every copy is missing or long overdue, unless the policy waits', () => {
    const copies = [copy('c-1', 't-1/1', { status: 'missing' }), copy('c-2', 't-1/1', { status: 'longOverdue' })];
    expect(batch([requested('r-1')], '2026-12-08', { copies }).decisions[0]).toMatchObject({ kind: 'rejected', reasons: [{ rule: 'E4' }] });
    const waits = hokutoPolicy({ rejectUnfulfillable: false });
    expect(batch([requested('r-1')], '2026-12-08', { copies }, waits).decisions[0]?.kind).toBe('approved');
    const oneOnLoan = [...copies, copy('c-3', 't-1/1', { status: 'onLoan' })];
    expect(batch([requested('r-1')], '2026-12-08', { copies: oneOnLoan }).decisions[0]?.kind).toBe('approved');
  });

  it('[A3] rejects a request of a patron judged unreachable since', () => {
    const result = batch([requested('r-1')], '2026-12-08', { patrons: [patron('p-1', { unreachable: true })] });
    expect(result.decisions[0]).toMatchObject({ kind: 'rejected', reasons: [{ rule: 'A3' }] });
  });

  it('[A1] rejects a request of a patron no longer registered or without e-mail', () => {
    expect(batch([requested('r-1')], '2026-12-08', { patrons: [patron('p-1', { internetRegistered: false })] }).decisions[0]?.reasons).toEqual([
      { rule: 'A1' },
    ]);
    expect(batch([requested('r-1')], '2026-12-08', { patrons: [patron('p-1', { email: null })] }).decisions[0]?.reasons).toEqual([{ rule: 'A1' }]);
  });

  it('[A4] a maintenance window does not stop the batch', () => {
    const inMaintenance = hokutoPolicy({ maintenanceWindows: [{ start: '2026-12-07T15:00:00Z', end: '2026-12-08T03:00:00Z' }] });
    expect(batch([requested('r-1')], '2026-12-08', {}, inMaintenance).decisions[0]?.kind).toBe('approved');
  });
});

describe('runApprovalBatch: cancellations', () => {
  it('[F2] finalises a pending cancellation of a request instead of deciding it', () => {
    const r = requested('r-1', { cancellationRequestedAt: jst('2026-12-05', '18:00') });
    const result = batch([r], '2026-12-08', { patrons: [patron('p-1', { unreachable: true })] });
    expect(result.decisions).toEqual([
      { reservationId: 'r-1', kind: 'cancellationFinalised', next: expect.objectContaining({ status: 'cancelled', cancelledBy: 'patron', cancelledFrom: 'requested' }) },
    ]);
    expect(result.events.map((e) => e.type)).toEqual(['reservationCancelled']);
  });

  it('[F2] finalises a reserved reservation’s cancellation on the next open day after it was asked, not before', () => {
    const r = reserved('r-1', { cancellationRequestedAt: jst('2026-12-06', '20:00') });
    expect(batch([r], '2026-12-07').decisions).toEqual([]);
    expect(batch([r], '2026-12-08').decisions).toEqual([
      { reservationId: 'r-1', kind: 'cancellationFinalised', next: expect.objectContaining({ status: 'cancelled', cancelledFrom: 'reserved' }) },
    ]);
  });

  it('[F2] a cancellation finalised in the batch frees its quota place for the requests', () => {
    const held = [1, 2, 3, 4, 5, 6].map((n) => reserved(`r-res-${n}`, { titleId: `t-${n}` }));
    const leaving = reserved('r-leaving', { titleId: 't-7', cancellationRequestedAt: jst('2026-12-05', '18:00') });
    const r = requested('r-new', { titleId: 't-8' });
    const result = batch([...held, leaving, r], '2026-12-08');
    expect(result.decisions.map((d) => [d.reservationId, d.kind])).toEqual([
      ['r-leaving', 'cancellationFinalised'],
      ['r-new', 'approved'],
    ]);
  });
});

describe('runApprovalBatch: purity', () => {
  it('[C1] running the batch twice on one day changes nothing the second time', () => {
    const rs = [
      requested('r-1'),
      requested('r-2', { patronId: 'p-2', cancellationRequestedAt: jst('2026-12-06') }),
      reserved('r-3', { patronId: 'p-3', cancellationRequestedAt: jst('2026-12-06') }),
      requested('r-4', { patronId: 'p-4', placedAt: jst('2026-12-08', '10:00') }),
    ];
    const first = batch(rs, '2026-12-08', { patrons: [patron('p-2', { unreachable: true })] });
    expect(first.decisions).toHaveLength(3);
    const second = batch(first.reservations, '2026-12-08', { patrons: [patron('p-2', { unreachable: true })] });
    expect(second.decisions).toEqual([]);
    expect(second.events).toEqual([]);
    expect(second.reservations).toEqual(first.reservations);
  });

  it('never mutates its input', () => {
    const snapshot = deepFreeze(approvalSnapshot([requested('r-1'), reserved('r-2', { cancellationRequestedAt: jst('2026-12-05') })]));
    const before = JSON.stringify([...snapshot.reservations]);
    const result = runApprovalBatch(snapshot, { date: '2026-12-08', at: jst('2026-12-08', '09:00'), policy });
    expect(result.decisions).toHaveLength(2);
    expect(JSON.stringify(snapshot.reservations)).toBe(before);
  });

  it('throws NOT_FOUND when an eligible request names a patron missing from the snapshot', () => {
    const snapshot = approvalSnapshot([requested('r-1')]);
    const withoutPatron = { ...snapshot, patrons: new Map() };
    try {
      runApprovalBatch(withoutPatron, { date: '2026-12-08', at: jst('2026-12-08', '09:00'), policy });
      expect.unreachable();
    } catch (e) {
      expect(isYoyakuError(e) && e.code).toBe('NOT_FOUND');
    }
  });

  it('throws INVALID_INPUT for a malformed date', () => {
    expect(() => runApprovalBatch(approvalSnapshot([]), { date: '2026-12-32', at: jst('2026-12-08'), policy })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
