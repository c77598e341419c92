import { YoyakuError } from '../errors/yoyaku-error.js';
import type { LocalDate } from '../model/time.js';

const DAY_MS = 86_400_000;
/** Days in 400 Gregorian years: shifting by them keeps `Date.UTC` off its 0–99 → 1900s rule. */
const DAYS_IN_400_YEARS = 146_097;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The supported range of local dates, as epoch days: 0000-01-01 to 9999-12-31, what `YYYY-MM-DD` can write. */
export const MIN_EPOCH_DAY = -719_528;
export const MAX_EPOCH_DAY = 2_932_896;

function invalidDate(field: string, message: string, issue = message): YoyakuError {
  return new YoyakuError('INVALID_INPUT', `${field} ${message}`, { issues: [{ path: [field], message: issue }] });
}

/** Epoch day of a string already known to be `YYYY-MM-DD`; no check. Internal to the calendar. */
export function epochDayUnchecked(date: LocalDate): number {
  // The digits read by their char codes, not sliced: no string made (dates are read millions of times a simulated year).
  return Date.UTC(digits4(date, 0) + 400, digits2(date, 5) - 1, digits2(date, 8)) / DAY_MS - DAYS_IN_400_YEARS;
}

/** The number written by the two digits at `at`. */
function digits2(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);
}

/** The number written by the four digits at `at`. */
function digits4(text: string, at: number): number {
  return digits2(text, at) * 100 + digits2(text, at + 2);
}

/** Days in a month of the proleptic Gregorian calendar (`Date`'s). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The local date of an epoch day already known to be in range; no check. Internal to the calendar. */
export function dateOfEpochDayUnchecked(day: number): LocalDate {
  const t = new Date(day * DAY_MS);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + 1;
  const d = t.getUTCDate();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date. Pure UTC arithmetic: no host time zone.
 * @param date - a valid local date
 * @returns the epoch day number
 * @throws {@link YoyakuError} `INVALID_INPUT` when `date` is no real date as `YYYY-MM-DD`
 * @category Calendar
 * @example
 * toEpochDay('1970-01-02'); // 1
 */
export function toEpochDay(date: LocalDate): number {
  return epochDayUnchecked(assertLocalDate(date, 'date'));
}

/**
 * The `YYYY-MM-DD` date of an epoch day number.
 * @param day - days since 1970-01-01, an integer from -719528 (0000-01-01) to 2932896 (9999-12-31)
 * @returns the local date
 * @throws {@link YoyakuError} `INVALID_INPUT` for a day that is no integer or out of that range
 * @category Calendar
 * @example
 * fromEpochDay(1); // '1970-01-02'
 */
export function fromEpochDay(day: number): LocalDate {
  if (!Number.isInteger(day) || day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY)
    throw invalidDate('day', 'is not an epoch day from 0000-01-01 to 9999-12-31');
  return dateOfEpochDayUnchecked(day);
}

/**
 * Adds whole days to a local date.
 * @param date - a local date
 * @param days - days to add (may be negative)
 * @returns the date `days` later
 * @throws {@link YoyakuError} `INVALID_INPUT` for a date that is none, days that are not an
 *   integer, or a result outside 0000-01-01 to 9999-12-31
 * @category Calendar
 * @example
 * addDays('2026-12-31', 1); // '2027-01-01'
 * addDays('2028-03-01', -1); // '2028-02-29'
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw invalidDate('days', 'is not an integer');
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Day of the week of a local date, 0 = Sunday … 6 = Saturday.
 * @param date - a local date
 * @returns the weekday
 * @throws {@link YoyakuError} `INVALID_INPUT` when `date` is no real date as `YYYY-MM-DD`
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
  if (typeof value !== 'string' || !LOCAL_DATE.test(value)) return false;
  // What `Date` would not move to another day: a month 01–12 and a day of that month.
  const month = digits2(value, 5);
  const day = digits2(value, 8);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(digits4(value, 0), month);
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
  if (!isLocalDate(value)) throw invalidDate(field, 'is not a date as YYYY-MM-DD', 'Expected a date as YYYY-MM-DD');
  return value;
}
