import type { BranchId } from '../model/ids.js';
import type { LocalDate } from '../model/time.js';
import type { Policy } from '../policy/schema.js';
import { compiledCalendar } from './compiled-calendar.js';
import { fromEpochDay, toEpochDay } from './local-date.js';
import { isOpenEpochDay, nextOpenEpochDay } from './open-days.js';

/**
 * The last day a patron may collect a hold whose notice was sent on `noticeDate` (D2).
 *
 * - `holdCounting: 'calendarDays'` (the guide): `holdDays` days from the day after the notice,
 *   so the notice date + 7 by default;
 * - with `extendHoldPastClosedDays`, a last day on which the pickup branch is closed moves to its
 *   next open day;
 * - `holdCounting: 'openDays'`: the `holdDays`-th open day of the pickup branch after the notice.
 *
 * Mail lost or late changes nothing (D4): the answer depends on the send date only.
 * @param policy - the parsed policy
 * @param branchId - the pickup branch
 * @param noticeDate - the Japan date the notice was sent
 * @returns the last day of the hold, inclusive
 * @throws {@link YoyakuError} `INVALID_INPUT` for a `noticeDate` that is no real date;
 *   `CALENDAR_OUT_OF_RANGE` when the count reads a calendar that depends on national holidays
 *   past the range their data covers (the guide's counting of calendar days reads none)
 * @category Calendar
 * @example
 * holdLastDay(hokutoPolicy(), 'akeno', '2026-12-01'); // '2026-12-08'
 * @example
 * // 2026-12-07 is a Monday, closed: extended to Tuesday
 * holdLastDay(hokutoPolicy({ extendHoldPastClosedDays: true }), 'akeno', '2026-11-30'); // '2026-12-08'
 * @example
 * holdLastDay(hokutoPolicy({ holdCounting: 'openDays' }), 'akeno', '2026-12-01'); // '2026-12-09'
 */
export function holdLastDay(policy: Policy, branchId: BranchId, noticeDate: LocalDate): LocalDate {
  const start = toEpochDay(noticeDate);
  if (policy.holdCounting === 'calendarDays') {
    const last = start + policy.holdDays;
    if (!policy.extendHoldPastClosedDays) return fromEpochDay(last);
    const cal = compiledCalendar(policy, branchId);
    return fromEpochDay(isOpenEpochDay(cal, last) ? last : nextOpenEpochDay(cal, last, branchId));
  }
  const cal = compiledCalendar(policy, branchId);
  let day = start;
  for (let n = 0; n < policy.holdDays; n++) day = nextOpenEpochDay(cal, day, branchId);
  return fromEpochDay(day);
}
