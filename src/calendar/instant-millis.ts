import { YoyakuError } from '../errors/yoyaku-error.js';
import { isLocalDate } from './local-date.js';

const ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T(\d{2}):\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** 0000-01-01T00:00:00.000Z: the first supported instant. */
export const MIN_INSTANT_MS = -62_167_219_200_000;
/** 9999-12-31T14:59:59.999Z, the end of 9999-12-31 in Japan: the last supported instant. */
export const MAX_INSTANT_MS = 253_402_268_399_999;

/** The one text {@link zonedInstantMillis} remembers (the function stays pure: same text, same answer). */
const last: { text: unknown; ms: number } = { text: undefined, ms: Number.NaN };

/**
 * Epoch milliseconds of an ISO 8601 instant with a time zone whose date exists (no 02-30), whose
 * hour is 00–23, and which lies in the supported range (Japan dates 0000-01-01 to 9999-12-31);
 * `NaN` otherwise. Internal to the calendar, the clock and the schemas.
 */
export function zonedInstantMillis(text: string): number {
  // The last text read and its answer: a service call reads the same instant (its clock's now) several times.
  if (text === last.text) return last.ms;
  const m = ZONED_INSTANT.exec(text);
  const ms = m === null || +(m[1] as string) > 23 || !isLocalDate(text.slice(0, 10)) ? Number.NaN : Date.parse(text);
  const answer = ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS ? ms : Number.NaN;
  last.text = text;
  last.ms = answer;
  return answer;
}

/**
 * Epoch milliseconds of an instant given as a `Date`, epoch milliseconds or an ISO 8601 string
 * with a time zone, checked as {@link zonedInstantMillis} does. Internal.
 * @throws {@link YoyakuError} `INVALID_INPUT` for anything else (`null`, `{}`, an invalid `Date`,
 *   a string without a zone, a date that does not exist, an instant out of range)
 */
export function instantMillis(value: unknown, field: string): number {
  const ms =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? zonedInstantMillis(value)
        : value instanceof Date
          ? value.getTime()
          : Number.NaN;
  if (!Number.isFinite(ms) || ms < MIN_INSTANT_MS || ms > MAX_INSTANT_MS)
    throw new YoyakuError('INVALID_INPUT', `${field} is not an instant with a time zone in years 0000–9999`, {
      issues: [{ path: [field], message: 'Expected an ISO 8601 instant with a time zone' }],
    });
  return ms;
}
