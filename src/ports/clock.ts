import { YoyakuError } from '../errors/yoyaku-error.js';
import type { Instant } from '../model/time.js';

/**
 * The one place the service reads the time. Unlike the stores it is synchronous.
 * @category Ports
 * @example
 * const clock: Clock = { now: () => '2026-12-04T00:00:00.000Z' };
 */
export interface Clock {
  /** The current instant, in `Date#toISOString()` form. */
  now(): Instant;
}

/**
 * The host's system clock.
 * @category Ports
 * @example
 * systemClock.now(); // e.g. '2026-12-04T00:00:00.000Z'
 */
export const systemClock: Clock = Object.freeze({
  now: (): Instant => new Date(Date.now()).toISOString(),
});

/**
 * An amount of time to move a {@link FixedClock} by. A day is 24 hours of absolute time (Japan
 * has no daylight saving time, so it is also one day in Japan).
 * @category Ports
 * @example
 * const oneWeek: ClockAdvance = { days: 7 };
 */
export interface ClockAdvance {
  readonly days?: number | undefined;
  readonly hours?: number | undefined;
  readonly minutes?: number | undefined;
  readonly seconds?: number | undefined;
  readonly milliseconds?: number | undefined;
}

/**
 * A clock that stands still until told to move: for tests, scenarios and replays.
 * @category Ports
 * @example
 * const clock = fixedClock('2026-12-03T00:30:00.000Z');
 * clock.advance({ days: 1 }); // '2026-12-04T00:30:00.000Z'
 */
export interface FixedClock extends Clock {
  /** Sets the time; throws `INVALID_INPUT` for a string that is not an instant with a time zone. */
  set(instant: Instant): void;
  /** Moves the time forward (or back, with negative amounts) and returns the new now. */
  advance(by: ClockAdvance | number): Instant;
}

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function toEpochMillis(instant: Instant): number {
  const millis = INSTANT_PATTERN.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(millis)) {
    throw new YoyakuError('INVALID_INPUT', 'Invalid clock instant: expected an ISO 8601 instant with a time zone', {
      issues: [{ path: [], message: 'Expected an ISO 8601 instant with a time zone' }],
    });
  }
  return millis;
}

function millisOf(by: ClockAdvance | number): number {
  if (typeof by === 'number') return by;
  return ((((by.days ?? 0) * 24 + (by.hours ?? 0)) * 60 + (by.minutes ?? 0)) * 60 + (by.seconds ?? 0)) * 1000 + (by.milliseconds ?? 0);
}

/**
 * A clock fixed at `start` that moves only with `set` and `advance`. Any ISO 8601 instant with a
 * time zone is accepted and normalised to `Date#toISOString()` form.
 * @param start - the first instant it reads
 * @returns the clock
 * @throws {@link YoyakuError} `INVALID_INPUT` when `start` is not an instant with a time zone
 * @category Ports
 * @example
 * const clock = fixedClock('2026-12-03T09:30:00+09:00');
 * clock.now(); // '2026-12-03T00:30:00.000Z'
 * clock.advance(60_000); // '2026-12-03T00:31:00.000Z'
 * clock.set('2026-12-10T00:00:00.000Z');
 */
export function fixedClock(start: Instant): FixedClock {
  let millis = toEpochMillis(start);
  return {
    now: () => new Date(millis).toISOString(),
    set(instant) {
      millis = toEpochMillis(instant);
    },
    advance(by) {
      millis += millisOf(by);
      return new Date(millis).toISOString();
    },
  };
}
