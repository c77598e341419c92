import { describe, expect, it } from 'vitest';
import { japanDateOf, startOfJapanDay } from '../../src/calendar/japan-date.js';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';

describe('japanDateOf', () => {
  it('is still the same Japan day at 23:59:59.999 JST (14:59:59.999Z)', () => {
    expect(japanDateOf('2026-12-03T14:59:59.999Z')).toBe('2026-12-03');
  });

  it('is the next Japan day at 00:00:00.000 JST (15:00:00.000Z)', () => {
    expect(japanDateOf('2026-12-03T15:00:00.000Z')).toBe('2026-12-04');
  });

  it('crosses the year at JST midnight, not UTC midnight', () => {
    expect(japanDateOf('2026-12-31T14:59:59.999Z')).toBe('2026-12-31');
    expect(japanDateOf('2026-12-31T15:00:00.000Z')).toBe('2027-01-01');
  });

  it('differs from toISOString().slice(0, 10) before 09:00 JST, when the morning batch runs', () => {
    const at = '2026-12-02T23:30:00.000Z';
    expect(japanDateOf(at)).toBe('2026-12-03');
    expect(new Date(at).toISOString().slice(0, 10)).toBe('2026-12-02');
    expect(japanDateOf(at)).not.toBe(new Date(at).toISOString().slice(0, 10));
  });

  it('agrees with toISOString().slice(0, 10) from 09:00 JST', () => {
    const at = '2026-12-03T00:00:00.000Z';
    expect(japanDateOf(at)).toBe(new Date(at).toISOString().slice(0, 10));
  });

  it('accepts a Date, epoch milliseconds and an ISO string with an offset alike', () => {
    const ms = Date.UTC(2026, 11, 3, 15);
    expect(japanDateOf(new Date(ms))).toBe('2026-12-04');
    expect(japanDateOf(ms)).toBe('2026-12-04');
    expect(japanDateOf('2026-12-04T00:00:00+09:00')).toBe('2026-12-04');
    expect(japanDateOf(ms - 1)).toBe('2026-12-03');
  });

  it('throws YoyakuError INVALID_INPUT for an invalid instant', () => {
    for (const bad of ['not a date', Number.NaN, new Date(Number.NaN)]) {
      let caught: unknown;
      try {
        japanDateOf(bad);
      } catch (e) {
        caught = e;
      }
      expect(isYoyakuError(caught)).toBe(true);
      expect(caught).toMatchObject({ code: 'INVALID_INPUT' });
    }
  });

  it('refuses a string without a zone, which each host would read in its own time zone', () => {
    for (const bad of ['2026-12-03T20:00:00', '2026-12-03T20:00', 'Dec 3, 2026 20:00', '2026-12-03', '2026-12-03 20:00:00Z']) {
      let caught: unknown;
      try {
        japanDateOf(bad);
      } catch (e) {
        caught = e;
      }
      expect(isYoyakuError(caught), bad).toBe(true);
      expect(caught).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['instant'] }] });
    }
  });
});

describe('startOfJapanDay', () => {
  it('is 15:00Z of the day before, and japanDateOf maps it back', () => {
    expect(startOfJapanDay('2026-12-03')).toBe('2026-12-02T15:00:00.000Z');
    expect(japanDateOf(startOfJapanDay('2026-12-03'))).toBe('2026-12-03');
    expect(japanDateOf(Date.parse(startOfJapanDay('2026-12-03')) - 1)).toBe('2026-12-02');
  });
});
