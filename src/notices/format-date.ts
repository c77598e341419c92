import { assertLocalDate, weekdayOf } from '../calendar/local-date.js';
import type { LocalDate } from '../model/time.js';
import type { Locale } from './labels.js';

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * A Japan date as patrons read it, with its weekday: `2026年12月15日（火）` or
 * `Tuesday, 15 December 2026`. Plain arithmetic, no `Intl`: the text is the same on every host.
 * @param date - a local date
 * @param locale - `ja` or `en`
 * @returns the date in words
 * @throws {@link YoyakuError} `INVALID_INPUT` for a malformed date
 * @category Notices
 * @example
 * formatLocalDate('2026-12-15', 'ja'); // '2026年12月15日（火）'
 * formatLocalDate('2026-12-15', 'en'); // 'Tuesday, 15 December 2026'
 */
export function formatLocalDate(date: LocalDate, locale: Locale): string {
  assertLocalDate(date, 'date');
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const weekday = weekdayOf(date);
  if (locale === 'ja') return `${year}年${month}月${day}日（${WEEKDAYS_JA[weekday] ?? ''}）`;
  return `${WEEKDAYS_EN[weekday] ?? ''}, ${day} ${MONTHS_EN[month - 1] ?? ''} ${year}`;
}
