import { tzOffset } from '@date-fns/tz/tzOffset';
import { YoyakuError } from '../errors/yoyaku-error.js';
import type { Instant, LocalDate } from '../model/time.js';
import { fromEpochDay } from './local-date.js';

const JAPAN = 'Asia/Tokyo';
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Japan has kept UTC+9 without daylight saving since 1951. */
const MODERN_JST_FROM_MS = Date.UTC(1952, 0, 1);
const JST_OFFSET_MS = 9 * 60 * MINUTE_MS;
/** A string without a zone would be read in the host's time zone, so one is required. */
const ISO_INSTANT_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The calendar day in Japan of an instant: the one boundary where instants become dates.
 * Independent of the host's time zone.
 * @param instant - an instant (`Date`, epoch milliseconds or ISO 8601 string with a zone)
 * @returns the Japan date
 * @throws {@link YoyakuError} `INVALID_INPUT` for an invalid instant, or a string without a zone
 *   (`'2026-12-03T10:00:00'` would mean a different instant on every host)
 * @category Calendar
 * @example
 * japanDateOf('2026-12-02T23:30:00.000Z'); // '2026-12-03' (08:30 in Japan)
 * japanDateOf('2026-12-03T14:59:59.999Z'); // '2026-12-03'
 */
export function japanDateOf(instant: Instant | Date | number): LocalDate {
  const ms =
    typeof instant === 'number'
      ? instant
      : typeof instant === 'string'
        ? ISO_INSTANT_WITH_ZONE.test(instant) ? Date.parse(instant) : Number.NaN
        : instant.getTime();
  if (!Number.isFinite(ms))
    throw new YoyakuError('INVALID_INPUT', 'Not a valid instant', { issues: [{ path: ['instant'], message: 'Invalid instant' }] });
  const offset = ms >= MODERN_JST_FROM_MS ? JST_OFFSET_MS : tzOffset(JAPAN, new Date(ms)) * MINUTE_MS;
  return fromEpochDay(Math.floor((ms + offset) / DAY_MS));
}

/**
 * The instant a Japan day starts (00:00 JST), as an ISO string.
 * @param date - a local date
 * @returns the instant of midnight in Japan
 * @category Calendar
 * @example
 * startOfJapanDay('2026-12-03'); // '2026-12-02T15:00:00.000Z'
 */
export function startOfJapanDay(date: LocalDate): Instant {
  const ms = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) - JST_OFFSET_MS;
  return new Date(ms).toISOString();
}
