import { MAX_INSTANT_MS, MIN_INSTANT_MS, zonedInstantMillis } from '../calendar/instant-millis.js';
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

function toEpochMillis(instant: unknown): number {
  const millis = typeof instant === 'string' ? zonedInstantMillis(instant) : Number.NaN;
  if (Number.isNaN(millis)) throw invalidClock('Invalid clock instant: expected an ISO 8601 instant with a time zone, a date that exists, from year 0000 to 9999');
  return millis;
}

function invalidClock(message: string): YoyakuError {
  return new YoyakuError('INVALID_INPUT', message, { issues: [{ path: [], message: 'Expected an ISO 8601 instant with a time zone' }] });
}

function millisOf(by: ClockAdvance | number): number {
  const ms =
    typeof by === 'number'
      ? by
      : typeof by === 'object' && by !== null
        ? ((((by.days ?? 0) * 24 + (by.hours ?? 0)) * 60 + (by.minutes ?? 0)) * 60 + (by.seconds ?? 0)) * 1000 + (by.milliseconds ?? 0)
        : Number.NaN;
  if (!Number.isFinite(ms)) throw invalidClock('Invalid clock advance: expected milliseconds or { days, hours, minutes, seconds, milliseconds }');
  return ms;
}

/**
 * A clock fixed at `start` that moves only with `set` and `advance`. Any ISO 8601 instant with a
 * time zone is accepted and normalised to `Date#toISOString()` form.
 * @param start - the first instant it reads
 * @returns the clock
 * @throws {@link YoyakuError} `INVALID_INPUT` when `start` (or a later `set`) is not an instant
 *   with a time zone, names a date that does not exist (`2026-02-30`), or lies outside the
 *   supported range (Japan dates 0000 to 9999); `advance` throws it for an amount that is no number
 *   and for a move out of that range, leaving the clock where it was
 * @category Ports
 * @example
 * const clock = fixedClock('2026-12-03T09:30:00+09:00');
 * clock.now(); // '2026-12-03T00:30:00.000Z'
 * clock.advance(60_000); // '2026-12-03T00:31:00.000Z'
 * clock.set('2026-12-10T00:00:00.000Z');
 */
export function fixedClock(start: Instant): FixedClock {
  let millis = toEpochMillis(start);
  // The instant's string is made once per change, not on every read (a service reads the clock often).
  let now = new Date(millis).toISOString();
  return {
    now: () => now,
    set(instant) {
      millis = toEpochMillis(instant);
      now = new Date(millis).toISOString();
    },
    advance(by) {
      const next = millis + millisOf(by);
      if (next < MIN_INSTANT_MS || next > MAX_INSTANT_MS) throw invalidClock('Clock advanced out of the supported range (Japan dates 0000 to 9999)');
      millis = next;
      now = new Date(millis).toISOString();
      return now;
    },
  };
}
