/**
 * A calendar day in Japan, as `YYYY-MM-DD` (the same text as Temporal's `PlainDate`).
 * Business rules ("the next open day", "one week from the day after the notice") are about these.
 * @category Model
 * @example
 * const noticeDate: LocalDate = '2026-12-03';
 */
export type LocalDate = string;

/**
 * An absolute instant, as an ISO 8601 UTC string with milliseconds (`Date#toISOString()` form).
 * Instants in this form compare correctly as strings.
 * @category Model
 * @example
 * const placedAt: Instant = '2026-12-03T00:30:00.000Z'; // 09:30 in Japan
 */
export type Instant = string;
