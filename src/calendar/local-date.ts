import { YoyakuError } from '../errors/yoyaku-error.js';
import type { LocalDate } from '../model/time.js';

const DAY_MS = 86_400_000;
/** Days in 400 Gregorian years: shifting by them keeps `Date.UTC` off its 0–99 → 1900s rule. */
const DAYS_IN_400_YEARS = 146_097;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date. Pure UTC arithmetic: no host time zone.
 * @param date - a valid local date
 * @returns the epoch day number
 * @category Calendar
 * @example
 * toEpochDay('1970-01-02'); // 1
 */
export function toEpochDay(date: LocalDate): number {
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7);
  const d = +date.slice(8, 10);
  return Date.UTC(y + 400, m - 1, d) / DAY_MS - DAYS_IN_400_YEARS;
}

/**
 * The `YYYY-MM-DD` date of an epoch day number.
 * @param day - days since 1970-01-01
 * @returns the local date
 * @category Calendar
 * @example
 * fromEpochDay(1); // '1970-01-02'
 */
export function fromEpochDay(day: number): LocalDate {
  const t = new Date(day * DAY_MS);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + 1;
  const d = t.getUTCDate();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Adds whole days to a local date.
 * @param date - a local date
 * @param days - days to add (may be negative)
 * @returns the date `days` later
 * @category Calendar
 * @example
 * addDays('2026-12-31', 1); // '2027-01-01'
 * addDays('2028-03-01', -1); // '2028-02-29'
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Day of the week of a local date, 0 = Sunday … 6 = Saturday.
 * @param date - a local date
 * @returns the weekday
 * @category Calendar
 * @example
 * weekdayOf('2026-11-30'); // 1 (a Monday)
 */
export function weekdayOf(date: LocalDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/**
 * Whether a string is a real calendar date as `YYYY-MM-DD`.
 * @param value - any value
 * @returns true for a valid local date
 * @category Calendar
 * @example
 * isLocalDate('2026-02-29'); // false
 * isLocalDate('2028-02-29'); // true
 */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  return fromEpochDay(toEpochDay(value)) === value;
}

/**
 * Checks a local date, throwing `INVALID_INPUT` when it is none.
 * @param value - any value
 * @param field - the field name for the error
 * @returns the date
 * @throws {@link YoyakuError} `INVALID_INPUT`
 * @category Calendar
 * @example
 * assertLocalDate('2026-12-03', 'today'); // '2026-12-03'
 */
export function assertLocalDate(value: unknown, field: string): LocalDate {
  if (!isLocalDate(value))
    throw new YoyakuError('INVALID_INPUT', `${field} is not a date as YYYY-MM-DD`, {
      issues: [{ path: [field], message: 'Expected a date as YYYY-MM-DD' }],
    });
  return value;
}
