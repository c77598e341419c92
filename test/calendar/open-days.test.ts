import { describe, expect, it } from 'vitest';
import { isOpenOn, nextOpenDay } from '../../src/calendar/open-days.js';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { HOKUTO_POLICY_INPUT, hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import type { BranchCalendar } from '../../src/policy/schema.js';

const policy = hokutoPolicy();
const STANDARD_BRANCHES = ['akeno', 'sutama', 'takane', 'nagasaka', 'kindaichi', 'kobuchizawa', 'mukawa'] as const;

function withAkenoCalendar(calendar: Partial<BranchCalendar>) {
  return hokutoPolicy({
    calendars: {
      ...HOKUTO_POLICY_INPUT.calendars,
      akeno: {
        closedWeekdays: [1],
        holidayShiftsClosure: true,
        yearEnd: { from: '12-28', to: '01-04' },
        ...calendar,
      },
    },
  });
}

describe('isOpenOn on the Hokuto preset', () => {
  it.each(STANDARD_BRANCHES)('%s is closed on an ordinary Monday and open the days around it', (branch) => {
    expect(isOpenOn(policy, branch, '2026-11-29')).toBe(true);
    expect(isOpenOn(policy, branch, '2026-11-30')).toBe(false);
    expect(isOpenOn(policy, branch, '2026-12-01')).toBe(true);
  });

  it('opens on a holiday Monday and closes the next day instead (2026-01-12 成人の日)', () => {
    expect(isOpenOn(policy, 'akeno', '2026-01-12')).toBe(true);
    expect(isOpenOn(policy, 'akeno', '2026-01-13')).toBe(false);
    expect(isOpenOn(policy, 'akeno', '2026-01-14')).toBe(true);
  });

  it('moves the closure past a run of holidays to the first day that is no holiday (2026-09-21..23)', () => {
    expect(isOpenOn(policy, 'akeno', '2026-09-21')).toBe(true);
    expect(isOpenOn(policy, 'akeno', '2026-09-22')).toBe(true);
    expect(isOpenOn(policy, 'akeno', '2026-09-23')).toBe(true);
    expect(isOpenOn(policy, 'akeno', '2026-09-24')).toBe(false);
    expect(isOpenOn(policy, 'akeno', '2026-09-25')).toBe(true);
  });

  it('a holiday on an open weekday does not close the branch (2026-11-03, a Tuesday)', () => {
    expect(isOpenOn(policy, 'akeno', '2026-11-03')).toBe(true);
    expect(isOpenOn(policy, 'akeno', '2026-11-04')).toBe(true);
  });

  it('closes for the year end from 12-28 to 01-04, across the new year', () => {
    expect(isOpenOn(policy, 'akeno', '2026-12-27')).toBe(true);
    for (const d of ['2026-12-28', '2026-12-29', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'])
      expect(isOpenOn(policy, 'akeno', d), d).toBe(false);
    expect(isOpenOn(policy, 'akeno', '2027-01-05')).toBe(true);
  });

  it('closes for the year end in years without holiday data too (2040)', () => {
    expect(isOpenOn(policy, 'akeno', '2040-12-27')).toBe(true);
    expect(isOpenOn(policy, 'akeno', '2040-12-30')).toBe(false);
    expect(isOpenOn(policy, 'akeno', '2041-01-03')).toBe(false);
  });

  it('a one-off closed date closes that branch only (nagasaka, 2026-12-24)', () => {
    expect(isOpenOn(policy, 'nagasaka', '2026-12-24')).toBe(false);
    expect(isOpenOn(policy, 'akeno', '2026-12-24')).toBe(true);
    expect(nextOpenDay(policy, 'nagasaka', '2026-12-23')).toBe('2026-12-25');
  });

  it('an openDates entry opens a day every other rule closes', () => {
    const p = withAkenoCalendar({
      openDates: ['2026-11-30', '2026-12-29'],
      closedDates: ['2026-12-02'],
      closedRanges: [{ from: '2026-12-03', to: '2026-12-05' }],
    });
    expect(isOpenOn(p, 'akeno', '2026-11-30')).toBe(true);
    expect(isOpenOn(p, 'akeno', '2026-12-29')).toBe(true);
    expect(isOpenOn(p, 'akeno', '2026-12-28')).toBe(false);
    expect(isOpenOn(p, 'akeno', '2026-12-02')).toBe(false);
    expect(isOpenOn(p, 'akeno', '2026-12-04')).toBe(false);
    expect(isOpenOn(p, 'akeno', '2026-12-06')).toBe(true);
    expect(nextOpenDay(p, 'akeno', '2026-11-29')).toBe('2026-11-30');
    expect(nextOpenDay(p, 'akeno', '2026-12-01')).toBe('2026-12-06');
  });

  it('closedOnHolidays closes a branch on every national holiday', () => {
    const p = withAkenoCalendar({ closedOnHolidays: true, holidayShiftsClosure: false });
    expect(isOpenOn(p, 'akeno', '2026-11-03')).toBe(false);
    expect(isOpenOn(p, 'akeno', '2026-01-12')).toBe(false);
    expect(isOpenOn(p, 'akeno', '2026-01-13')).toBe(true);
  });

  it('hakushu is closed on Mondays and Tuesdays, holiday Mondays included', () => {
    expect(isOpenOn(policy, 'hakushu', '2026-11-30')).toBe(false);
    expect(isOpenOn(policy, 'hakushu', '2026-12-01')).toBe(false);
    expect(isOpenOn(policy, 'hakushu', '2026-12-02')).toBe(true);
    expect(isOpenOn(policy, 'hakushu', '2026-01-12')).toBe(false);
    expect(isOpenOn(policy, 'hakushu', '2026-01-14')).toBe(true);
    expect(nextOpenDay(policy, 'hakushu', '2026-11-29')).toBe('2026-12-02');
  });

  it('a branch without a calendar is open every day', () => {
    const p = parsePolicy({ branches: [{ id: 'solo', nameJa: '単館', nameRomaji: 'Solo' }] });
    expect(isOpenOn(p, 'solo', '2026-11-30')).toBe(true);
    expect(nextOpenDay(p, 'solo', '2026-12-31')).toBe('2027-01-01');
  });
});

describe('nextOpenDay on the Hokuto preset', () => {
  it('[C1] is strictly after the date, even when the date itself is open', () => {
    expect(nextOpenDay(policy, 'akeno', '2026-12-01')).toBe('2026-12-02');
  });

  it('[C1] skips a closed Monday', () => {
    expect(nextOpenDay(policy, 'akeno', '2026-11-29')).toBe('2026-12-01');
  });

  it('[C1] after a holiday Monday is the Wednesday, the closure having moved to Tuesday', () => {
    expect(nextOpenDay(policy, 'akeno', '2026-01-11')).toBe('2026-01-12');
    expect(nextOpenDay(policy, 'akeno', '2026-01-12')).toBe('2026-01-14');
  });

  it('[C1] jumps the year-end closure into the new year', () => {
    expect(nextOpenDay(policy, 'akeno', '2026-12-27')).toBe('2027-01-05');
    expect(nextOpenDay(policy, 'akeno', '2026-12-30')).toBe('2027-01-05');
  });
});

describe('CALENDAR_NEVER_OPEN', () => {
  it('nextOpenDay throws YoyakuError CALENDAR_NEVER_OPEN when a closed range covers more than two years', () => {
    const p = withAkenoCalendar({ closedRanges: [{ from: '2026-01-01', to: '2030-12-31' }] });
    expect(isOpenOn(p, 'akeno', '2028-06-06')).toBe(false);
    let caught: unknown;
    try {
      nextOpenDay(p, 'akeno', '2026-06-01');
    } catch (e) {
      caught = e;
    }
    expect(isYoyakuError(caught)).toBe(true);
    expect(caught).toMatchObject({ code: 'CALENDAR_NEVER_OPEN', details: { branchId: 'akeno', after: '2026-06-01' } });
  });

  it('the same range still lets a date near its end find the first open day after it', () => {
    const p = withAkenoCalendar({ closedRanges: [{ from: '2026-01-01', to: '2030-12-31' }] });
    expect(nextOpenDay(p, 'akeno', '2030-12-30')).toBe('2031-01-05');
  });
});
