import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Instant } from '../../model/time.js';

const JAPAN = '+09:00';

/**
 * The UTC offset a scenario file writes its times in: that of its first step's `at`
 * (`2026-12-01T09:30:00+09:00` → `+09:00`, `…Z` → `+00:00`); Japan's when it gives none. The
 * timeline and the messages of `yoyaku run` show times in it.
 * @param input - the scenario, as read from JSON
 * @returns the offset, `±hh:mm`
 * @category Testing
 * @example
 * scenarioOffset({ steps: [{ at: '2026-12-01T09:30:00+09:00' }] }); // '+09:00'
 */
export function scenarioOffset(input: unknown): string {
  const steps = (input as { steps?: unknown } | null)?.steps;
  const first = Array.isArray(steps) ? steps.find((s): s is { at: string } => typeof (s as { at?: unknown } | null)?.at === 'string') : undefined;
  const m = first === undefined ? null : /(Z|[+-]\d{2}:\d{2})$/.exec(first.at);
  if (m?.[1] === undefined) return JAPAN;
  return m[1] === 'Z' ? '+00:00' : m[1];
}

/**
 * An instant as people read it in an offset: `2026-12-01 10:00` (date-fns with `@date-fns/tz`,
 * so the host's time zone plays no part).
 * @param at - the instant
 * @param offset - the offset, `±hh:mm`
 * @param pattern - a date-fns pattern; default `yyyy-MM-dd HH:mm`
 * @returns the text
 * @category Testing
 * @example
 * formatInOffset('2026-12-01T01:00:00.000Z', '+09:00'); // '2026-12-01 10:00'
 * formatInOffset('2026-12-01T01:00:00.000Z', '+09:00', 'HH:mm'); // '10:00'
 */
export function formatInOffset(at: Instant, offset: string, pattern = 'yyyy-MM-dd HH:mm'): string {
  return format(at, pattern, { in: tz(offset) });
}

/**
 * The name of an offset in a timeline: `JST` for Japan's, `UTC` for zero, `UTC-05:00` otherwise.
 * @param offset - the offset, `±hh:mm`
 * @returns the label
 * @category Testing
 * @example
 * offsetLabel('+09:00'); // 'JST'
 */
export function offsetLabel(offset: string): string {
  if (offset === JAPAN) return 'JST';
  return offset === '+00:00' ? 'UTC' : `UTC${offset}`;
}
