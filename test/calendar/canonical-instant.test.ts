import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { japanDateOfCanonical } from '../../src/calendar/canonical-instant.js';
import { japanDateOf } from '../../src/calendar/japan-date.js';
import { checkProperty } from '../support/fc.js';

const JST_MS = 9 * 3_600_000;
const FROM_1952 = Date.UTC(1952, 0, 1);
const END_9998 = Date.UTC(9999, 0, 1) - 1;
/** The Japan date the general way: the instant parsed, nine hours added, the UTC date read. */
const oracle = (text: string): string => new Date(Date.parse(text) + JST_MS).toISOString().slice(0, 10);
const isCanonical = (text: string): boolean => {
  const ms = Date.parse(text);
  return Number.isFinite(ms) && new Date(ms).toISOString() === text;
};

describe('japanDateOfCanonical: the Japan date read off a toISOString() instant', () => {
  it('[P15] gives the Japan date of every toISOString() instant of 1952–9998 (so it is used), as the general way does', () => {
    checkProperty(
      fc.property(fc.integer({ min: FROM_1952, max: END_9998 }), (ms) => {
        const text = new Date(ms).toISOString();
        expect(japanDateOfCanonical(text)).toBe(oracle(text));
        expect(japanDateOf(text)).toBe(oracle(text));
      }),
      2000,
    );
  });

  it('[P15] around every Japan midnight, month end and year end it agrees with the general way', () => {
    checkProperty(
      fc.property(fc.integer({ min: 1952, max: 9998 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: -2, max: 2 }), (year, month, deltaMs) => {
        const midnightJst = Date.UTC(year, month + 1, 1) - JST_MS;
        const ms = midnightJst + deltaMs;
        if (ms > END_9998) return;
        const text = new Date(ms).toISOString();
        expect(japanDateOfCanonical(text)).toBe(oracle(text));
      }),
      1000,
    );
  });

  it('[P15] declines whatever it cannot prove (one character changed anywhere), and never disagrees', () => {
    const chars = fc.constantFrom(...'0123456789-:.TZ+ x'.split(''));
    checkProperty(
      fc.property(fc.integer({ min: Date.UTC(1940, 0, 1), max: Date.UTC(9999, 11, 31) }), fc.integer({ min: 0, max: 23 }), chars, (ms, at, ch) => {
        const base = new Date(ms).toISOString();
        const text = base.slice(0, at) + ch + base.slice(at + 1);
        const fast = japanDateOfCanonical(text);
        if (fast === null) return;
        expect(isCanonical(text)).toBe(true);
        expect(fast).toBe(oracle(text));
      }),
      3000,
    );
  });

  it('[P15] declines dates that do not exist, times out of range, other forms and years it does not cover', () => {
    for (const text of [
      '2026-02-29T00:00:00.000Z', '2026-02-30T00:00:00.000Z', '2026-04-31T00:00:00.000Z', '2026-13-01T00:00:00.000Z', '2026-00-10T00:00:00.000Z',
      '2026-12-01T24:00:00.000Z', '2026-12-01T23:60:00.000Z', '2026-12-01T23:59:60.000Z', '2026-12-01T10:00:00.000+09:00',
      '2026-12-01T10:00:00Z', '2026-12-01 10:00:00.000Z', '1951-12-31T15:00:00.000Z', '9999-01-01T00:00:00.000Z', '+02026-12-01T00:00:00.000Z',
    ])
      expect(japanDateOfCanonical(text), text).toBeNull();
  });

  it('[P15] rolls over to the next day, month and year at 15:00 UTC, leap days included', () => {
    expect(japanDateOfCanonical('2026-12-03T14:59:59.999Z')).toBe('2026-12-03');
    expect(japanDateOfCanonical('2026-12-03T15:00:00.000Z')).toBe('2026-12-04');
    expect(japanDateOfCanonical('2026-11-30T15:00:00.000Z')).toBe('2026-12-01');
    expect(japanDateOfCanonical('2026-12-31T15:00:00.000Z')).toBe('2027-01-01');
    expect(japanDateOfCanonical('2028-02-28T15:00:00.000Z')).toBe('2028-02-29');
    expect(japanDateOfCanonical('2100-02-28T15:00:00.000Z')).toBe('2100-03-01');
    expect(japanDateOfCanonical('2000-02-29T00:00:00.000Z')).toBe('2000-02-29');
    expect(japanDateOfCanonical('9998-12-31T15:00:00.000Z')).toBe('9999-01-01');
  });
});
