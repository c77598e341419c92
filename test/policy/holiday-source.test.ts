import { describe, expect, it } from 'vitest';
import { holidayCoverage } from '../../src/calendar/compiled-calendar.js';
import { holdLastDay } from '../../src/calendar/hold-last-day.js';
import { calendarCoverage, isOpenOn, nextOpenDay } from '../../src/calendar/open-days.js';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { runApprovalBatch } from '../../src/jobs/approval-batch.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { HOKUTO_POLICY_INPUT, hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { approvalSnapshot, jst, requested } from '../jobs/fixtures.js';
import { thrown } from '../support/errors.js';

const TYPED_2025_2027 = ['2027-01-01', '2027-01-11', '2027-02-11', '2027-02-23', '2027-03-22'];

function codeOf(fn: () => unknown): string {
  const e = thrown(fn);
  return isYoyakuError(e) ? e.code : `raw ${String(e)}`;
}

describe('the holiday source and its coverage', () => {
  it('[P15] a list source covers the whole years it names, and refuses the dates outside', () => {
    const policy = hokutoPolicy({ holidaySource: 'list', holidays: TYPED_2025_2027 });
    expect(holidayCoverage(policy)).toEqual({ from: '2027-01-01', to: '2027-12-31', source: 'policy' });
    expect(isOpenOn(policy, 'akeno', '2027-01-11')).toBe(true);
    expect(isOpenOn(policy, 'akeno', '2027-01-12')).toBe(false);
    const e = thrown(() => isOpenOn(policy, 'akeno', '2028-01-10'));
    expect(e).toMatchObject({ code: 'CALENDAR_OUT_OF_RANGE', details: { branchId: 'akeno', date: '2028-01-10', from: '2027-01-01', to: '2027-12-31' } });
  });

  it('[P15] control: the same list with its coverage stretched to 2030 silently gets 成人の日 2028 wrong', () => {
    // What the coverage check prevents: with no 2028 data the holiday Monday reads as a closed Monday.
    const guessing = hokutoPolicy({ holidaySource: 'list', holidays: TYPED_2025_2027, holidayCoverage: { from: '2027-01-01', to: '2030-12-31' } });
    expect(isOpenOn(guessing, 'akeno', '2028-01-10')).toBe(false);
    expect(isOpenOn(guessing, 'akeno', '2028-01-11')).toBe(true);
    expect([isOpenOn(hokutoPolicy(), 'akeno', '2028-01-10'), isOpenOn(hokutoPolicy(), 'akeno', '2028-01-11')]).toEqual([true, false]);
  });

  it('[P15] the built-in source adds the policy\'s own holidays, and its coverage may be narrowed but not widened', () => {
    const city = hokutoPolicy({ holidays: ['2026-12-02'] });
    expect(isOpenOn(hokutoPolicy(), 'nagasaka', '2026-12-02')).toBe(true);
    expect(isOpenOn(hokutoPolicy({ calendars: { ...HOKUTO_POLICY_INPUT.calendars, akeno: { closedOnHolidays: true } } }), 'akeno', '2026-11-03')).toBe(false);
    expect(isOpenOn(parsePolicy({ ...HOKUTO_POLICY_INPUT, holidays: ['2026-12-02'], calendars: { ...HOKUTO_POLICY_INPUT.calendars, akeno: { closedOnHolidays: true } } }), 'akeno', '2026-12-02')).toBe(false);
    expect(holidayCoverage(city)?.to).toBe('2050-12-31');
    const narrow = hokutoPolicy({ holidayCoverage: { from: '2020-01-01', to: '2030-12-31' } });
    expect(codeOf(() => nextOpenDay(narrow, 'akeno', '2031-01-01'))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(codeOf(() => hokutoPolicy({ holidayCoverage: { from: '1969-01-01', to: '2030-12-31' } }))).toBe('INVALID_POLICY');
    expect(codeOf(() => hokutoPolicy({ holidayCoverage: { from: '2030-01-01', to: '2029-12-31' } }))).toBe('INVALID_POLICY');
  });

  it('[P15] a list source with no dates sets no limit, and a calendar that ignores holidays has none', () => {
    const none = hokutoPolicy({ holidaySource: 'list', holidays: [] });
    expect(holidayCoverage(none)).toBeNull();
    expect(isOpenOn(none, 'akeno', '2100-01-05')).toBe(true);
    expect(calendarCoverage(hokutoPolicy(), 'hakushu')).toBeNull();
    expect(isOpenOn(hokutoPolicy(), 'hakushu', '2100-01-06')).toBe(true);
    expect(calendarCoverage(hokutoPolicy(), 'no-such-branch')).toBeNull();
  });

  it('[P15] holdLastDay refuses to count open days past the data, and nextOpenDay a start before it', () => {
    const openDays = hokutoPolicy({ holdCounting: 'openDays' });
    expect(holdLastDay(openDays, 'akeno', '2050-12-19')).toBe('2050-12-27');
    expect(codeOf(() => holdLastDay(openDays, 'akeno', '2050-12-20'))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(codeOf(() => nextOpenDay(hokutoPolicy(), 'akeno', '1969-12-31'))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(holdLastDay(hokutoPolicy(), 'akeno', '2051-06-01')).toBe('2051-06-08');
  });

  it('[P15][C1] the pure approval batch refuses a date past the data, requests or none', () => {
    const policy = hokutoPolicy();
    for (const reservations of [[], [requested('r-1')]])
      expect(codeOf(() => runApprovalBatch(approvalSnapshot(reservations), { date: '2051-01-07', at: jst('2051-01-07', '08:30'), policy }))).toBe('CALENDAR_OUT_OF_RANGE');
  });

  it('[P16] the pure approval batch refuses an at whose Japan date is before its date', () => {
    const policy = hokutoPolicy();
    const snapshot = approvalSnapshot([requested('r-1')]);
    const e = thrown(() => runApprovalBatch(snapshot, { date: '2026-12-08', at: jst('2026-12-07', '23:59'), policy }));
    expect(e).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['at'] }] });
    expect(runApprovalBatch(snapshot, { date: '2026-12-08', at: jst('2026-12-08', '00:00'), policy }).decisions).toHaveLength(1);
  });
});
