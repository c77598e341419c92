import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runApprovalBatch } from '../../src/jobs/approval-batch.js';
import type { Reservation } from '../../src/model/reservation.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { checkProperty } from '../support/fc.js';
import { approvalSnapshot, copy, jst, onHold, patron, requested, reserved } from './fixtures.js';
import { referenceApprovalBatch } from './reference/approval-batch-reference.js';

const PATRONS = ['p-0', 'p-1', 'p-2'];
const BRANCHES = ['akeno', 'nagasaka', 'hakushu'];
// Few distinct instants, so that many requests tie on placedAt and the id decides; one written
// with an offset, which ranks by the moment it names.
const DAYS = ['2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07'];
const TIMES = ['09:00', '09:00', '13:30', '23:59'];

const recordArb = fc.record({
  kind: fc.constantFrom('request', 'request', 'request', 'cancelling', 'reserved', 'reservedCancelling', 'counter', 'onHold'),
  id: fc.integer({ min: 0, max: 999 }),
  patron: fc.constantFrom(...PATRONS, 'p-missing'),
  title: fc.integer({ min: 0, max: 3 }),
  branch: fc.constantFrom(...BRANCHES),
  audiovisual: fc.boolean(),
  counterRequest: fc.boolean(),
  day: fc.constantFrom(...DAYS),
  time: fc.constantFrom(...TIMES),
  offset: fc.boolean(),
});

const scenarioArb = fc.record({
  records: fc.array(recordArb, { minLength: 1, maxLength: 50 }),
  maxOnline: fc.integer({ min: 1, max: 4 }),
  maxOnlineAudiovisual: fc.integer({ min: 1, max: 2 }),
  countCounter: fc.boolean(),
  rejectUnfulfillable: fc.boolean(),
  lostTitle: fc.integer({ min: -1, max: 3 }),
  withMissingPatron: fc.boolean(),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const seen = new Set<number>();
  const reservations: Reservation[] = [];
  for (const e of s.records) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    if (e.patron === 'p-missing' && !s.withMissingPatron) continue;
    const placedAt = e.offset ? `${e.day}T${e.time}:00+09:00` : jst(e.day, e.time);
    const id = `r-${e.id}`;
    const common = { patronId: e.patron, titleId: `t-${e.title}`, pickupBranchId: e.branch, audiovisual: e.audiovisual, placedAt };
    if (e.kind === 'request') reservations.push(requested(id, { ...common, ...(e.counterRequest ? { channel: 'counter' as const } : {}) }));
    else if (e.kind === 'cancelling') reservations.push(requested(id, { ...common, cancellationRequestedAt: placedAt }));
    else if (e.kind === 'reserved') reservations.push(reserved(id, common));
    else if (e.kind === 'reservedCancelling') reservations.push(reserved(id, { ...common, cancellationRequestedAt: placedAt }));
    else if (e.kind === 'counter') reservations.push(reserved(id, { ...common, channel: 'counter' }));
    else reservations.push(onHold(id, { ...common, copyId: `c-h${e.id}` }));
  }
  const copies = [0, 1, 2, 3].map((t) => copy(`c-t${t}`, `t-${t}/1`, { status: t === s.lostTitle ? 'missing' : 'onShelf' }));
  const patrons = PATRONS.map((id) => patron(id, { unreachable: id === 'p-2' && s.countCounter }));
  const snapshot = approvalSnapshot(reservations, { patrons, copies });
  if (s.withMissingPatron) (snapshot.patrons as Map<string, unknown>).delete('p-missing');
  const policy = hokutoPolicy({
    maxOnline: s.maxOnline,
    maxOnlineAudiovisual: Math.min(s.maxOnlineAudiovisual, s.maxOnline),
    quotaCountsCounterReservations: s.countCounter,
    rejectUnfulfillable: s.rejectUnfulfillable,
  });
  return { snapshot, options: { date: '2026-12-09', at: jst('2026-12-09', '08:45'), policy } };
}

function outcome(f: () => unknown): unknown {
  try {
    return { ok: JSON.stringify(f()) };
  } catch (e) {
    return { threw: e instanceof Error ? `${e.name} ${e.message}` : String(e) };
  }
}

describe('approval batch against a straightforward reference', () => {
  it('[C1][C2][C4][E1] decides, orders and writes exactly as the reference does', () => {
    checkProperty(
      fc.property(scenarioArb, (s) => {
        const { snapshot, options } = build(s);
        expect(outcome(() => runApprovalBatch(snapshot, options))).toEqual(outcome(() => referenceApprovalBatch(snapshot, options)));
      }),
      300,
    );
  });
});
