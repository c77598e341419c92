// The calendar as a date-fns user would write it: dates as TZDate in Asia/Tokyo, day steps with
// date-fns addDays/subDays, keys with formatISO() (the fastest here of format, lightFormat and
// formatISO), closures checked from the same policy data the library uses (weekly closing days, holidays and the holiday shift, year-end, closed dates and
// ranges, open dates). Sets are built once, outside the per-date work, as a careful user would.
import { TZDate } from '@date-fns/tz';
import { addDays, formatISO, getDay, subDays } from 'date-fns';
import { japanHolidays } from '../../src/calendar/japan-holidays.js';
import type { Policy } from '../../src/policy/schema.js';

const TOKYO = 'Asia/Tokyo';
const SEARCH_LIMIT_DAYS = 731;

/** `holdLastDay` and `nextOpenDay` over a policy, with date-fns and TZDate. */
export function dateFnsCalendar(policy: Policy) {
  const holidays = new Set([...policy.holidays, ...(policy.holidaySource === 'japan' ? japanHolidays() : [])]);
  const calendars = new Map(
    Object.entries(policy.calendars).map(([id, cal]) => [
      id,
      {
        ...cal,
        closedDates: new Set(cal.closedDates),
        openDates: new Set(cal.openDates),
        yearEnd: cal.yearEnd ? { from: +cal.yearEnd.from.replace('-', ''), to: +cal.yearEnd.to.replace('-', '') } : null,
      },
    ]),
  );
  type Cal = NonNullable<ReturnType<typeof calendars.get>>;

  const key = (d: Date): string => formatISO(d, { representation: 'date' });
  const toTokyo = (date: string): TZDate => new TZDate(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), TOKYO);

  function weeklyClosed(cal: Cal, d: Date, k: string): boolean {
    if (!cal.holidayShiftsClosure) return cal.closedWeekdays.includes(getDay(d));
    if (holidays.has(k)) return false;
    if (cal.closedWeekdays.includes(getDay(d))) return true;
    for (let p = subDays(d, 1); holidays.has(key(p)); p = subDays(p, 1)) if (cal.closedWeekdays.includes(getDay(p))) return true;
    return false;
  }

  function isOpen(branchId: string, d: Date): boolean {
    const cal = calendars.get(branchId);
    if (!cal) return true;
    const k = key(d);
    if (cal.openDates.has(k)) return true;
    if (cal.closedDates.has(k)) return false;
    if (cal.closedOnHolidays && holidays.has(k)) return false;
    if (weeklyClosed(cal, d, k)) return false;
    if (cal.yearEnd) {
      const md = (d.getMonth() + 1) * 100 + d.getDate();
      const { from, to } = cal.yearEnd;
      if (from <= to ? md >= from && md <= to : md >= from || md <= to) return false;
    }
    for (const r of cal.closedRanges) if (k >= r.from && k <= r.to) return false;
    return true;
  }

  function nextOpenAfter(branchId: string, start: Date): string {
    let d = start;
    for (let i = 0; i < SEARCH_LIMIT_DAYS; i++) {
      d = addDays(d, 1);
      if (isOpen(branchId, d)) return key(d);
    }
    throw new Error(`${branchId} never opens`);
  }

  return {
    nextOpenDay: (branchId: string, date: string): string => nextOpenAfter(branchId, toTokyo(date)),
    holdLastDay(branchId: string, noticeDate: string): string {
      if (policy.holdCounting === 'openDays') {
        let d: Date = toTokyo(noticeDate);
        for (let n = 0; n < policy.holdDays; n++) d = toTokyo(nextOpenAfter(branchId, d));
        return key(d);
      }
      const last = addDays(toTokyo(noticeDate), policy.holdDays);
      if (!policy.extendHoldPastClosedDays || isOpen(branchId, last)) return key(last);
      return nextOpenAfter(branchId, last);
    },
  };
}
