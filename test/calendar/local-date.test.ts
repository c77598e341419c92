import { describe, expect, it } from 'vitest';
import { addDays, assertLocalDate, fromEpochDay, isLocalDate, toEpochDay, weekdayOf } from '../../src/calendar/local-date.js';
import { isYoyakuError, type YoyakuError } from '../../src/errors/yoyaku-error.js';
import { thrown } from '../support/errors.js';

describe('epoch days and day arithmetic', () => {
  it('counts days from 1970-01-01', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(fromEpochDay(toEpochDay('2026-12-03'))).toBe('2026-12-03');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
  });

  it('adds days across a daylight-saving change of other zones without drifting', () => {
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-10-31', 2)).toBe('2026-11-02');
  });

  it('handles the years 0000–0099, which Date.UTC would read as 1900–1999', () => {
    expect(toEpochDay('0050-01-01')).toBe(new Date(0).setUTCFullYear(50, 0, 1) / 86_400_000);
    expect(fromEpochDay(toEpochDay('0050-01-01'))).toBe('0050-01-01');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('0000-02-28', 1)).toBe('0000-02-29');
  });

  it('names weekdays with 0 = Sunday', () => {
    expect(weekdayOf('2026-11-29')).toBe(0);
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('1969-12-31')).toBe(3);
  });
});

describe('isLocalDate', () => {
  it('accepts real dates as YYYY-MM-DD', () => {
    expect(isLocalDate('2026-12-03')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2000-02-29')).toBe(true);
    expect(isLocalDate('0050-01-01')).toBe(true);
    expect(isLocalDate('9999-12-31')).toBe(true);
  });

  it('refuses dates that do not exist and other shapes', () => {
    for (const bad of ['2026-02-29', '2100-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '2026-12-3', '2026/12/03', '2026-12-03T00:00:00Z', ' 2026-12-03', '', 20261203, null, undefined, new Date(0)])
      expect(isLocalDate(bad), String(bad)).toBe(false);
  });
});

describe('assertLocalDate', () => {
  it('returns a valid date unchanged', () => {
    expect(assertLocalDate('2026-12-03', 'today')).toBe('2026-12-03');
  });

  it('throws YoyakuError INVALID_INPUT with the field as the issue path', () => {
    const e = thrown(() => assertLocalDate('2026-02-30', 'noticeDate'));
    expect(isYoyakuError(e)).toBe(true);
    const err = e as YoyakuError;
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.issues.map((i) => i.path)).toEqual([['noticeDate']]);
    expect(err.message).toContain('noticeDate');
    expect(err.message).not.toContain('2026-02-30');
  });
});
