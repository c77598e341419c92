import type { LocalDate } from '../model/time.js';

// The instants the library itself writes are `Date#toISOString()` strings: 24 characters,
// `YYYY-MM-DDTHH:MM:SS.sssZ`. Their Japan date can be read off the characters (UTC+9 since 1952),
// with no regular expression, no `Date` and no number parsing beyond the digits.

const ZERO = 48;
const FIRST_YEAR = 1952;
const LAST_YEAR = 9998;

function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

function two(text: string, i: number): number {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * The Japan date of an instant written exactly as `toISOString()` writes it, in the years
 * 1952–9998, with a real date and a time of 00:00:00–23:59:59; `null` for any other string, which
 * the caller then reads the general way (so this only ever agrees with it, or declines).
 * Internal to the calendar.
 */
export function japanDateOfCanonical(text: string): LocalDate | null {
  if (
    text.length !== 24 ||
    text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 46 || text.charCodeAt(23) !== 90
  )
    return null;
  const hi = two(text, 0);
  const lo = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  if (digit(text, 20) < 0 || digit(text, 21) < 0 || digit(text, 22) < 0) return null;
  const year = hi * 100 + lo;
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const last = daysInMonth(year, month);
  if (day > last) return null;
  // 15:00 UTC is midnight in Japan.
  if (hour < 15) return text.slice(0, 10);
  if (day < last) return `${text.slice(0, 8)}${pad2(day + 1)}`;
  if (month < 12) return `${text.slice(0, 5)}${pad2(month + 1)}-01`;
  return `${year + 1}-01-01`;
}
