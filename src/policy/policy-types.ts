import type * as z from 'zod';
import type { Branch } from '../model/branch.js';
import type { Instant, LocalDate } from '../model/time.js';
import type { BranchCalendarSchema, BranchSchema, MaintenanceWindowSchema, PolicySchema } from './schema.js';

// The parsed policy and its parts as named interfaces, so that the docs show one name, not the
// schema spelt out. Each must stay the type its schema gives: the assertions at the end fail to
// compile when a field is added to, removed from or changed in one of them but not the other.

/**
 * A branch's calendar of open days, parsed. A date is closed when any closing rule matches and it
 * is not in `openDates`.
 * @category Policy
 * @example
 * const cal: BranchCalendar = BranchCalendarSchema.parse({ closedWeekdays: [1] });
 */
export interface BranchCalendar {
  /** Weekly closing days, 0 = Sunday … 6 = Saturday. */
  closedWeekdays: number[];
  /** Whether the branch closes on national holidays (`holidays` of the policy). */
  closedOnHolidays: boolean;
  /** Whether a holiday on a weekly closing day moves the closure to the next day that is not a holiday. */
  holidayShiftsClosure: boolean;
  /** Year-end closure, as month-day bounds inclusive (`12-29` to `01-03`), or none. */
  yearEnd: { from: string; to: string } | null;
  /** One-off closed dates (整理日, inventory, …). */
  closedDates: LocalDate[];
  /** Closed periods, inclusive (特別整理期間). */
  closedRanges: { from: LocalDate; to: LocalDate }[];
  /** Dates open despite every rule above. */
  openDates: LocalDate[];
}

/**
 * A maintenance window of the online service (A4), start inclusive, end exclusive.
 * @category Policy
 * @example
 * const w: MaintenanceWindow = { start: '2026-12-01T15:00:00.000Z', end: '2026-12-01T18:00:00.000Z' };
 */
export interface MaintenanceWindow {
  start: Instant;
  end: Instant;
}

/**
 * A parsed policy: every knob present. Inner functions take this and never call zod.
 * @category Policy
 * @example
 * const policy: Policy = parsePolicy({});
 * policy.holdDays; // 7
 */
export interface Policy {
  /** E1: online reservations per patron. */
  maxOnline: number;
  /** E1: of which audiovisual. */
  maxOnlineAudiovisual: number;
  /** E1: whether counter reservations also count toward the online quota. */
  quotaCountsCounterReservations: boolean;
  /** D2: length of the hold period. */
  holdDays: number;
  /** D2: count calendar days (the guide) or open days of the pickup branch (開館日). */
  holdCounting: 'calendarDays' | 'openDays';
  /** D2: when counting calendar days, a last day on which the pickup branch is closed moves to its next open day. */
  extendHoldPastClosedDays: boolean;
  /** F2: an online cancellation is finalised by the next approval batch, or at once. */
  onlineCancellation: 'nextOpenDay' | 'immediate';
  /** E4: the approval batch rejects a request whose every copy is missing or long overdue. */
  rejectUnfulfillable: boolean;
  /** E3: categories that are in-library only and never reservable. */
  nonReservableCategories: string[];
  /** Loan period in days, for loans made at collection or at a walk-in checkout. */
  loanDays: number;
  /** Renewals allowed per loan (G4 also blocks them while someone waits). */
  maxRenewals: number;
  /** P17: the most entries a patron's reservation cart holds (a submission takes at most 100). */
  maxCartEntries: number;
  /** H1: the branches; the museum kind is never a pickup point (E5). */
  branches: PolicyBranch[];
  /** Per-branch calendars of open days, by branch id. */
  calendars: Record<string, BranchCalendar>;
  /** National holidays (祝日) of the policy's own, used by calendars with `closedOnHolidays` or `holidayShiftsClosure`: added to the built-in data when `holidaySource` is `japan`, the whole list when it is `list`. */
  holidays: LocalDate[];
  /** Where national holidays come from: `japan` (the built-in data plus `holidays`) or `list` (`holidays` alone). */
  holidaySource: 'japan' | 'list';
  /** The days the holiday data covers, inclusive; `null` for the data's own range. */
  holidayCoverage: { from: LocalDate; to: LocalDate } | null;
  /** C1: whose calendar sets the approval batch's next open day: each request's pickup branch, or one system-wide calendar. */
  approvalCalendar: 'pickupBranch' | { system: BranchCalendar };
  /** A4: maintenance windows of the online service. */
  maintenanceWindows: MaintenanceWindow[];
  /** P5: where a copy nobody waits for goes after its return: home to its owner, or stays where returned. */
  returnTo: 'owner' | 'whereReturned';
  /** P8: whether the hold notice is queued when a copy is trapped (or when staff confirm the pull). */
  noticeAtTrap: boolean;
  /** P9: requests for a title on order queue for it, or are refused. */
  onOrderRequests: 'queue' | 'reject';
  /** P11: how many days past the counted last day staff may extend a hold (取置延長); 0 turns extension off. */
  maxHoldExtensionDays: number;
  /** P13: whether a reservation may be suspended until a date (passed over for trapping, keeping its place). */
  allowSuspension: boolean;
  /** P14: whether a patron may give a date after which an unfilled reservation is not needed. */
  allowNotNeededAfter: boolean;
  /** Whether the reservation list shows an estimated wait in days (an estimate, not a promise). */
  showEstimatedWait: boolean;
  /** Days after a reservation ends or a loan is returned before the retention job removes its link to the patron; `null` keeps it. */
  retentionDays: number | null;
}

/**
 * A branch as a parsed policy holds it: a {@link Branch}, its fields as the schema gives them.
 * @category Policy
 * @example
 * const akeno: PolicyBranch = hokutoPolicy().branches[0];
 */
export type PolicyBranch = { -readonly [K in keyof Branch]: Branch[K] };

/**
 * A policy as a host writes it: every field optional, defaults filled by {@link parsePolicy}.
 * @category Policy
 * @example
 * const input: PolicyInput = { maxOnline: 10, holdDays: 10 };
 */
export type PolicyInput = z.input<typeof PolicySchema>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false) : false;

// Compile-time: each interface is its schema's output, both ways, with the same fields.
export const POLICY_TYPES_MATCH_SCHEMAS: readonly [
  Same<Policy, z.output<typeof PolicySchema>>,
  Same<BranchCalendar, z.output<typeof BranchCalendarSchema>>,
  Same<MaintenanceWindow, z.output<typeof MaintenanceWindowSchema>>,
  Same<PolicyBranch, z.output<typeof BranchSchema>>,
] = [true, true, true, true];
