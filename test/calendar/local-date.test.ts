import { describe, expect, it } from 'vitest';
import { addDays, assertLocalDate, fromEpochDay, isLocalDate, toEpochDay, weekdayOf } from '../../src/calendar/local-date.js';
import { isYoyakuError, type YoyakuError } from '../../src/errors/yoyaku-error.js';
import fc from 'fast-check';
import { thrown } from '../support/errors.js';
import { checkProperty } from '../support/fc.js';

/** The check `isLocalDate` made before it read the digits itself: the date that `Date.UTC` makes of the digits, written back, is the text. */
function roundTripsThroughDate(text: string): boolean {
  if (!/^(\d{4})-(\d{2})-(\d{2})$/.test(text)) return false;
  const t = new Date(Date.UTC(+text.slice(0, 4) + 400, +text.slice(5, 7) - 1, +text.slice(8, 10)));
  const y = t.getUTCFullYear() - 400;
  return `${String(y).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}` === text;
}

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

  it('accepts and refuses exactly what a round trip through Date accepts, and reads the same epoch day (seed printed on failure)', () => {
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
    // Years near the leap-year edges, months and days anywhere in 00–99, and text of any shape.
    const year = fc.oneof(digits(4), fc.constantFrom('0000', '0004', '0100', '0400', '1900', '2000', '2100', '2400', '9999'));
    const shaped = fc.tuple(year, fc.oneof(digits(2), fc.constantFrom('01', '02', '12', '13', '00')), fc.oneof(digits(2), fc.constantFrom('28', '29', '30', '31', '32', '00'))).map(([y, m, d]) => `${y}-${m}-${d}`);
    checkProperty(
      fc.property(fc.oneof(shaped, fc.string()), (text) => {
        expect(isLocalDate(text), text).toBe(roundTripsThroughDate(text));
        if (isLocalDate(text)) expect(toEpochDay(text)).toBe((Date.UTC(+text.slice(0, 4) + 400, +text.slice(5, 7) - 1, +text.slice(8, 10)) - Date.UTC(2370, 0, 1)) / 86_400_000);
      }),
      2000,
    );
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
