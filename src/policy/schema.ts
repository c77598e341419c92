import * as z from 'zod';
import { zonedInstantMillis } from '../calendar/instant-millis.js';
import { JAPAN_HOLIDAYS_FROM, JAPAN_HOLIDAYS_TO } from '../calendar/japan-holidays-data.js';

function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y + 400, m - 1, d));
  return t.getUTCFullYear() === y + 400 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD').refine(isCalendarDate, 'Not a calendar date');

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Expected MM-DD');

/**
 * Zod schema of a `YYYY-MM-DD` calendar date.
 * @category Policy
 * @example
 * LocalDateSchema.parse('2026-12-03'); // '2026-12-03'
 */
export const LocalDateSchema = localDate;

/**
 * Zod schema of an instant: an ISO 8601 string with a time zone, normalised to UTC
 * `Date#toISOString()` form.
 * @category Policy
 * @example
 * InstantSchema.parse('2026-12-03T09:30:00+09:00'); // '2026-12-03T00:30:00.000Z'
 */
export const InstantSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, 'Expected an ISO 8601 instant with a time zone')
  .refine((s) => !Number.isNaN(zonedInstantMillis(s)), 'Not a valid instant')
  .transform((s) => new Date(Date.parse(s)).toISOString());

/**
 * Zod schema of one branch of the library (H1).
 * @category Policy
 * @example
 * BranchSchema.parse({ id: 'akeno', nameJa: '明野図書館', nameRomaji: 'Akeno Library' }).pickup; // true
 */
export const BranchSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['library', 'museum']).default('library'),
  nameJa: z.string().min(1),
  nameRomaji: z.string().min(1),
  phone: z.string().optional(),
  pickup: z.boolean().default(true),
});

/**
 * Zod schema of a branch's calendar of open days. Everything is data a host can replace.
 * A date is closed when any closing rule matches and it is not in `openDates`.
 * @category Policy
 * @example
 * BranchCalendarSchema.parse({ closedWeekdays: [1] }).closedOnHolidays; // false
 */
export const BranchCalendarSchema = z.object({
  /** Weekly closing days, 0 = Sunday … 6 = Saturday. */
  closedWeekdays: z.array(z.number().int().min(0).max(6)).default([]),
  /** Whether the branch closes on national holidays (`holidays` of the policy). */
  closedOnHolidays: z.boolean().default(false),
  /**
   * Whether a national holiday falling on a weekly closing day moves the closure to the
   * next day that is not a holiday (a common rule: open on the holiday Monday, closed Tuesday).
   * When that day is a weekly closing day already, the two closures fall on the same day.
   */
  holidayShiftsClosure: z.boolean().default(false),
  /** Year-end closure, as month-day bounds inclusive; may wrap the new year (12-29 to 01-03). */
  yearEnd: z.object({ from: monthDay, to: monthDay }).nullable().default(null),
  /** One-off closed dates (整理日, inventory, …). */
  closedDates: z.array(localDate).default([]),
  /** Closed periods, inclusive (特別整理期間). */
  closedRanges: z.array(z.object({ from: localDate, to: localDate })).default([]),
  /** Dates open despite every rule above. */
  openDates: z.array(localDate).default([]),
});

/**
 * Zod schema of a maintenance window of the online service (A4), instants inclusive start,
 * exclusive end.
 * @category Policy
 * @example
 * MaintenanceWindowSchema.parse({ start: '2026-12-01T15:00:00Z', end: '2026-12-01T18:00:00Z' });
 */
export const MaintenanceWindowSchema = z
  .object({ start: InstantSchema, end: InstantSchema })
  .refine((w) => w.start < w.end, { message: 'start must be before end', path: ['end'] });

/**
 * The zod schema of the policy: every knob of the rule catalogue. Defaults reproduce the
 * Hokuto guide's numbers; branches and calendars default to none (use {@link hokutoPolicy}).
 * @category Policy
 * @example
 * const policy = PolicySchema.parse({ maxOnline: 10 });
 * policy.maxOnlineAudiovisual; // 3
 */
export const PolicySchema = z
  .object({
    /** E1: online reservations per patron. */
    maxOnline: z.number().int().min(1).default(7),
    /** E1: of which audiovisual. */
    maxOnlineAudiovisual: z.number().int().min(0).default(3),
    /** E1: whether counter reservations also count toward the online quota. */
    quotaCountsCounterReservations: z.boolean().default(false),
    /** D2: length of the hold period. */
    holdDays: z.number().int().min(1).max(366).default(7),
    /** D2: count calendar days (the guide) or open days of the pickup branch (開館日). */
    holdCounting: z.enum(['calendarDays', 'openDays']).default('calendarDays'),
    /** D2: when counting calendar days, a last day on which the pickup branch is closed moves to its next open day. */
    extendHoldPastClosedDays: z.boolean().default(false),
    /** F2: an online cancellation is finalised by the next approval batch, or at once. */
    onlineCancellation: z.enum(['nextOpenDay', 'immediate']).default('nextOpenDay'),
    /** E4: the approval batch rejects a request whose every existing copy is missing, long overdue or withdrawn. */
    rejectUnfulfillable: z.boolean().default(true),
    // --- issue 9: copies on the move (P5, P8, P9) ---
    /** P5: where a copy nobody waits for goes: back to its owning branch (`owner`), or stays where it was returned (`whereReturned`, a floating collection). Museum copies always go home (E5). */
    returnTo: z.enum(['owner', 'whereReturned']).default('owner'),
    /** P8: `true` (default, as in 0.1) starts the hold and sends the notice as soon as a copy on the open shelf is trapped; `false` puts the copy on the pull list and starts the hold when staff confirm it is on the hold shelf. */
    noticeAtTrap: z.boolean().default(true),
    /** P9: a request for a volume with no copy yet (on order, 発注中) is approved and queued (`queue`) or rejected (`reject`). */
    onOrderRequests: z.enum(['queue', 'reject']).default('queue'),
    // --- end issue 9 ---
    /** E3: categories that are in-library only and never reservable. */
    nonReservableCategories: z
      .array(z.string().min(1))
      .default(['rare', 'localHistory', 'reference', 'gazette', 'newspaper']),
    /** Loan period in days, for loans made at collection or at a walk-in checkout. */
    loanDays: z.number().int().min(1).default(14),
    /** Renewals allowed per loan (G4 also blocks them while someone waits). */
    maxRenewals: z.number().int().min(0).default(1),
    /** P17: the most entries a patron's reservation cart holds (a submission takes at most 100). */
    maxCartEntries: z.number().int().min(1).max(100).default(100),
    /** H1: the branches; the museum kind is never a pickup point (E5). */
    branches: z.array(BranchSchema).default([]),
    /** Per-branch calendars of open days, by branch id. */
    calendars: z.record(z.string(), BranchCalendarSchema).default({}),
    /** National holidays (祝日) of the policy's own, used by calendars with `closedOnHolidays` or `holidayShiftsClosure`: added to the built-in data when `holidaySource` is `japan`, the whole list when it is `list`. */
    holidays: z.array(localDate).default([]),
    // Holiday data, its coverage, and the approval batch's calendar (issue 11).
    /** Where national holidays come from: `japan`, the built-in data for 1970–2050 (the Cabinet Office dates, from the holiday-jp dataset) plus `holidays`; or `list`, the `holidays` list alone. */
    holidaySource: z.enum(['japan', 'list']).default('japan'),
    /** The days the holiday data covers, inclusive: a calendar that depends on holidays refuses a date outside with `CALENDAR_OUT_OF_RANGE`. `null`: the built-in data's range for `japan`; for `list`, the whole years the list names (no limit when it is empty). */
    holidayCoverage: z.object({ from: localDate, to: localDate }).nullable().default(null),
    /** C1: whose calendar sets the approval batch's next open day: each request's pickup branch (`pickupBranch`), or one system-wide calendar for every request (`{ system: calendar }`). */
    approvalCalendar: z.union([z.literal('pickupBranch'), z.object({ system: BranchCalendarSchema })]).default('pickupBranch'),
    /** A4: maintenance windows of the online service. */
    maintenanceWindows: z.array(MaintenanceWindowSchema).default([]),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.branches.forEach((b, i) => {
      if (ids.has(b.id)) ctx.addIssue({ code: 'custom', message: `Duplicate branch id`, path: ['branches', i, 'id'] });
      ids.add(b.id);
      if (b.kind === 'museum' && b.pickup)
        ctx.addIssue({ code: 'custom', message: 'A museum is never a pickup point (E5)', path: ['branches', i, 'pickup'] });
    });
    for (const id of Object.keys(p.calendars)) {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: 'Calendar for an unknown branch', path: ['calendars', id] });
    }
    for (const [id, cal] of Object.entries(p.calendars)) {
      if (new Set(cal.closedWeekdays).size >= 7 && cal.openDates.length === 0)
        ctx.addIssue({ code: 'custom', message: 'A calendar closed every weekday is never open', path: ['calendars', id, 'closedWeekdays'] });
    }
    const coverage = p.holidayCoverage;
    if (coverage !== null && coverage.from > coverage.to)
      ctx.addIssue({ code: 'custom', message: 'holidayCoverage.from must not be after holidayCoverage.to', path: ['holidayCoverage', 'to'] });
    if (coverage !== null && p.holidaySource === 'japan' && (coverage.from < JAPAN_HOLIDAYS_FROM || coverage.to > JAPAN_HOLIDAYS_TO))
      ctx.addIssue({ code: 'custom', message: `The built-in holiday data covers ${JAPAN_HOLIDAYS_FROM} to ${JAPAN_HOLIDAYS_TO} only`, path: ['holidayCoverage'] });
    if (p.maxOnlineAudiovisual > p.maxOnline)
      ctx.addIssue({ code: 'custom', message: 'maxOnlineAudiovisual cannot exceed maxOnline', path: ['maxOnlineAudiovisual'] });
  });

/**
 * A policy as a host writes it: every field optional, defaults filled by {@link parsePolicy}.
 * @category Policy
 * @example
 * const input: PolicyInput = { maxOnline: 10, holdDays: 10 };
 */
export type PolicyInput = z.input<typeof PolicySchema>;

/**
 * A parsed policy: every knob present. Inner functions take this and never call zod.
 * @category Policy
 * @example
 * const policy: Policy = parsePolicy({});
 * policy.holdDays; // 7
 */
export type Policy = z.output<typeof PolicySchema>;

/**
 * A branch's calendar of open days, parsed.
 * @category Policy
 * @example
 * const cal: BranchCalendar = BranchCalendarSchema.parse({ closedWeekdays: [1] });
 */
export type BranchCalendar = z.output<typeof BranchCalendarSchema>;

/**
 * A maintenance window of the online service (A4).
 * @category Policy
 * @example
 * const w: MaintenanceWindow = { start: '2026-12-01T15:00:00.000Z', end: '2026-12-01T18:00:00.000Z' };
 */
export type MaintenanceWindow = z.output<typeof MaintenanceWindowSchema>;
