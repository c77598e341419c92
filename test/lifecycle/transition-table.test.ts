import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LifecycleEvent, LifecycleEventType } from '../../src/lifecycle/lifecycle-event.js';
import { createCounterReservation, createOnlineRequest } from '../../src/lifecycle/create.js';
import { TRANSITIONS } from '../../src/lifecycle/transition-table.js';
import { can, transition, type TransitionResult } from '../../src/lifecycle/transition.js';
import { FINAL_STATUSES, RESERVATION_STATUSES, type ReservationStatus } from '../../src/model/reservation.js';
import { checkProperty } from '../support/fc.js';
import { EVENT_TYPES, contextFor, deepFreeze, eventOf, reservationFor, reservationIn } from './fixtures.js';

function inTable(from: ReservationStatus, event: LifecycleEventType): boolean {
  return TRANSITIONS.some((t) => t.from === from && t.event === event);
}

/** Pairs outside the table that are refused with a more specific rule than F1. */
const SPECIFIC_REFUSALS: Partial<Record<`${ReservationStatus}:${LifecycleEventType}`, { code: string; rule: string }>> = {
  'requested:changePickup': { code: 'ONLINE_CHANGE_NOT_ALLOWED', rule: 'F5' },
  'onHold:requestCancellation': { code: 'NOTICE_SENT', rule: 'F4' },
};

const OUTSIDE_TABLE = RESERVATION_STATUSES.flatMap((from) =>
  EVENT_TYPES.filter((event) => !inTable(from, event)).map((event) => ({ from, event })),
);

function accepted(result: TransitionResult) {
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} (${result.refusal.rule})`);
  return result;
}

describe('the transition table', () => {
  it('[F1] has one row per (status, event)', () => {
    const keys = TRANSITIONS.map((t) => `${t.from}:${t.event}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('[F1] leads nowhere from a final status, and only to the statuses of the catalogue', () => {
    expect(TRANSITIONS.filter((t) => FINAL_STATUSES.includes(t.from))).toEqual([]);
    const moves = new Set(TRANSITIONS.filter((t) => t.from !== t.to).map((t) => `${t.from}->${t.to}`));
    expect([...moves].sort()).toEqual(
      [
        'requested->reserved', 'requested->rejected', 'requested->cancelled',
        'reserved->onHold', 'reserved->cancelled',
        'onHold->collected', 'onHold->lapsed', 'onHold->cancelled',
        'requested->collected', 'reserved->collected',
      ].sort(),
    );
  });

  it('[F1] names at least one rule of the catalogue on every row', () => {
    for (const row of TRANSITIONS) expect(row.rules.length, `${row.from}:${row.event}`).toBeGreaterThan(0);
  });

  it.each(TRANSITIONS.map((row) => [`${row.from} --${row.event}--> ${row.to}`, row] as const))(
    '[F1] transition() accepts %s',
    (_, row) => {
      const result = accepted(transition(reservationFor(row.from, row.event), eventOf(row.event), contextFor(row.event)));
      expect(result.reservation.status).toBe(row.to);
      expect(result.events).toHaveLength(1);
      expect(result.events[0]).toMatchObject({ reservationId: 'r-1', patronId: 'p-1', from: row.from, to: row.to });
      expect(can(reservationFor(row.from, row.event), eventOf(row.event), contextFor(row.event))).toBe(true);
    },
  );

  it('[F1] the table leaves some pairs out, so the next test checks something', () => {
    expect(OUTSIDE_TABLE.length).toBe(RESERVATION_STATUSES.length * EVENT_TYPES.length - TRANSITIONS.length);
    expect(OUTSIDE_TABLE.length).toBeGreaterThan(0);
  });

  it.each(OUTSIDE_TABLE.map((p) => [`${p.from} + ${p.event}`, p] as const))('[F1] transition() refuses %s', (_, { from, event }) => {
    const expected = SPECIFIC_REFUSALS[`${from}:${event}`] ?? { code: 'INVALID_TRANSITION', rule: 'F1' };
    const variants = from === 'requested' || from === 'reserved'
      ? [reservationIn(from), reservationIn(from, { cancellationRequestedAt: '2026-12-04T00:00:00.000Z' })]
      : [reservationIn(from)];
    const events = event === 'cancel' ? [eventOf(event, 'patron'), eventOf(event, 'staff')] : [eventOf(event)];
    for (const r of variants)
      for (const e of events)
        for (const at of ['2026-12-09T00:00:00.000Z', '2026-12-15T14:59:59.999Z', '2026-12-16T03:00:00.000Z']) {
          const result = transition(r, e, { at });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.refusal).toMatchObject(expected);
          expect(can(r, e, { at })).toBe(false);
        }
  });
});

const arbitraryEvent: fc.Arbitrary<LifecycleEvent> = fc.oneof(
  fc.constant<LifecycleEvent>({ type: 'approve' }),
  fc.array(fc.constantFrom('E3', 'E4', 'C4', 'staff'), { minLength: 1, maxLength: 3 }).map(
    (rules): LifecycleEvent => ({ type: 'reject', reasons: rules.map((rule) => (rule === 'staff' ? { rule, note: 'damaged' } : { rule })) }),
  ),
  fc.constant<LifecycleEvent>({ type: 'requestCancellation' }),
  fc.constant<LifecycleEvent>({ type: 'finaliseCancellation' }),
  fc.constantFrom('patron', 'staff').map((by): LifecycleEvent => ({ type: 'cancel', by })),
  fc.record({ day: fc.integer({ min: 0, max: 60 }) }).map(
    ({ day }): LifecycleEvent => ({ type: 'trap', copyId: 'c-2', noticeDate: '2026-12-08', lastDay: `2026-12-${String(8 + (day % 20)).padStart(2, '0')}` }),
  ),
  fc.constant<LifecycleEvent>({ type: 'collect' }),
  fc.constant<LifecycleEvent>({ type: 'lapse' }),
  fc.constantFrom('akeno', 'sutama', 'museum').map((pickupBranchId): LifecycleEvent => ({ type: 'changePickup', pickupBranchId })),
);

const arbitraryInstant = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) })
  .map((ms) => new Date(ms).toISOString());

describe('lifecycle properties', () => {
  it('[F1] a final status never changes, whatever the events', () => {
    checkProperty(
      fc.property(fc.constantFrom(...FINAL_STATUSES), fc.array(fc.tuple(arbitraryEvent, arbitraryInstant), { minLength: 1, maxLength: 8 }), (status, steps) => {
        const r = deepFreeze(reservationIn(status));
        for (const [event, at] of steps) {
          const result = transition(r, event, { at });
          if (result.ok || result.refusal.code !== 'INVALID_TRANSITION' || result.refusal.rule !== 'F1') return false;
        }
        return true;
      }),
      500,
    );
  });

  it('[F1] walking random events keeps every step inside the table, one version at a time, without mutating', () => {
    checkProperty(
      fc.property(
        fc.constantFrom<ReservationStatus>('requested', 'reserved', 'onHold'),
        fc.array(fc.tuple(arbitraryEvent, arbitraryInstant), { maxLength: 12 }),
        (start, steps) => {
          let r = deepFreeze(reservationIn(start));
          for (const [event, at] of steps) {
            const snapshot = JSON.stringify(r);
            const result = transition(r, deepFreeze(event), deepFreeze({ at }));
            if (JSON.stringify(r) !== snapshot) return false;
            if (!result.ok) continue;
            if (!inTable(r.status, event.type)) return false;
            const row = TRANSITIONS.find((t) => t.from === r.status && t.event === event.type);
            if (result.reservation.status !== row?.to || result.reservation.version !== r.version + 1) return false;
            r = deepFreeze(result.reservation);
          }
          return true;
        },
      ),
      500,
    );
  });
});

describe('transition() purity', () => {
  it.each(TRANSITIONS.map((row) => [`${row.from} --${row.event}-->`, row] as const))(
    'never mutates a deeply frozen input: %s',
    (_, row) => {
      const input = deepFreeze(reservationFor(row.from, row.event));
      const event = deepFreeze(eventOf(row.event));
      const context = deepFreeze(contextFor(row.event));
      const before = JSON.stringify([input, event, context]);
      const result = accepted(transition(input, event, context));
      expect(JSON.stringify([input, event, context])).toBe(before);
      expect(result.reservation).not.toBe(input);
    },
  );

  it.each(TRANSITIONS.map((row) => [`${row.from} --${row.event}-->`, row] as const))('increments the version by one: %s', (_, row) => {
    for (const version of [0, 1, 41]) {
      const input = { ...reservationFor(row.from, row.event), version };
      expect(accepted(transition(input, eventOf(row.event), contextFor(row.event))).reservation.version).toBe(version + 1);
    }
  });
});

describe('domain events carry no personal data', () => {
  const ALLOWED_KEYS = new Set(['type', 'reservationId', 'patronId', 'at', 'from', 'to', 'reasons', 'rule', 'note', 'by', 'copyId', 'pickupBranchId', 'noticeDate', 'lastDay']);

  function keysOf(value: unknown): string[] {
    if (Array.isArray(value)) return value.flatMap(keysOf);
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  }

  it.each(TRANSITIONS.map((row) => [`${row.from} --${row.event}-->`, row] as const))(
    'the event of %s has only ids, instants, dates and statuses: no name, e-mail or card number',
    (_, row) => {
      const result = accepted(transition(reservationFor(row.from, row.event), eventOf(row.event), contextFor(row.event)));
      for (const event of result.events) {
        for (const key of keysOf(event)) {
          expect(ALLOWED_KEYS, key).toContain(key);
          expect(key).not.toMatch(/name|mail|card/i);
        }
      }
    },
  );

  it('the creation events have only ids, instants and statuses too', () => {
    const input = { id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, pickupBranchId: 'akeno', at: '2026-12-03T01:00:00.000Z' };
    for (const event of [...createOnlineRequest(input).events, ...createCounterReservation(input).events])
      for (const key of keysOf(event)) expect(ALLOWED_KEYS, key).toContain(key);
  });
});
