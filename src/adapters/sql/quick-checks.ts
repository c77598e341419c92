// Hand-written checks of the values of a row, each accepting a subset of what its zod schema in
// ports/record-schemas.ts accepts, and for that subset returning what the schema returns: the
// value as is. What they do not accept is not refused here; the row goes to the schema, which
// decides (test/adapters/sql/quick-rows.test.ts compares the two on valid and corrupted rows).

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** The number written by the ASCII digits of `text` from `start` (`end` excluded), or -1 when one is no digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < DIGIT_0 || c > DIGIT_9) return -1;
    n = n * 10 + (c - DIGIT_0);
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `text` starts with a real date `YYYY-MM-DD` of the years 1000–9998 (9999 is left to the schema, whose range ends inside it). */
function startsWithDate(text: string): boolean {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  return year >= 1000 && year <= 9998 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A `YYYY-MM-DD` date the schema accepts unchanged (`LocalDateSchema`). */
export function isQuickDate(value: unknown): value is string {
  return typeof value === 'string' && value.length === 10 && startsWithDate(value);
}

/**
 * An instant in the form `Date#toISOString()` writes (`YYYY-MM-DDTHH:MM:SS.sssZ`), which the
 * schema (`InstantSchema`) accepts and returns unchanged.
 */
export function isQuickInstant(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 24 || !startsWithDate(value)) return false;
  if (value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58 || value.charCodeAt(19) !== 46 || value.charCodeAt(23) !== 90)
    return false;
  const hour = digits(value, 11, 13);
  const minute = digits(value, 14, 16);
  const second = digits(value, 17, 19);
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && digits(value, 20, 23) >= 0;
}

/** Text storage holds as given (`storableString()`): no NUL and no surrogate at all (a pair is left to the schema). */
export function isQuickText(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0 || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/** An id: storable text, not empty. */
export function isQuickId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && isQuickText(value);
}

/** A count or a version: a safe integer, 0 or more. */
export function isQuickCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** An optional column's value: `NULL` (absent) or a value `accept` takes. */
export function isQuickOptional(value: unknown, accept: (value: unknown) => boolean): boolean {
  return value === null || value === undefined || accept(value);
}
