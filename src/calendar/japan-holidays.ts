import type { LocalDate } from '../model/time.js';
import { JAPAN_HOLIDAYS_FROM, JAPAN_HOLIDAYS_GAPS, JAPAN_HOLIDAYS_SOURCE_VERSION, JAPAN_HOLIDAYS_TO } from './japan-holidays-data.js';
import { dateOfEpochDayUnchecked, epochDayUnchecked } from './local-date.js';

const ESCAPE = 63;

/** The value of a gap digit: 0–9, A–Z, a–z, then '-' (scripts/generate-holidays.mjs). */
function gapValue(c: number): number {
  return c === 45 ? 62 : c < 58 ? c - 48 : c < 91 ? c - 55 : c - 61;
}

/**
 * The range of days a holiday list covers, inclusive, and where it comes from. Outside it a
 * calendar that depends on holidays cannot tell open from closed days.
 * @category Calendar
 * @example
 * const coverage: HolidayCoverage = { from: '1970-01-01', to: '2050-12-31', source: '@holiday-jp/holiday_jp 2.5.1' };
 */
export interface HolidayCoverage {
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** Where the dates come from: the dataset and its version, or `policy` for the policy's own list. */
  readonly source: string;
}

/**
 * The range of Japan's national holiday data built into the library: whole years 1970 to 2050,
 * the Cabinet Office dates as published by `@holiday-jp/holiday_jp`.
 * @category Calendar
 * @example
 * JAPAN_HOLIDAY_COVERAGE.to; // '2050-12-31'
 */
export const JAPAN_HOLIDAY_COVERAGE: HolidayCoverage = Object.freeze({
  from: JAPAN_HOLIDAYS_FROM,
  to: JAPAN_HOLIDAYS_TO,
  source: `@holiday-jp/holiday_jp ${JAPAN_HOLIDAYS_SOURCE_VERSION}`,
});

let decoded: readonly number[] | undefined;

/** The built-in national holidays as epoch days, ascending; decoded once. Internal to the calendar. */
export function japanHolidayEpochDays(): readonly number[] {
  if (decoded !== undefined) return decoded;
  const days: number[] = [];
  let day = epochDayUnchecked(JAPAN_HOLIDAYS_FROM) - 1;
  let carry = 0;
  for (let i = 0; i < JAPAN_HOLIDAYS_GAPS.length; i++) {
    const c = JAPAN_HOLIDAYS_GAPS.charCodeAt(i);
    if (c === 95) {
      carry += ESCAPE;
      continue;
    }
    day += carry + gapValue(c);
    carry = 0;
    days.push(day);
  }
  decoded = Object.freeze(days);
  return decoded;
}

/**
 * Japan's national holidays (国民の祝日, 振替休日 and 国民の休日) from 1970 to 2050, every one
 * including those on a weekend: the data behind a policy's `holidaySource: 'japan'`.
 * Taken from `@holiday-jp/holiday_jp` (the Cabinet Office dates) and shipped as a compact table.
 * @returns the dates, ascending
 * @category Calendar
 * @example
 * japanHolidays().includes('2027-03-21'); // true (春分の日, a Sunday)
 * japanHolidays().length; // 1329
 */
export function japanHolidays(): readonly LocalDate[] {
  return japanHolidayEpochDays().map(dateOfEpochDayUnchecked);
}
