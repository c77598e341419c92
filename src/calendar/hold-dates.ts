import type { BranchId } from '../model/ids.js';
import type { OnHoldReservation } from '../model/reservation.js';
import type { Instant, LocalDate } from '../model/time.js';
import type { Policy } from '../policy/schema.js';
import { holdLastDay } from './hold-last-day.js';
import { japanDateOf } from './japan-date.js';
import { toEpochDay, addDays } from './local-date.js';

/**
 * A hold's notice date and last day (D2).
 * @category Calendar
 * @example
 * const dates: HoldDates = { noticeDate: '2026-12-08', lastDay: '2026-12-15' };
 */
export interface HoldDates {
  /** The Japan date the notice is sent: the hold period starts the day after. */
  readonly noticeDate: LocalDate;
  /** The last day to collect, inclusive. */
  readonly lastDay: LocalDate;
}

/**
 * The one place where a hold's dates are counted from the instant its notice goes out (D2): the
 * notice date is the Japan date of `sentAt`, the last day {@link holdLastDay} from it. Trapping
 * uses it for the dates it writes when the hold begins (provisional until the notice is
 * delivered), and delivery when the notice is actually sent.
 * @param policy - the parsed policy
 * @param branchId - the pickup branch
 * @param sentAt - when the notice is (or is taken to be) sent
 * @returns the notice date and the last day
 * @category Calendar
 * @example
 * holdDatesFrom(hokutoPolicy(), 'akeno', '2026-12-08T01:00:00.000Z'); // { noticeDate: '2026-12-08', lastDay: '2026-12-15' }
 * @example
 * // 23:30 on 8 December in Japan is still the 8th
 * holdDatesFrom(hokutoPolicy(), 'akeno', '2026-12-08T14:30:00.000Z').noticeDate; // '2026-12-08'
 */
export function holdDatesFrom(policy: Policy, branchId: BranchId, sentAt: Instant): HoldDates {
  return holdDatesOn(policy, branchId, japanDateOf(sentAt));
}

/**
 * {@link holdDatesFrom} for a notice date already known (the jobs compute the Japan date of
 * their instant once per run).
 * @param policy - the parsed policy
 * @param branchId - the pickup branch
 * @param noticeDate - the Japan date the notice is sent
 * @returns the notice date and the last day
 * @category Calendar
 * @example
 * holdDatesOn(hokutoPolicy(), 'akeno', '2026-12-08'); // { noticeDate: '2026-12-08', lastDay: '2026-12-15' }
 */
export function holdDatesOn(policy: Policy, branchId: BranchId, noticeDate: LocalDate): HoldDates {
  return { noticeDate, lastDay: holdLastDay(policy, branchId, noticeDate) };
}

/**
 * A hold's dates when its notice is delivered at `sentAt` (D2): counted again from that Japan
 * date with {@link holdDatesFrom}, so a notice sent on a later day than the trap moves the last
 * day with it. Days a staff extension (P11) added beyond the counted last day are kept. Never
 * earlier than the hold's current last day.
 * @param policy - the parsed policy
 * @param hold - the hold as stored
 * @param sentAt - when the notice is handed to the mailer
 * @returns the notice date and the last day to store and to print in the notice
 * @category Calendar
 * @example
 * // Trapped on the 8th (last day the 15th), delivered on the 9th
 * holdDatesOnDelivery(hokutoPolicy(), trappedOnThe8th, '2026-12-09T00:30:00.000Z'); // { noticeDate: '2026-12-09', lastDay: '2026-12-16' }
 */
export function holdDatesOnDelivery(policy: Policy, hold: OnHoldReservation, sentAt: Instant): HoldDates {
  const counted = holdDatesFrom(policy, hold.pickupBranchId, sentAt);
  const extension = toEpochDay(hold.lastDay) - toEpochDay(holdLastDay(policy, hold.pickupBranchId, hold.noticeDate));
  const lastDay = extension > 0 ? addDays(counted.lastDay, extension) : counted.lastDay;
  return { noticeDate: counted.noticeDate, lastDay: lastDay < hold.lastDay ? hold.lastDay : lastDay };
}
