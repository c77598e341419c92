import { tzOffset } from '@date-fns/tz/tzOffset';
import type { Instant, LocalDate } from '../model/time.js';
import { japanDateOfCanonical } from './canonical-instant.js';
import { instantMillis } from './instant-millis.js';
import { assertLocalDate, dateOfEpochDayUnchecked, epochDayUnchecked } from './local-date.js';

const JAPAN = 'Asia/Tokyo';
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Japan has kept UTC+9 without daylight saving since 1951. */
const MODERN_JST_FROM_MS = Date.UTC(1952, 0, 1);
const JST_OFFSET_MS = 9 * 60 * MINUTE_MS;

/**
 * The calendar day in Japan of an instant: the one boundary where instants become dates.
 * Independent of the host's time zone.
 * @param instant - an instant (`Date`, epoch milliseconds or ISO 8601 string with a zone)
 * @returns the Japan date
 * @throws {@link YoyakuError} `INVALID_INPUT` for an invalid instant, a string without a zone
 *   (`'2026-12-03T10:00:00'` would mean a different instant on every host), a date that does not
 *   exist (`'2026-02-30T00:00Z'`), an instant whose Japan date is outside 0000–9999, or anything
 *   that is no `Date`, number or string (`null`, `{}`)
 * @category Calendar
 * @example
 * japanDateOf('2026-12-02T23:30:00.000Z'); // '2026-12-03' (08:30 in Japan)
 * japanDateOf('2026-12-03T14:59:59.999Z'); // '2026-12-03'
 */
export function japanDateOf(instant: Instant | Date | number): LocalDate {
  if (typeof instant === 'string') {
    const date = japanDateOfCanonical(instant);
    if (date !== null) return date;
  }
  const ms = instantMillis(instant, 'instant');
  const offset = ms >= MODERN_JST_FROM_MS ? JST_OFFSET_MS : tzOffset(JAPAN, new Date(ms)) * MINUTE_MS;
  return dateOfEpochDayUnchecked(Math.floor((ms + offset) / DAY_MS));
}

/**
 * The instant a Japan day starts (00:00 JST), as an ISO string.
 * @param date - a local date
 * @returns the instant of midnight in Japan
 * @throws {@link YoyakuError} `INVALID_INPUT` when `date` is no real date as `YYYY-MM-DD`
 * @category Calendar
 * @example
 * startOfJapanDay('2026-12-03'); // '2026-12-02T15:00:00.000Z'
 */
export function startOfJapanDay(date: LocalDate): Instant {
  const ms = epochDayUnchecked(assertLocalDate(date, 'date')) * DAY_MS - JST_OFFSET_MS;
  return new Date(ms).toISOString();
}
