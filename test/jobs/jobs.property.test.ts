import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/local-date.js';
import { japanDateOf } from '../../src/calendar/japan-date.js';
import { runApprovalBatch, type ApprovalSnapshot } from '../../src/jobs/approval-batch.js';
import { runHoldExpiry } from '../../src/jobs/hold-expiry.js';
import { compareQueue, queuePosition } from '../../src/jobs/queue-order.js';
import { trapCopy } from '../../src/jobs/trapping.js';
import type { Reservation } from '../../src/model/reservation.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { checkProperty } from '../support/fc.js';
import { approvalSnapshot, copy, deepFreeze, jst, onHold, patron, requested, reserved } from './fixtures.js';

const policy = hokutoPolicy();
const PATRONS = ['p-0', 'p-1', 'p-2', 'p-3'];
const BRANCHES = ['akeno', 'nagasaka', 'hakushu'];

const existingArb = fc.record({
  patron: fc.constantFrom(...PATRONS),
  title: fc.integer({ min: 0, max: 4 }),
  onHold: fc.boolean(),
  counter: fc.boolean(),
  audiovisual: fc.boolean(),
  day: fc.integer({ min: 0, max: 9 }),
  hour: fc.integer({ min: 0, max: 23 }),
  cancelling: fc.boolean(),
});

const requestArb = fc.record({
  patron: fc.constantFrom(...PATRONS),
  title: fc.integer({ min: 0, max: 4 }),
  branch: fc.constantFrom(...BRANCHES),
  audiovisual: fc.boolean(),
  day: fc.integer({ min: 0, max: 9 }),
  hour: fc.integer({ min: 0, max: 23 }),
  cancelling: fc.boolean(),
});

const scenarioArb = fc.record({
  existing: fc.array(existingArb, { maxLength: 30 }),
  requests: fc.array(requestArb, { minLength: 5, maxLength: 60 }),
  batchDay: fc.integer({ min: 3, max: 12 }),
  unreachable: fc.subarray(PATRONS, { maxLength: 1 }),
  lostTitles: fc.subarray([0, 1, 2, 3, 4], { maxLength: 1 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function day(n: number): string {
  return addDays('2026-11-30', n);
}

function time(hour: number): string {
  return `${String(hour).padStart(2, '0')}:30`;
}

/** Existing reservations within the quota, requests, and the batch's date and instant. */
function build(s: Scenario): { snapshot: ApprovalSnapshot; date: string; at: string } {
  const date = day(s.batchDay);
  const at = jst(date, '08:45');
  const counts = new Map<string, { total: number; av: number }>();
  const reservations: Reservation[] = [];
  s.existing.forEach((e, i) => {
    const c = counts.get(e.patron) ?? { total: 0, av: 0 };
    if (!e.counter && (c.total >= policy.maxOnline || (e.audiovisual && c.av >= policy.maxOnlineAudiovisual))) return;
    if (!e.counter) counts.set(e.patron, { total: c.total + 1, av: c.av + (e.audiovisual ? 1 : 0) });
    const placedAt = jst(day(Math.min(e.day, s.batchDay - 1)), time(e.hour));
    const common = { patronId: e.patron, titleId: `t-${e.title}`, audiovisual: e.audiovisual, placedAt, channel: e.counter ? ('counter' as const) : ('online' as const) };
    if (e.onHold) reservations.push(onHold(`r-e${i}`, { ...common, copyId: `c-h${i}` }));
    else reservations.push(reserved(`r-e${i}`, { ...common, ...(e.cancelling && !e.counter ? { cancellationRequestedAt: placedAt } : {}) }));
  });
  s.requests.forEach((q, i) => {
    const placedAt = jst(day(q.day), time(q.hour));
    reservations.push(
      requested(`r-q${i}`, {
        patronId: q.patron, titleId: `t-${q.title}`, pickupBranchId: q.branch, audiovisual: q.audiovisual, placedAt,
        ...(q.cancelling ? { cancellationRequestedAt: placedAt } : {}),
      }),
    );
  });
  const copies = [0, 1, 2, 3, 4].map((t) => copy(`c-t${t}`, `t-${t}/1`, { status: s.lostTitles.includes(t) ? 'missing' : 'onShelf' }));
  const patrons = PATRONS.map((id) => patron(id, { unreachable: s.unreachable.includes(id) }));
  return { snapshot: approvalSnapshot(reservations, { patrons, copies }), date, at };
}

function quotaOf(reservations: readonly Reservation[], patronId: string): { total: number; av: number } {
  let total = 0;
  let av = 0;
  for (const r of reservations)
    if (r.patronId === patronId && r.channel === 'online' && (r.status === 'reserved' || r.status === 'onHold')) {
      total++;
      if (r.audiovisual) av++;
    }
  return { total, av };
}

describe('approval batch properties', () => {
  it('[E1] never takes a patron past the online quota', () => {
    checkProperty(
      fc.property(scenarioArb, (s) => {
        const { snapshot, date, at } = build(s);
        const result = runApprovalBatch(snapshot, { date, at, policy });
        for (const id of PATRONS) {
          const q = quotaOf(result.reservations, id);
          expect(q.total).toBeLessThanOrEqual(policy.maxOnline);
          expect(q.av).toBeLessThanOrEqual(policy.maxOnlineAudiovisual);
        }
      }),
    );
  });

  it('[C1] is idempotent: a second run on its result decides nothing', () => {
    checkProperty(
      fc.property(scenarioArb, (s) => {
        const { snapshot, date, at } = build(s);
        const first = runApprovalBatch(snapshot, { date, at, policy });
        const second = runApprovalBatch({ ...snapshot, reservations: first.reservations }, { date, at: jst(date, '10:00'), policy });
        expect(second.decisions).toEqual([]);
        expect(second.events).toEqual([]);
        expect(second.reservations).toEqual(first.reservations);
      }),
    );
  });

  it('never mutates its input', () => {
    checkProperty(
      fc.property(scenarioArb, (s) => {
        const { snapshot, date, at } = build(s);
        const before = JSON.stringify(snapshot.reservations);
        runApprovalBatch(deepFreeze(snapshot), { date, at, policy });
        expect(JSON.stringify(snapshot.reservations)).toBe(before);
      }),
    );
  });

  it('[C2] a counter reservation placed before a batch ranks ahead of every online request approved in it', () => {
    checkProperty(
      fc.property(scenarioArb, (s) => {
        const { snapshot, date, at } = build(s);
        const result = runApprovalBatch(snapshot, { date, at, policy });
        const counters = result.reservations.filter((r) => r.channel === 'counter' && r.status === 'reserved' && r.placedAt < at);
        for (const d of result.decisions) {
          if (d.kind !== 'approved' || d.next.status !== 'reserved') continue;
          const approvedPlace = queuePosition(d.next, result.reservations) as number;
          for (const c of counters) {
            if (c.volumeId !== d.next.volumeId || c.status !== 'reserved') continue;
            expect(compareQueue(c, d.next)).toBeLessThan(0);
            expect(queuePosition(c, result.reservations)).toBeLessThan(approvedPlace);
          }
        }
      }),
    );
  });
});

describe('hold properties', () => {
  const instantArb = fc
    .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2100-12-31T14:59:59.999Z'), noInvalidDate: true })
    .map((d) => d.toISOString());

  it('[D2] under the default policy the last day of a hold is the notice date + 7, for any date 2000–2100', () => {
    checkProperty(
      fc.property(instantArb, fc.constantFrom(...BRANCHES), (at, branch) => {
        const result = trapCopy({ copy: copy('c-1', 't-1/1', { locationBranchId: branch }), reservations: [reserved('r-1', { pickupBranchId: branch })], at, policy });
        if (!result.ok || result.kind !== 'hold') throw new Error('expected a hold');
        expect(result.reservation.noticeDate).toBe(japanDateOf(at));
        expect(result.reservation.lastDay).toBe(addDays(result.reservation.noticeDate, 7));
      }),
      200,
    );
  });

  it('[D3] hold expiry is idempotent for a date and lapses exactly the holds whose last day has passed', () => {
    checkProperty(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 12 }), fc.integer({ min: 0, max: 20 }), (lastDays, runDay) => {
        const holds = lastDays.map((n, i) => onHold(`r-${i}`, { patronId: `p-${i}`, copyId: `c-${i}`, lastDay: day(n) }));
        const waiting = [reserved('r-w1', { patronId: 'p-w1' }), reserved('r-w2', { patronId: 'p-w2', queuedAt: jst('2026-12-06') })];
        const copies = new Map(holds.map((h) => [h.copyId, copy(h.copyId, 't-1/1', { status: 'onHoldShelf' })]));
        const date = day(runDay);
        const options = { date, at: jst(date, '00:10'), policy };
        const first = runHoldExpiry({ reservations: [...holds, ...waiting], copies }, options);
        expect(first.lapsed.map((r) => r.id)).toEqual(holds.filter((h) => h.lastDay < date).map((h) => h.id));
        const second = runHoldExpiry({ reservations: first.reservations, copies }, options);
        expect(second.lapsed).toEqual([]);
        expect(second.holds).toEqual([]);
        expect(second.reservations).toEqual(first.reservations);
      }),
    );
  });
});
