import { YoyakuError } from '../errors/yoyaku-error.js';
import type { BranchCalendar, Policy } from '../policy/schema.js';
import { JAPAN_HOLIDAY_COVERAGE, japanHolidayEpochDays, type HolidayCoverage } from './japan-holidays.js';
import { epochDayUnchecked } from './local-date.js';

/** A branch calendar turned into sets of epoch days, built once per policy object. */
export interface CompiledCalendar {
  /** The branch it is for (or `(system)`), for error messages. */
  readonly branchId: string;
  readonly closedWeekdays: readonly boolean[];
  readonly closedOnHolidays: boolean;
  readonly holidayShiftsClosure: boolean;
  readonly yearEnd: { readonly from: number; readonly to: number } | null;
  readonly holidays: ReadonlySet<number>;
  readonly closedDays: ReadonlySet<number>;
  readonly closedRanges: readonly (readonly [number, number])[];
  readonly openDays: ReadonlySet<number>;
  /** The epoch days it can answer for, inclusive: the holiday coverage when it depends on holidays, else `null` (every day). */
  readonly coverage: { readonly from: number; readonly to: number } | null;
  /** The same coverage as dates, for the error. */
  readonly coverageDates: HolidayCoverage | null;
}

/** The pseudo branch id of the system-wide approval calendar. */
export const SYSTEM_CALENDAR_ID = '(system)';

const ALWAYS_OPEN: CompiledCalendar = {
  branchId: '',
  closedWeekdays: [false, false, false, false, false, false, false],
  closedOnHolidays: false,
  holidayShiftsClosure: false,
  yearEnd: null,
  holidays: new Set(),
  closedDays: new Set(),
  closedRanges: [],
  openDays: new Set(),
  coverage: null,
  coverageDates: null,
};

interface CompiledPolicy {
  readonly byBranch: Map<string, CompiledCalendar>;
  readonly system: CompiledCalendar | null;
}

const cache = new WeakMap<object, CompiledPolicy>();

function monthDayNumber(md: string): number {
  return +md.slice(0, 2) * 100 + +md.slice(3, 5);
}

/**
 * The range the policy's holiday data covers, or `null` when it sets no limit (a `list` source
 * with no dates): `holidayCoverage` when set; for `japan`, the built-in data's range; for
 * `list`, the whole years from the first to the last year the list names.
 * @param policy - the parsed policy
 * @returns the coverage, or `null`
 * @category Calendar
 * @example
 * holidayCoverage(hokutoPolicy()); // { from: '1970-01-01', to: '2050-12-31', source: '@holiday-jp/holiday_jp 2.5.1' }
 */
export function holidayCoverage(policy: Policy): HolidayCoverage | null {
  assertPolicy(policy);
  const source = policy.holidaySource === 'list' ? 'policy' : JAPAN_HOLIDAY_COVERAGE.source;
  if (policy.holidayCoverage) return { from: policy.holidayCoverage.from, to: policy.holidayCoverage.to, source };
  if (policy.holidaySource !== 'list') return JAPAN_HOLIDAY_COVERAGE;
  if (policy.holidays.length === 0) return null;
  const sorted = policy.holidays.slice().sort();
  return { from: `${(sorted[0] as string).slice(0, 4)}-01-01`, to: `${(sorted[sorted.length - 1] as string).slice(0, 4)}-12-31`, source };
}

function assertPolicy(policy: unknown): asserts policy is Policy {
  const p = policy as Partial<Policy> | null;
  if (typeof p !== 'object' || p === null || typeof p.calendars !== 'object' || p.calendars === null || !Array.isArray(p.holidays))
    throw new YoyakuError('INVALID_INPUT', 'policy is not a parsed policy', {
      issues: [{ path: ['policy'], message: 'Expected a parsed policy' }],
    });
}

function compile(id: string, calendar: BranchCalendar, holidays: ReadonlySet<number>, coverage: HolidayCoverage | null): CompiledCalendar {
  const closedWeekdays = [0, 1, 2, 3, 4, 5, 6].map((d) => calendar.closedWeekdays.includes(d));
  const usesHolidays = calendar.closedOnHolidays || calendar.holidayShiftsClosure;
  const bounded = usesHolidays ? coverage : null;
  return {
    branchId: id,
    closedWeekdays,
    closedOnHolidays: calendar.closedOnHolidays,
    holidayShiftsClosure: calendar.holidayShiftsClosure,
    yearEnd: calendar.yearEnd ? { from: monthDayNumber(calendar.yearEnd.from), to: monthDayNumber(calendar.yearEnd.to) } : null,
    holidays,
    closedDays: new Set(calendar.closedDates.map(epochDayUnchecked)),
    closedRanges: calendar.closedRanges.map((r) => [epochDayUnchecked(r.from), epochDayUnchecked(r.to)] as const),
    openDays: new Set(calendar.openDates.map(epochDayUnchecked)),
    coverage: bounded ? { from: epochDayUnchecked(bounded.from), to: epochDayUnchecked(bounded.to) } : null,
    coverageDates: bounded,
  };
}

function compilePolicy(policy: Policy): CompiledPolicy {
  assertPolicy(policy);
  let compiled = cache.get(policy);
  if (compiled) return compiled;
  const holidays = new Set(policy.holidays.map(epochDayUnchecked));
  if (policy.holidaySource !== 'list') for (const day of japanHolidayEpochDays()) holidays.add(day);
  const coverage = holidayCoverage(policy);
  const byBranch = new Map<string, CompiledCalendar>();
  for (const [id, cal] of Object.entries(policy.calendars)) byBranch.set(id, compile(id, cal, holidays, coverage));
  const approval = policy.approvalCalendar;
  const system = typeof approval === 'object' && approval !== null ? compile(SYSTEM_CALENDAR_ID, approval.system, holidays, coverage) : null;
  compiled = { byBranch, system };
  cache.set(policy, compiled);
  return compiled;
}

/**
 * The compiled calendar of a branch; a branch without a calendar is open every day.
 * Cached per policy object, so a parsed policy should be treated as immutable.
 * @throws {@link YoyakuError} `INVALID_INPUT` when `policy` is no parsed policy
 */
export function compiledCalendar(policy: Policy, branchId: string): CompiledCalendar {
  return compilePolicy(policy).byBranch.get(branchId) ?? ALWAYS_OPEN;
}

/**
 * The calendar the approval batch reads for a request to `branchId` (C1): the branch's own, or
 * the policy's system-wide one when `approvalCalendar` sets it.
 */
export function approvalCompiledCalendar(policy: Policy, branchId: string): CompiledCalendar {
  const compiled = compilePolicy(policy);
  return compiled.system ?? compiled.byBranch.get(branchId) ?? ALWAYS_OPEN;
}
