import { YoyakuError } from '../errors/yoyaku-error.js';
import type { BranchId } from '../model/ids.js';
import type { LocalDate } from '../model/time.js';
import type { Policy } from '../policy/schema.js';
import { compiledCalendar, type CompiledCalendar } from './compiled-calendar.js';
import type { HolidayCoverage } from './japan-holidays.js';
import { assertLocalDate, dateOfEpochDayUnchecked, epochDayUnchecked } from './local-date.js';

const SEARCH_LIMIT_DAYS = 731;
const DAY_MS = 86_400_000;

function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function monthDay(day: number): number {
  const t = new Date(day * DAY_MS);
  return (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}

function inYearEnd(cal: CompiledCalendar, day: number): boolean {
  const ye = cal.yearEnd;
  if (ye === null) return false;
  const md = monthDay(day);
  return ye.from <= ye.to ? md >= ye.from && md <= ye.to : md >= ye.from || md <= ye.to;
}

function isHolidayOnClosedWeekday(cal: CompiledCalendar, day: number): boolean {
  return cal.holidays.has(day) && cal.closedWeekdays[weekday(day)] === true;
}

function weeklyClosed(cal: CompiledCalendar, day: number): boolean {
  if (!cal.holidayShiftsClosure) return cal.closedWeekdays[weekday(day)] === true;
  if (cal.holidays.has(day)) return false;
  if (cal.closedWeekdays[weekday(day)] === true) return true;
  // A closure displaced by a holiday falls on the first following day that is no holiday.
  for (let d = day - 1; cal.holidays.has(d); d--) if (isHolidayOnClosedWeekday(cal, d)) return true;
  return false;
}

function outOfRange(cal: CompiledCalendar, day: number, coverage: HolidayCoverage): YoyakuError {
  const date = dateOfEpochDayUnchecked(day);
  const { from, to } = coverage;
  return new YoyakuError('CALENDAR_OUT_OF_RANGE', `${date} is outside the holiday data of ${cal.branchId} (${from} to ${to})`, {
    details: { branchId: cal.branchId, date, from, to },
  });
}

/**
 * Whether an epoch day is open on a compiled calendar.
 * @throws {@link YoyakuError} `CALENDAR_OUT_OF_RANGE` for a day outside the calendar's coverage
 */
export function isOpenEpochDay(cal: CompiledCalendar, day: number): boolean {
  const coverage = cal.coverage;
  if (coverage !== null && (day < coverage.from || day > coverage.to)) throw outOfRange(cal, day, cal.coverageDates as HolidayCoverage);
  if (cal.openDays.has(day)) return true;
  if (cal.closedDays.has(day)) return false;
  if (cal.closedOnHolidays && cal.holidays.has(day)) return false;
  if (weeklyClosed(cal, day)) return false;
  if (inYearEnd(cal, day)) return false;
  for (const [from, to] of cal.closedRanges) if (day >= from && day <= to) return false;
  return true;
}

/**
 * Whether a branch is open on a date, by its calendar in the policy. A branch without a
 * calendar is open every day.
 * @param policy - the parsed policy
 * @param branchId - the branch
 * @param date - a Japan date
 * @returns true when open
 * @throws {@link YoyakuError} `INVALID_INPUT` when `date` is no real date as `YYYY-MM-DD` (`null`,
 *   `'2026-02-30'`) or `policy` no parsed policy; `CALENDAR_OUT_OF_RANGE` when the branch's
 *   calendar depends on national holidays and `date` is outside the range their data covers
 * @category Calendar
 * @example
 * const policy = hokutoPolicy();
 * isOpenOn(policy, 'akeno', '2026-11-30'); // false (a Monday)
 * isOpenOn(policy, 'akeno', '2026-12-01'); // true
 */
export function isOpenOn(policy: Policy, branchId: BranchId, date: LocalDate): boolean {
  const cal = compiledCalendar(policy, branchId);
  return isOpenEpochDay(cal, epochDayUnchecked(assertLocalDate(date, 'date')));
}

/** The first open epoch day strictly after `day`. */
export function nextOpenEpochDay(cal: CompiledCalendar, day: number, branchId: string): number {
  for (let d = day + 1; d <= day + SEARCH_LIMIT_DAYS; d++) if (isOpenEpochDay(cal, d)) return d;
  throw new YoyakuError('CALENDAR_NEVER_OPEN', `Branch ${branchId} has no open day within two years`, {
    details: { branchId, after: dateOfEpochDayUnchecked(day) },
  });
}

/**
 * The first day strictly after `date` on which the branch is open: the day the approval batch
 * may approve a request made on `date` (C1).
 * @param policy - the parsed policy
 * @param branchId - the branch
 * @param date - a Japan date
 * @returns the next open date
 * @throws {@link YoyakuError} `CALENDAR_NEVER_OPEN` when no day is open within two years;
 *   `INVALID_INPUT` for a `date` that is none; `CALENDAR_OUT_OF_RANGE` when the branch's calendar
 *   depends on national holidays and `date`, or a day it has to look at before finding an open
 *   one, is outside the range their data covers
 * @category Calendar
 * @example
 * const policy = hokutoPolicy();
 * nextOpenDay(policy, 'akeno', '2026-11-29'); // '2026-12-01' (Monday 30th is closed)
 * @example
 * nextOpenDay(hokutoPolicy(), 'akeno', '2026-12-27'); // '2027-01-05' (year-end closure)
 */
export function nextOpenDay(policy: Policy, branchId: BranchId, date: LocalDate): LocalDate {
  const cal = compiledCalendar(policy, branchId);
  const day = epochDayUnchecked(assertLocalDate(date, 'date'));
  isOpenEpochDay(cal, day);
  return dateOfEpochDayUnchecked(nextOpenEpochDay(cal, day, branchId));
}

/**
 * The range of dates a branch's calendar can answer for: the policy's holiday coverage when the
 * calendar depends on national holidays (`closedOnHolidays` or `holidayShiftsClosure`), else
 * `null`, meaning every date.
 * @param policy - the parsed policy
 * @param branchId - the branch
 * @returns the coverage, or `null`
 * @category Calendar
 * @example
 * calendarCoverage(hokutoPolicy(), 'akeno')?.to; // '2050-12-31'
 * calendarCoverage(hokutoPolicy(), 'museum'); // null (closed Mondays and Tuesdays, whatever the holidays)
 */
export function calendarCoverage(policy: Policy, branchId: BranchId): HolidayCoverage | null {
  return compiledCalendar(policy, branchId).coverageDates;
}
