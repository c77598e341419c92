import { zonedInstantMillis } from '../calendar/instant-millis.js';
import { YoyakuError } from '../errors/yoyaku-error.js';
import type { Instant } from '../model/time.js';


/**
 * Epoch milliseconds of an instant that names its time zone, so that the answer never depends
 * on the host's zone. Internal to the rules.
 * @param instant - an ISO 8601 instant with `Z` or an offset
 * @param field - the field name for the error
 * @returns milliseconds since the epoch
 * @throws {@link YoyakuError} `INVALID_INPUT` for a malformed or zone-less instant
 * @category Rules
 * @example
 * instantMs('2026-12-03T09:00:00+09:00', 'at') === instantMs('2026-12-03T00:00:00.000Z', 'at'); // true
 */
export function instantMs(instant: Instant, field: string): number {
  const ms = typeof instant === 'string' ? zonedInstantMillis(instant) : Number.NaN;
  if (!Number.isFinite(ms))
    throw new YoyakuError('INVALID_INPUT', `${field} is not an ISO 8601 instant with a time zone`, {
      issues: [{ path: [field], message: 'Expected an ISO 8601 instant with a time zone' }],
    });
  return ms;
}
