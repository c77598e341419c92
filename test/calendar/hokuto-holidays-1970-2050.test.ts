import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { japanHolidays, JAPAN_HOLIDAY_COVERAGE } from '../../src/calendar/japan-holidays.js';
import { isOpenOn } from '../../src/calendar/open-days.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { HOKUTO_POLICY_INPUT, hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import type { PolicyInput } from '../../src/policy/schema.js';

// The holiday source itself, read straight from the package: the expectation below never goes
// through the library's encoded table or its calendar code.
const require = createRequire(import.meta.url);
const SOURCE = new Set(Object.keys((require('@holiday-jp/holiday_jp') as { holidays: Record<string, unknown> }).holidays));

const DAY_MS = 86_400_000;
const FROM = Date.UTC(1970, 0, 1) / DAY_MS;
const TO = Date.UTC(2050, 11, 31) / DAY_MS;
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

interface CalendarData {
  readonly closedWeekdays?: readonly number[];
  readonly closedOnHolidays?: boolean;
  readonly holidayShiftsClosure?: boolean;
  readonly yearEnd?: { readonly from: string; readonly to: string } | null;
  readonly closedDates?: readonly string[];
}

/**
 * The closed days of a calendar from 1970 to 2050, walked forward in one pass, as the preset's
 * data says in words: closed on its weekdays; with `holidayShiftsClosure`, a closing day that is
 * a holiday opens and the closure waits for the next day that is no holiday; closed on holidays
 * when `closedOnHolidays`; closed over the year end and on its one-off dates.
 */
function expectedClosed(cal: CalendarData): Set<string> {
  const closed = new Set<string>();
  let displaced = false;
  for (let day = FROM; day <= TO; day++) {
    const date = dateOf(day);
    const weekday = (day + 4) % 7;
    const holiday = SOURCE.has(date);
    const weekly = cal.closedWeekdays?.includes(weekday) === true;
    let isClosed = false;
    if (cal.holidayShiftsClosure) {
      if (holiday) {
        if (weekly) displaced = true;
      } else {
        if (weekly || displaced) isClosed = true;
        displaced = false;
      }
    } else if (weekly) isClosed = true;
    if (cal.closedOnHolidays && holiday) isClosed = true;
    const md = date.slice(5);
    if (cal.yearEnd) {
      const { from, to } = cal.yearEnd;
      if (from <= to ? md >= from && md <= to : md >= from || md <= to) isClosed = true;
    }
    if (cal.closedDates?.includes(date)) isClosed = true;
    if (isClosed) closed.add(date);
  }
  return closed;
}

function compareEveryDay(input: PolicyInput, calendars: Record<string, CalendarData>): string[] {
  const policy = parsePolicy(input);
  const wrong: string[] = [];
  for (const [branch, cal] of Object.entries(calendars)) {
    const closed = expectedClosed(cal);
    for (let day = FROM; day <= TO; day++) {
      const date = dateOf(day);
      if (isOpenOn(policy, branch, date) === closed.has(date)) wrong.push(`${branch} ${date}: ${closed.has(date) ? 'closed' : 'open'} expected`);
    }
  }
  return wrong;
}

describe('the Hokuto calendars over every day the holiday data covers', () => {
  it('[P15] the built-in holidays are exactly the source\'s, 1970–2050, weekend holidays included', () => {
    expect(japanHolidays()).toEqual([...SOURCE].sort());
    expect(JAPAN_HOLIDAY_COVERAGE).toMatchObject({ from: '1970-01-01', to: '2050-12-31' });
    for (const weekend of ['2025-02-23', '2025-05-03', '2025-05-04', '2025-11-23', '2026-05-03', '2027-03-21']) expect(japanHolidays()).toContain(weekend);
  });

  it('[P15] every branch is open or closed as its calendar says, every day from 1970 to 2050', () => {
    const wrong = compareEveryDay(HOKUTO_POLICY_INPUT, HOKUTO_POLICY_INPUT.calendars);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('[P15] a calendar closed on holidays, and one closed two weekdays whose closure shifts, hold every day too', () => {
    const calendars = {
      museum: { closedWeekdays: [1, 2], closedOnHolidays: true, yearEnd: { from: '12-28', to: '01-04' } },
      hakushu: { closedWeekdays: [1, 2], holidayShiftsClosure: true },
    };
    const wrong = compareEveryDay({ ...HOKUTO_POLICY_INPUT, calendars: { ...HOKUTO_POLICY_INPUT.calendars, ...calendars } }, calendars);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('[P15] the preset\'s rule holds past 2027: 成人の日 2028-01-10 is open, the Tuesday after closed', () => {
    const policy = hokutoPolicy();
    expect(isOpenOn(policy, 'akeno', '2028-01-10')).toBe(true);
    expect(isOpenOn(policy, 'akeno', '2028-01-11')).toBe(false);
    // Golden Week 2025: Sat 3rd and Sun 4th are holidays, Mon 5th and Tue 6th (振替休日) open, Wed 7th closed.
    expect(['2025-05-05', '2025-05-06', '2025-05-07'].map((d) => isOpenOn(policy, 'akeno', d))).toEqual([true, true, false]);
    expect(isOpenOn(policy, 'akeno', '2050-12-27')).toBe(true);
  });
});
