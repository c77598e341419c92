import type { BranchCalendar, Policy } from '../policy/schema.js';
import { toEpochDay } from './local-date.js';

/** A branch calendar turned into sets of epoch days, built once per policy object. */
export interface CompiledCalendar {
  readonly closedWeekdays: readonly boolean[];
  readonly closedOnHolidays: boolean;
  readonly holidayShiftsClosure: boolean;
  readonly yearEnd: { readonly from: number; readonly to: number } | null;
  readonly holidays: ReadonlySet<number>;
  readonly closedDays: ReadonlySet<number>;
  readonly closedRanges: readonly (readonly [number, number])[];
  readonly openDays: ReadonlySet<number>;
}

const ALWAYS_OPEN: CompiledCalendar = {
  closedWeekdays: [false, false, false, false, false, false, false],
  closedOnHolidays: false,
  holidayShiftsClosure: false,
  yearEnd: null,
  holidays: new Set(),
  closedDays: new Set(),
  closedRanges: [],
  openDays: new Set(),
};

const cache = new WeakMap<Policy, Map<string, CompiledCalendar>>();

function monthDayNumber(md: string): number {
  return +md.slice(0, 2) * 100 + +md.slice(3, 5);
}

function compile(calendar: BranchCalendar, holidays: ReadonlySet<number>): CompiledCalendar {
  const closedWeekdays = [0, 1, 2, 3, 4, 5, 6].map((d) => calendar.closedWeekdays.includes(d));
  return {
    closedWeekdays,
    closedOnHolidays: calendar.closedOnHolidays,
    holidayShiftsClosure: calendar.holidayShiftsClosure,
    yearEnd: calendar.yearEnd ? { from: monthDayNumber(calendar.yearEnd.from), to: monthDayNumber(calendar.yearEnd.to) } : null,
    holidays,
    closedDays: new Set(calendar.closedDates.map(toEpochDay)),
    closedRanges: calendar.closedRanges.map((r) => [toEpochDay(r.from), toEpochDay(r.to)] as const),
    openDays: new Set(calendar.openDates.map(toEpochDay)),
  };
}

/**
 * The compiled calendar of a branch; a branch without a calendar is open every day.
 * Cached per policy object, so a parsed policy should be treated as immutable.
 */
export function compiledCalendar(policy: Policy, branchId: string): CompiledCalendar {
  let byBranch = cache.get(policy);
  if (!byBranch) {
    byBranch = new Map();
    const holidays = new Set(policy.holidays.map(toEpochDay));
    for (const [id, cal] of Object.entries(policy.calendars)) byBranch.set(id, compile(cal, holidays));
    cache.set(policy, byBranch);
  }
  return byBranch.get(branchId) ?? ALWAYS_OPEN;
}
