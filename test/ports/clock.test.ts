import { describe, expect, it } from 'vitest';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { fixedClock, systemClock } from '../../src/ports/clock.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('systemClock', () => {
  it('reads the host time as an instant in toISOString form', () => {
    const before = Date.now();
    const now = systemClock.now();
    expect(now).toMatch(ISO);
    expect(Date.parse(now)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(now) - before).toBeLessThan(5_000);
  });
});

describe('fixedClock', () => {
  it('stands still and normalises any offset to UTC, whatever the host time zone', () => {
    const clock = fixedClock('2026-12-03T09:30:00+09:00');
    expect(clock.now()).toBe('2026-12-03T00:30:00.000Z');
    expect(clock.now()).toBe('2026-12-03T00:30:00.000Z');
  });

  it('advances by milliseconds or by a duration, and can go back', () => {
    const clock = fixedClock('2026-12-03T00:30:00.000Z');
    expect(clock.advance(60_000)).toBe('2026-12-03T00:31:00.000Z');
    expect(clock.advance({ days: 7, hours: 1, minutes: 2, seconds: 3, milliseconds: 4 })).toBe('2026-12-10T01:33:03.004Z');
    expect(clock.advance({ days: -1 })).toBe('2026-12-09T01:33:03.004Z');
    expect(clock.now()).toBe('2026-12-09T01:33:03.004Z');
  });

  it('is set to a new instant', () => {
    const clock = fixedClock('2026-12-03T00:30:00.000Z');
    clock.set('2027-01-04T08:59:59.999+09:00');
    expect(clock.now()).toBe('2027-01-03T23:59:59.999Z');
  });

  it.each(['2026-12-03', '2026-12-03T00:30:00', 'not an instant', '2026-13-40T00:00:00Z'])('refuses %s with INVALID_INPUT', (input) => {
    let error: unknown;
    try {
      fixedClock(input);
    } catch (e) {
      error = e;
    }
    expect(isYoyakuError(error) && error.code).toBe('INVALID_INPUT');
    expect(() => fixedClock('2026-12-03T00:00:00Z').set(input)).toThrow(/Invalid clock instant/);
  });
});
