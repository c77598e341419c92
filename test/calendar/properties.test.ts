import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdLastDay } from '../../src/calendar/hold-last-day.js';
import { japanDateOf } from '../../src/calendar/japan-date.js';
import { addDays, fromEpochDay, toEpochDay } from '../../src/calendar/local-date.js';
import { isOpenOn, nextOpenDay } from '../../src/calendar/open-days.js';
import { HOKUTO_POLICY_INPUT, hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { thrown } from '../support/errors.js';
import { checkProperty } from '../support/fc.js';

const DAY_MS = 86_400_000;
const policy = hokutoPolicy();
const BRANCHES = policy.branches.map((b) => b.id);

/** A date 2000-01-01..2100-12-31, built without the code under test. */
const localDate = fc
  .integer({ min: Date.UTC(2000, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

const COVERED_FROM = Date.UTC(1970, 0, 1) / DAY_MS;
const COVERED_TO = Date.UTC(2050, 11, 31) / DAY_MS;
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** A date in the holiday data's range, 1970-01-01..2050-12-31. */
const coveredDate = fc.integer({ min: COVERED_FROM, max: COVERED_TO }).map(dateOf);
/** A date outside it: 1900–1969 or 2051–2200. */
const uncoveredDate = fc
  .oneof(fc.integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: COVERED_FROM - 1 }), fc.integer({ min: COVERED_TO + 1, max: Date.UTC(2200, 11, 31) / DAY_MS }))
  .map(dateOf);
/** The branches whose calendars depend on national holidays, by the preset's data. */
const HOLIDAY_BOUND = BRANCHES.filter((id) => {
  const cal = (HOKUTO_POLICY_INPUT.calendars as Record<string, { closedOnHolidays?: boolean; holidayShiftsClosure?: boolean }>)[id];
  return cal?.closedOnHolidays === true || cal?.holidayShiftsClosure === true;
});

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

describe('calendar properties', () => {
  it('[P15] nextOpenDay is open, strictly later, and skips no open day (every branch, any date 1970–2050)', () => {
    checkProperty(
      fc.property(coveredDate, fc.constantFrom(...BRANCHES), (date, branch) => {
        let next: string;
        try {
          next = nextOpenDay(policy, branch, date);
        } catch (e) {
          // Refused only when every later day the data covers is closed (the last days of 2050).
          if (!isYoyakuError(e) || e.code !== 'CALENDAR_OUT_OF_RANGE') throw e;
          for (let d = addDays(date, 1); d <= '2050-12-31'; d = addDays(d, 1)) if (isOpenOn(policy, branch, d)) return false;
          return true;
        }
        if (!(next > date)) return false;
        if (!isOpenOn(policy, branch, next)) return false;
        for (let d = addDays(date, 1); d < next; d = addDays(d, 1)) if (isOpenOn(policy, branch, d)) return false;
        return true;
      }),
      2000,
    );
  });

  it('[P15] a date outside the holiday data is refused with CALENDAR_OUT_OF_RANGE by every calendar that depends on holidays', () => {
    expect(HOLIDAY_BOUND.length).toBeGreaterThan(0);
    checkProperty(
      fc.property(uncoveredDate, fc.constantFrom(...HOLIDAY_BOUND), (date, branch) => {
        for (const ask of [() => nextOpenDay(policy, branch, date), () => isOpenOn(policy, branch, date)]) {
          const e = thrown(ask);
          if (!isYoyakuError(e) || e.code !== 'CALENDAR_OUT_OF_RANGE' || e.details['date'] !== date) return false;
        }
        return true;
      }),
      500,
    );
  });

  it('[P15] an exhaustive sweep of 1970–2050 agrees: each nextOpenDay is the first open day after the date', () => {
    for (const branch of BRANCHES) {
      const bounded = HOLIDAY_BOUND.includes(branch);
      let nextOpen: string | null = null;
      for (let day = bounded ? COVERED_TO : COVERED_TO + 31; day >= COVERED_FROM; day--) {
        const date = dateOf(day);
        if (day <= COVERED_TO) {
          if (nextOpen === null) {
            expect(thrown(() => nextOpenDay(policy, branch, date))).toMatchObject({ code: 'CALENDAR_OUT_OF_RANGE' });
          } else if (nextOpenDay(policy, branch, date) !== nextOpen) {
            expect.fail(`${branch} ${date}: nextOpenDay ${nextOpenDay(policy, branch, date)}, first open day after it ${nextOpen}`);
          }
        }
        if (isOpenOn(policy, branch, date)) nextOpen = date;
      }
    }
  });

  it('[D2] under the default policy holdLastDay is the notice date + 7 (2000–2100)', () => {
    checkProperty(
      fc.property(localDate, fc.constantFrom(...BRANCHES), (noticeDate, branch) => {
        const [y, m, d] = noticeDate.split('-').map(Number) as [number, number, number];
        const expected = new Date(Date.UTC(y, m - 1, d + 7)).toISOString().slice(0, 10);
        return holdLastDay(policy, branch, noticeDate) === expected;
      }),
      2000,
    );
  });

  it('japanDateOf agrees with TZDate in Asia/Tokyo (1952–2100)', () => {
    checkProperty(
      fc.property(fc.integer({ min: Date.UTC(1952, 0, 1), max: Date.UTC(2100, 11, 31, 23, 59, 59, 999) }), (ms) => {
        const t = new TZDate(ms, 'Asia/Tokyo');
        const expected = `${pad(t.getFullYear(), 4)}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
        return japanDateOf(ms) === expected && japanDateOf(new Date(ms).toISOString()) === expected;
      }),
      5000,
    );
  });

  it('addDays, toEpochDay and fromEpochDay round-trip', () => {
    checkProperty(
      fc.property(localDate, fc.integer({ min: -40_000, max: 40_000 }), (date, n) => {
        const day = toEpochDay(date);
        return (
          fromEpochDay(day) === date &&
          toEpochDay(addDays(date, n)) === day + n &&
          addDays(addDays(date, n), -n) === date &&
          fromEpochDay(day + n) === addDays(date, n)
        );
      }),
      2000,
    );
  });

  it('toEpochDay and fromEpochDay round-trip for every four-digit year, 0000–9999', () => {
    checkProperty(
      fc.property(fc.integer({ min: new Date(0).setUTCFullYear(0, 0, 1) / DAY_MS, max: Date.UTC(9999, 11, 31) / DAY_MS }), (day) => {
        const date = fromEpochDay(day);
        return /^\d{4}-\d{2}-\d{2}$/.test(date) && toEpochDay(date) === day;
      }),
      2000,
    );
  });

  it('fromEpochDay agrees with Date#toISOString for any epoch day 1900–2200', () => {
    checkProperty(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2200, 11, 31) / DAY_MS }), (day) => {
        const date = fromEpochDay(day);
        return date === new Date(day * DAY_MS).toISOString().slice(0, 10) && toEpochDay(date) === day;
      }),
      2000,
    );
  });
});
