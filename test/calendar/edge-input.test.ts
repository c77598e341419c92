import { describe, expect, it } from 'vitest';
import { holdLastDay } from '../../src/calendar/hold-last-day.js';
import { japanDateOf, startOfJapanDay } from '../../src/calendar/japan-date.js';
import { addDays, fromEpochDay, toEpochDay, weekdayOf } from '../../src/calendar/local-date.js';
import { calendarCoverage, isOpenOn, nextOpenDay } from '../../src/calendar/open-days.js';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { InstantSchema } from '../../src/policy/schema.js';
import { fixedClock } from '../../src/ports/clock.js';
import { parseReservation } from '../../src/validation/parse-model.js';
import { thrown } from '../support/errors.js';

const policy = hokutoPolicy();
const BAD_DATES: unknown[] = ['2026-02-30', '2026-13-01', '2026-00-10', '2026-2-3', '', null, undefined, {}, 20261201, new Date(0)];
const BAD_INSTANTS: unknown[] = [
  '2026-02-30T00:00:00Z', '2026-04-31T09:00:00+09:00', '2026-01-01T24:00:00Z', '2026-12-03T10:00:00', 'soon',
  '9999-12-31T15:00:00.000Z', null, undefined, {}, [], new Date(Number.NaN), Number.NaN, Infinity, 8.64e15,
];

function codeOf(fn: () => unknown): string {
  const e = thrown(fn);
  return isYoyakuError(e) ? e.code : `raw ${String(e)}`;
}

describe('dates and instants at the edge', () => {
  it('[P15] every calendar function refuses a date that does not exist, or is no date, with INVALID_INPUT', () => {
    const takesDate: [string, (d: never) => unknown][] = [
      ['toEpochDay', (d) => toEpochDay(d)],
      ['addDays', (d) => addDays(d, 1)],
      ['weekdayOf', (d) => weekdayOf(d)],
      ['startOfJapanDay', (d) => startOfJapanDay(d)],
      ['isOpenOn', (d) => isOpenOn(policy, 'akeno', d)],
      ['nextOpenDay', (d) => nextOpenDay(policy, 'akeno', d)],
      ['holdLastDay', (d) => holdLastDay(policy, 'akeno', d)],
      ['holdLastDay openDays', (d) => holdLastDay(hokutoPolicy({ holdCounting: 'openDays' }), 'akeno', d)],
    ];
    for (const [name, fn] of takesDate) for (const bad of BAD_DATES) expect([name, bad, codeOf(() => fn(bad as never))]).toEqual([name, bad, 'INVALID_INPUT']);
  });

  it('[P15] japanDateOf, fixedClock and the instant schema refuse an instant that does not exist, is out of range, null or {}', () => {
    for (const bad of BAD_INSTANTS) {
      expect(['japanDateOf', bad, codeOf(() => japanDateOf(bad as never))]).toEqual(['japanDateOf', bad, 'INVALID_INPUT']);
      expect(['fixedClock', bad, codeOf(() => fixedClock(bad as never))]).toEqual(['fixedClock', bad, 'INVALID_INPUT']);
      expect(['set', bad, codeOf(() => fixedClock('2026-12-01T00:00:00Z').set(bad as never))]).toEqual(['set', bad, 'INVALID_INPUT']);
      if (typeof bad === 'string') expect(InstantSchema.safeParse(bad).success).toBe(false);
    }
    expect(japanDateOf('2028-02-29T00:00:00Z')).toBe('2028-02-29');
    expect(japanDateOf('9999-12-31T14:59:59.999Z')).toBe('9999-12-31');
  });

  it('[P15] fixedClock refuses an advance that is no amount, or leaves the supported range, and stays where it was', () => {
    const clock = fixedClock('9999-12-31T00:00:00Z');
    expect(codeOf(() => clock.advance({ days: 1 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => clock.advance(null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => clock.advance({ hours: Number.NaN }))).toBe('INVALID_INPUT');
    expect(clock.now()).toBe('9999-12-31T00:00:00.000Z');
  });

  it('[P15] addDays and fromEpochDay refuse a result outside 0000-01-01 to 9999-12-31, and a fraction of a day', () => {
    expect(codeOf(() => addDays('9999-12-31', 1))).toBe('INVALID_INPUT');
    expect(codeOf(() => addDays('0000-01-01', -1))).toBe('INVALID_INPUT');
    expect(codeOf(() => addDays('2026-12-01', 0.5))).toBe('INVALID_INPUT');
    expect(codeOf(() => fromEpochDay(1.5))).toBe('INVALID_INPUT');
    expect(codeOf(() => fromEpochDay(null as never))).toBe('INVALID_INPUT');
    expect(fromEpochDay(2_932_896)).toBe('9999-12-31');
  });

  it('[P15] the calendar functions refuse a policy that is not one with INVALID_INPUT, never a TypeError', () => {
    for (const bad of [null, {}, undefined, 'hokuto']) {
      expect(codeOf(() => isOpenOn(bad as never, 'akeno', '2026-12-01'))).toBe('INVALID_INPUT');
      expect(codeOf(() => nextOpenDay(bad as never, 'akeno', '2026-12-01'))).toBe('INVALID_INPUT');
      expect(codeOf(() => calendarCoverage(bad as never, 'akeno'))).toBe('INVALID_INPUT');
    }
  });

  it('[P15] the parse functions refuse a record whose date does not exist', () => {
    expect(codeOf(() => parsePolicy({ holidays: ['2026-02-30'] }))).toBe('INVALID_POLICY');
    const base = {
      id: 'r-1', status: 'requested', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false,
      channel: 'online', pickupBranchId: 'akeno', placedAt: '2026-02-28T01:00:00.000Z', version: 0,
    };
    expect(parseReservation(base).placedAt).toBe('2026-02-28T01:00:00.000Z');
    const e = thrown(() => parseReservation({ ...base, placedAt: '2026-02-30T01:00:00.000Z' }));
    expect(isYoyakuError(e) && e.code === 'INVALID_INPUT' && e.issues.some((i) => i.path.includes('placedAt'))).toBe(true);
  });
});
