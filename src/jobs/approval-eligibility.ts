import { japanDateOf, startOfJapanDay } from '../calendar/japan-date.js';
import { approvalCompiledCalendar } from '../calendar/compiled-calendar.js';
import { dateOfEpochDayUnchecked, epochDayUnchecked } from '../calendar/local-date.js';
import { isOpenEpochDay } from '../calendar/open-days.js';
import type { BranchId } from '../model/ids.js';
import type { Instant, LocalDate } from '../model/time.js';
import type { Policy } from '../policy/schema.js';

/** How far back a branch's last open day is looked for, as the calendar looks forward. */
const SEARCH_LIMIT_DAYS = 731;

interface Cutoff {
  /** The branch's last open day on or before the batch date. */
  readonly lastOpenDay: LocalDate;
  /** 00:00 in Japan of that day, in `toISOString` form. */
  readonly startInstant: Instant;
}

function isCanonicalInstant(instant: Instant): boolean {
  return instant.length === 24 && instant.charCodeAt(23) === 90 && instant.charCodeAt(10) === 84;
}

/**
 * Whether something done at an instant is ripe for the approval batch of one date (C1), branch
 * by branch. The rule "`date` is on or after the first open day strictly after the Japan day
 * `d` of the instant" holds exactly when `d` is before the branch's last open day on or before
 * `date`, since the next open day only grows with `d`. So each branch needs one cutoff (all share
 * one when the policy's `approvalCalendar` is a system-wide calendar), and an
 * instant in `toISOString` form is compared with it as a string. Internal to the jobs.
 * @category Jobs
 * @example
 * const eligibility = new ApprovalEligibility(policy, '2026-12-08');
 * eligibility.isEligible('akeno', '2026-12-06T06:00:00.000Z'); // true (Sunday; Monday is closed)
 */
export class ApprovalEligibility {
  readonly #policy: Policy;
  readonly #date: LocalDate;
  readonly #cutoffs = new Map<BranchId, Cutoff | null>();

  /**
   * @param policy - the parsed policy
   * @param date - the batch's Japan date
   * @throws {@link YoyakuError} `CALENDAR_OUT_OF_RANGE` when a calendar that depends on
   *   holidays does not cover `date`
   */
  constructor(policy: Policy, date: LocalDate) {
    this.#policy = policy;
    this.#date = date;
    // Every calendar the batch may read must cover its date, requests or none (P15).
    const day = epochDayUnchecked(date);
    for (const branchId of Object.keys(policy.calendars)) isOpenEpochDay(approvalCompiledCalendar(policy, branchId), day);
  }

  /**
   * Whether an instant's Japan day is ripe on the batch date at a branch.
   * @param branchId - the pickup branch
   * @param instant - when the request (or its cancellation) was made
   * @returns true when the batch of that date decides it
   */
  isEligible(branchId: BranchId, instant: Instant): boolean {
    let cutoff = this.#cutoffs.get(branchId);
    if (cutoff === undefined) {
      cutoff = this.#cutoffOf(branchId);
      this.#cutoffs.set(branchId, cutoff);
    }
    if (cutoff === null) return false;
    return isCanonicalInstant(instant) ? instant < cutoff.startInstant : japanDateOf(instant) < cutoff.lastOpenDay;
  }

  #cutoffOf(branchId: BranchId): Cutoff | null {
    const cal = approvalCompiledCalendar(this.#policy, branchId);
    const date = epochDayUnchecked(this.#date);
    for (let back = 0; back <= SEARCH_LIMIT_DAYS; back++) {
      if (isOpenEpochDay(cal, date - back)) {
        const day = dateOfEpochDayUnchecked(date - back);
        return { lastOpenDay: day, startInstant: startOfJapanDay(day) };
      }
    }
    return null;
  }
}
