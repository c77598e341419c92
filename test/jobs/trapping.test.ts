import { describe, expect, it } from 'vitest';
import { transition } from '../../src/lifecycle/transition.js';
import { trapCopies, trapCopy, type TrapResult } from '../../src/jobs/trapping.js';
import type { Reservation } from '../../src/model/reservation.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { copy, counter, deepFreeze, jst, onHold, requested, reserved } from './fixtures.js';

const policy = hokutoPolicy();
const at = jst('2026-12-08', '10:15');

function ok(result: TrapResult) {
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result;
}

describe('trapCopy', () => {
  it('[D1] traps a returned copy for the head of the queue at its pickup branch, with the notice date', () => {
    const head = reserved('r-1', { queuedAt: jst('2026-12-02') });
    const second = reserved('r-2', { patronId: 'p-2', queuedAt: jst('2026-12-03') });
    const returned = copy('c-1', 't-1/1', { status: 'onLoan', version: 4 });
    const result = ok(trapCopy({ copy: returned, reservations: [second, head], at, policy }));
    expect(result.kind).toBe('hold');
    expect(result.copy).toEqual({ ...returned, status: 'onHoldShelf', reservationId: 'r-1', version: 5 });
    if (result.kind !== 'hold') return;
    expect(result.reservation).toMatchObject({
      id: 'r-1', status: 'onHold', copyId: 'c-1', trappedAt: at, noticeDate: '2026-12-08', lastDay: '2026-12-15', version: 1,
    });
    expect(result.events).toEqual([
      expect.objectContaining({ type: 'holdStarted', reservationId: 'r-1', copyId: 'c-1', pickupBranchId: 'akeno', noticeDate: '2026-12-08', lastDay: '2026-12-15' }),
    ]);
  });

  it('[D1] the notice date is the Japan date of the trap, not the UTC date', () => {
    const early = '2026-12-07T16:30:00.000Z'; // 01:30 on 12-08 in Japan
    const result = ok(trapCopy({ copy: copy('c-1', 't-1/1'), reservations: [reserved('r-1')], at: early, policy }));
    expect(result.kind === 'hold' && [result.reservation.noticeDate, result.reservation.lastDay]).toEqual(['2026-12-08', '2026-12-15']);
  });

  it('[D2] the last day is the notice date + 7; the patron may collect through it, not after', () => {
    const result = ok(trapCopy({ copy: copy('c-1', 't-1/1'), reservations: [reserved('r-1')], at, policy }));
    if (result.kind !== 'hold') throw new Error('expected a hold');
    expect(result.reservation.lastDay).toBe('2026-12-15');
    expect(transition(result.reservation, { type: 'collect' }, { at: jst('2026-12-15', '23:59') }).ok).toBe(true);
    const late = transition(result.reservation, { type: 'collect' }, { at: jst('2026-12-16', '00:00') });
    expect(late.ok ? null : late.refusal.code).toBe('HOLD_EXPIRED');
  });

  it('[E5] a museum copy travels to the pickup branch, and is held when it arrives', () => {
    const head = reserved('r-1', { pickupBranchId: 'nagasaka' });
    const museumCopy = copy('c-m', 't-1/1', { ownerBranchId: 'museum', locationBranchId: 'museum' });
    const sent = ok(trapCopy({ copy: museumCopy, reservations: [head], at, policy }));
    expect(sent).toMatchObject({ kind: 'transit', reservationId: 'r-1', events: [] });
    expect(sent.copy).toEqual({ ...museumCopy, status: 'inTransit', locationBranchId: 'nagasaka', transitFromBranchId: 'museum', reservationId: 'r-1', version: 1 });
    const arrived = ok(trapCopy({ copy: sent.copy, reservations: [head], at: jst('2026-12-09', '11:00'), policy }));
    expect(arrived.kind).toBe('hold');
    expect(arrived.copy).toMatchObject({ status: 'onHoldShelf', locationBranchId: 'nagasaka', ownerBranchId: 'museum', version: 2 });
  });

  it('[C2] a copy goes on the shelf when only unapproved requests wait', () => {
    const result = ok(trapCopy({ copy: copy('c-1', 't-1/1', { status: 'onLoan' }), reservations: [requested('r-1')], at, policy }));
    expect(result).toMatchObject({ kind: 'shelve', copy: { status: 'onShelf', locationBranchId: 'akeno', version: 1 }, events: [] });
  });

  it('[F2] a reservation with a pending cancellation takes no copy', () => {
    const leaving = reserved('r-1', { queuedAt: jst('2026-12-01'), cancellationRequestedAt: jst('2026-12-07') });
    const next = counter('r-2', { patronId: 'p-2', placedAt: jst('2026-12-02') });
    const result = ok(trapCopy({ copy: copy('c-1', 't-1/1'), reservations: [leaving, next], at, policy }));
    expect(result.kind === 'hold' && result.reservation.id).toBe('r-2');
  });

  it('[C2][P5] a copy arriving in transit with nobody waiting any more goes home', () => {
    const travelling = copy('c-1', 't-1/1', { status: 'inTransit', locationBranchId: 'takane', ownerBranchId: 'akeno' });
    const result = ok(trapCopy({ copy: travelling, reservations: [], at, policy }));
    expect(result.kind).toBe('home');
    expect(result.copy).toEqual({ ...travelling, status: 'inTransit', locationBranchId: 'akeno', transitFromBranchId: 'takane', version: 1 });
  });

  it('[P5] with returnTo whereReturned a copy nobody waits for stays where it arrived; a museum copy still goes home (E5)', () => {
    const floating = hokutoPolicy({ returnTo: 'whereReturned' });
    const travelling = copy('c-1', 't-1/1', { status: 'inTransit', locationBranchId: 'takane', ownerBranchId: 'akeno' });
    expect(ok(trapCopy({ copy: travelling, reservations: [], at, policy: floating })).copy).toEqual({ ...travelling, status: 'onShelf', version: 1 });
    const museumCopy = copy('c-m', 't-1/1', { status: 'onHoldShelf', locationBranchId: 'takane', ownerBranchId: 'museum' });
    expect(ok(trapCopy({ copy: museumCopy, reservations: [], at, policy: floating }))).toMatchObject({
      kind: 'home',
      copy: { status: 'inTransit', locationBranchId: 'museum', transitFromBranchId: 'takane' },
    });
  });

  it('[P5] a copy in transit for a reservation that still waits goes to it, even when others queue ahead', () => {
    const first = reserved('r-0', { patronId: 'p-0', queuedAt: jst('2026-12-01') });
    const promised = reserved('r-1', { queuedAt: jst('2026-12-02') });
    const travelling = copy('c-1', 't-1/1', { status: 'inTransit', locationBranchId: 'akeno', transitFromBranchId: 'mukawa', reservationId: 'r-1' });
    const result = ok(trapCopy({ copy: travelling, reservations: [first, promised], at, policy }));
    expect(result.kind === 'hold' && result.reservation.id).toBe('r-1');
  });

  it('[P5] a copy whose reservation was cancelled on the way goes to the next in the queue', () => {
    const next = reserved('r-2', { patronId: 'p-2', pickupBranchId: 'mukawa' });
    const travelling = copy('c-1', 't-1/1', { status: 'inTransit', locationBranchId: 'akeno', transitFromBranchId: 'mukawa', reservationId: 'r-gone' });
    const result = ok(trapCopy({ copy: travelling, reservations: [next], at, policy }));
    expect(result).toMatchObject({ kind: 'transit', reservationId: 'r-2', copy: { locationBranchId: 'mukawa', transitFromBranchId: 'akeno', reservationId: 'r-2' } });
  });

  it('[P5] a reservation with a copy travelling for it is not sent another', () => {
    const head = reserved('r-1', { queuedAt: jst('2026-12-01'), pickupBranchId: 'mukawa' });
    const next = reserved('r-2', { patronId: 'p-2', queuedAt: jst('2026-12-02') });
    const travelling = copy('c-1', 't-1/1', { status: 'inTransit', locationBranchId: 'mukawa', transitFromBranchId: 'akeno', reservationId: 'r-1' });
    const result = ok(trapCopy({ copy: copy('c-2', 't-1/1'), copies: [travelling], reservations: [head, next], at, policy }));
    expect(result.kind === 'hold' && result.reservation.id).toBe('r-2');
  });

  it('[P5] control: without the volume’s other copies, the guard is gone and the head would get a second copy', () => {
    const head = reserved('r-1', { queuedAt: jst('2026-12-01'), pickupBranchId: 'mukawa' });
    const next = reserved('r-2', { patronId: 'p-2', queuedAt: jst('2026-12-02') });
    const result = ok(trapCopy({ copy: copy('c-2', 't-1/1'), reservations: [head, next], at, policy }));
    expect(result).toMatchObject({ kind: 'transit', reservationId: 'r-1' });
  });

  it('[P5] two copies travelling for one reservation (bad data) arrive together: only one is given to it', () => {
    const promised = reserved('r-1', { queuedAt: jst('2026-12-01') });
    const next = reserved('r-2', { patronId: 'p-2', queuedAt: jst('2026-12-02') });
    const a = copy('c-1', 't-1/1', { status: 'inTransit', transitFromBranchId: 'mukawa', reservationId: 'r-1' });
    const b = copy('c-2', 't-1/1', { status: 'inTransit', transitFromBranchId: 'mukawa', reservationId: 'r-1' });
    const { results } = trapCopies({ copies: [a, b], reservations: [promised, next], at, policy });
    expect(results.map((r) => (r.ok && r.kind === 'hold' ? r.reservation.id : null))).toEqual(['r-1', 'r-2']);
  });

  it('[E3] a 禁帯出 copy is never trapped: it goes home or on the shelf', () => {
    const result = ok(trapCopy({ copy: copy('c-1', 't-1/1', { status: 'onLoan', notForLoan: true }), reservations: [reserved('r-1')], at, policy }));
    expect(result).toMatchObject({ kind: 'shelve', copy: { status: 'onShelf', notForLoan: true } });
  });

  it('[P8] with noticeAtTrap off a copy on the open shelf goes on the pull list; in hand it is held', () => {
    const pulling = hokutoPolicy({ noticeAtTrap: false });
    const shelf = ok(trapCopy({ copy: copy('c-1', 't-1/1'), reservations: [reserved('r-1')], from: 'shelf', at, policy: pulling }));
    expect(shelf).toMatchObject({ kind: 'pull', reservationId: 'r-1', copy: { status: 'awaitingPull', reservationId: 'r-1', locationBranchId: 'akeno' } });
    const pulled = ok(trapCopy({ copy: shelf.copy, reservations: [reserved('r-1')], at, policy: pulling }));
    expect(pulled.kind === 'hold' && pulled.reservation.id).toBe('r-1');
  });

  it('[D1][P6] a missing, long-overdue or withdrawn copy is not trapped', () => {
    for (const status of ['missing', 'longOverdue', 'withdrawn'] as const) {
      const result = trapCopy({ copy: copy('c-1', 't-1/1', { status }), reservations: [reserved('r-1')], at, policy });
      expect(result).toEqual({ ok: false, refusal: { code: 'COPY_NOT_TRAPPABLE', rule: 'D1', params: { status } } });
    }
  });

  it('[D1] a copy held on the shelf for someone is not trapped again', () => {
    const held = onHold('r-1', { copyId: 'c-1' });
    const result = trapCopy({ copy: copy('c-1', 't-1/1', { status: 'onHoldShelf' }), reservations: [held, reserved('r-2')], at, policy });
    expect(result.ok ? null : result.refusal.code).toBe('COPY_NOT_TRAPPABLE');
  });

  it('never mutates its input', () => {
    const input = deepFreeze({ copy: copy('c-1', 't-1/1'), reservations: [reserved('r-1')], at, policy: hokutoPolicy() });
    expect(ok(trapCopy(input)).kind).toBe('hold');
  });
});

describe('trapCopies', () => {
  it('[C2] serves copies of one volume to the queue in order, one copy per reservation', () => {
    const first = reserved('r-1', { queuedAt: jst('2026-12-01'), pickupBranchId: 'takane' });
    const second = reserved('r-2', { patronId: 'p-2', queuedAt: jst('2026-12-02') });
    const third = reserved('r-3', { patronId: 'p-3', queuedAt: jst('2026-12-03') });
    const other = reserved('r-4', { patronId: 'p-4', titleId: 't-2' });
    const reservations: Reservation[] = [third, other, second, first];
    const copies = [copy('c-1', 't-1/1'), copy('c-2', 't-1/1'), copy('c-3', 't-1/1', { status: 'missing' }), copy('c-4', 't-1/1'), copy('c-5', 't-1/1')];
    const result = trapCopies({ copies, reservations, at, policy });
    expect(result.results.map((r) => (r.ok ? r.kind : r.refusal.code))).toEqual(['transit', 'hold', 'COPY_NOT_TRAPPABLE', 'hold', 'shelve']);
    expect(result.copies.map((c) => [c.id, c.status])).toEqual([
      ['c-1', 'inTransit'],
      ['c-2', 'onHoldShelf'],
      ['c-4', 'onHoldShelf'],
      ['c-5', 'onShelf'],
    ]);
    expect(result.reservations.map((r) => [r.id, r.status])).toEqual([
      ['r-3', 'onHold'],
      ['r-4', 'reserved'],
      ['r-2', 'onHold'],
      ['r-1', 'reserved'],
    ]);
    expect(result.events.map((e) => e.reservationId)).toEqual(['r-2', 'r-3']);
  });

  it('[P5][C2] a copy arriving for its reservation, then one the queue takes: each hold replaces its own reservation', () => {
    // The arrival claims r-2 before its volume's queue is first sorted (r-1 ahead of it); the
    // second copy sorts the queue and goes to r-1. Each hold stands where its reservation stood.
    const promised = reserved('r-2', { patronId: 'p-2', queuedAt: jst('2026-12-02') });
    const other = reserved('r-9', { patronId: 'p-9', titleId: 't-2' });
    const head = reserved('r-1', { queuedAt: jst('2026-12-01') });
    const arriving = copy('c-1', 't-1/1', { status: 'inTransit', transitFromBranchId: 'mukawa', reservationId: 'r-2' });
    const result = trapCopies({ copies: [arriving, copy('c-2', 't-1/1')], reservations: [promised, other, head], at, policy });
    expect(result.results.map((r) => (r.ok && r.kind === 'hold' ? r.reservation.id : null))).toEqual(['r-2', 'r-1']);
    expect(result.reservations.map((r) => [r.id, r.status, r.status === 'onHold' ? r.copyId : null])).toEqual([
      ['r-2', 'onHold', 'c-1'],
      ['r-9', 'reserved', null],
      ['r-1', 'onHold', 'c-2'],
    ]);
  });

  it('[D1] gives the same hold as trapCopy for a single copy', () => {
    const reservations = [reserved('r-1'), reserved('r-2', { patronId: 'p-2', queuedAt: jst('2026-12-09') })];
    const one = trapCopy({ copy: copy('c-1', 't-1/1'), reservations, at, policy });
    const many = trapCopies({ copies: [copy('c-1', 't-1/1')], reservations, at, policy });
    expect(many.results).toEqual([one]);
  });
});
