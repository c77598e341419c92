import { holidayCoverage } from '../calendar/compiled-calendar.js';
import { japanDateOf } from '../calendar/japan-date.js';
import { isLocalDate } from '../calendar/local-date.js';
import { calendarCoverage } from '../calendar/open-days.js';
import type { LocalDate } from '../model/time.js';
import type { BranchCalendar, Policy } from '../policy/schema.js';
import { resolvePolicy } from '../testing/scenario/resolve-policy.js';
import { displayWidth, padEnd } from '../testing/scenario/text-width.js';
import type { CliIo } from './cli-io.js';
import { readJsonFile } from './read-json-file.js';
import { toCliError } from './scenario-errors.js';

const KNOBS: readonly (readonly [keyof Policy, string, string])[] = [
  ['maxOnline', 'E1', 'online reservations per patron'],
  ['maxOnlineAudiovisual', 'E1', 'of which audiovisual'],
  ['quotaCountsCounterReservations', 'E1', 'counter reservations count toward the quota'],
  ['holdDays', 'D2', 'length of the hold period'],
  ['holdCounting', 'D2', 'calendar days or open days of the pickup branch'],
  ['extendHoldPastClosedDays', 'D2', 'a last day on a closed day moves to the next open day'],
  ['onlineCancellation', 'F2', 'online cancellation finalised by the next batch, or at once'],
  ['rejectUnfulfillable', 'E4', 'the batch rejects requests no copy can fill'],
  ['nonReservableCategories', 'E3', 'in-library-only categories'],
  ['loanDays', 'G1', 'loan period in days'],
  ['maxRenewals', 'G4', 'renewals per loan'],
];

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function calendarText(cal: BranchCalendar | undefined): string {
  if (cal === undefined) return 'open every day';
  const parts = [
    cal.closedWeekdays.length > 0 ? `closed ${cal.closedWeekdays.map((d) => WEEKDAYS[d]).join(', ')}` : 'no weekly closing day',
    cal.closedOnHolidays ? 'closed on holidays' : null,
    cal.holidayShiftsClosure ? 'open on a holiday closing day, closed the next' : null,
    cal.yearEnd === null ? null : `year end ${cal.yearEnd.from}…${cal.yearEnd.to}`,
    cal.closedDates.length > 0 ? `closed ${cal.closedDates.join(', ')}` : null,
    cal.closedRanges.length > 0 ? `closed ${cal.closedRanges.map((r) => `${r.from}…${r.to}`).join(', ')}` : null,
    cal.openDates.length > 0 ? `open ${cal.openDates.join(', ')}` : null,
  ];
  return parts.filter((p): p is string => p !== null).join('; ');
}

function valueText(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * The effective values of a policy for people: each knob with its rule, the branches (H1) with
 * names, telephone numbers, whether they are pickup points (B4, E5) and their calendars, the
 * holidays and the maintenance windows (A4).
 * @param policy - the parsed policy
 * @returns the text, ending with a newline
 * @category Testing
 * @example
 * process.stdout.write(describePolicy(hokutoPolicy()));
 */
function describePolicy(policy: Policy): string {
  const lines: string[] = ['Effective policy', ''];
  const width = Math.max(...KNOBS.map(([k]) => k.length));
  for (const [key, rule, what] of KNOBS) {
    lines.push(`  ${padEnd(key, width)}  ${padEnd(valueText(policy[key]), 12)}  ${rule}  ${what}`);
  }
  lines.push('', `Branches (H1): ${policy.branches.length}`);
  const nameWidth = Math.max(0, ...policy.branches.map((b) => displayWidth(b.nameJa)));
  const idWidth = Math.max(0, ...policy.branches.map((b) => b.id.length));
  for (const b of policy.branches) {
    const pickup = b.pickup ? 'pickup' : b.kind === 'museum' ? 'museum, not a pickup point (E5)' : 'not a pickup point';
    lines.push(`  ${padEnd(b.id, idWidth)}  ${padEnd(b.nameJa, nameWidth)}  ${padEnd(b.phone ?? '—', 12)}  ${pickup}`);
    lines.push(`  ${' '.repeat(idWidth)}  ${b.nameRomaji}; ${calendarText(policy.calendars[b.id])}`);
  }
  const holidays = [...policy.holidays].sort();
  const own = holidays.length === 0 ? 'none' : `${holidays.length} dates, ${holidays[0]} to ${holidays[holidays.length - 1]}`;
  const coverage = holidayCoverage(policy);
  const bounded = boundedCalendars(policy);
  lines.push(
    '',
    policy.holidaySource === 'japan' ? `Holidays: built-in Japan data (${coverage?.source ?? ''}), plus the policy's own: ${own}` : `Holidays: the policy's own: ${own}`,
    coverage === null ? 'Holiday coverage (P15): no limit' : `Holiday coverage (P15): ${coverage.from} to ${coverage.to}`,
    bounded.length === 0 ? '  no calendar depends on holidays' : `  calendars that depend on holidays and refuse dates outside it: ${bounded.join(', ')}`,
    `Approval calendar (C1): ${policy.approvalCalendar === 'pickupBranch' ? "each request's pickup branch" : `one system-wide calendar (${calendarText(policy.approvalCalendar.system)})`}`,
    policy.maintenanceWindows.length === 0
      ? 'Maintenance windows (A4): none'
      : `Maintenance windows (A4): ${policy.maintenanceWindows.map((w) => `${w.start} → ${w.end}`).join(', ')}`,
  );
  return `${lines.join('\n')}\n`;
}

function boundedCalendars(policy: Policy): string[] {
  const ids = Object.keys(policy.calendars).filter((id) => calendarCoverage(policy, id) !== null);
  const system = policy.approvalCalendar;
  if (typeof system === 'object' && (system.system.closedOnHolidays || system.system.holidayShiftsClosure)) ids.push('(system approval calendar)');
  return ids;
}

function twoYearsAfter(date: LocalDate): LocalDate {
  const year = String(+date.slice(0, 4) + 2).padStart(4, '0');
  const later = `${year}${date.slice(4)}`;
  return isLocalDate(later) ? later : `${year}-02-28`;
}

/**
 * A warning when the holiday data that some calendar depends on ends within two years of
 * `today` (or has ended), or `null`.
 * @param policy - the parsed policy
 * @param today - today's Japan date
 * @returns the warning line, or `null`
 * @category Testing
 * @example
 * coverageWarning(hokutoPolicy(), '2049-06-01'); // 'warning: the holiday data ends on 2050-12-31, …'
 */
function coverageWarning(policy: Policy, today: LocalDate): string | null {
  const coverage = holidayCoverage(policy);
  if (coverage === null || boundedCalendars(policy).length === 0) return null;
  if (coverage.to < today) return `warning: the holiday data ended on ${coverage.to}, before today (${today}): calendars that depend on holidays refuse every date from now on`;
  if (coverage.to > twoYearsAfter(today)) return null;
  return `warning: the holiday data ends on ${coverage.to}, within two years of today (${today}): update it (a newer yoyaku-rules, or the policy's holidays and holidayCoverage) before then`;
}

/**
 * `yoyaku check-policy <policy.json>`: validates a policy file (`{ "preset": "hokuto",
 * ...overrides }` or a full policy) and prints its effective values, or the parsed policy as JSON
 * with `--json`. It prints the range the holiday data covers, and warns on standard error when
 * that range ends within two years of today (from `io.now`, the system clock by default).
 * @param options - the file, and whether to print JSON
 * @param io - where to write
 * @returns the exit code 0
 * @throws {@link CliError} exit code 2 when the file cannot be read or the policy is invalid
 * @category Testing
 * @example
 * await checkPolicyCommand({ file: 'policy.json', json: false }, io);
 */
export async function checkPolicyCommand(options: { readonly file: string; readonly json: boolean }, io: CliIo): Promise<number> {
  const input = await readJsonFile(options.file);
  let policy: Policy;
  try {
    policy = resolvePolicy(input);
  } catch (e) {
    throw toCliError(options.file, e);
  }
  io.out(options.json ? `${JSON.stringify(policy, null, 2)}\n` : describePolicy(policy));
  const warning = coverageWarning(policy, japanDateOf(io.now?.() ?? new Date().toISOString()));
  if (warning !== null) io.err(`yoyaku: ${warning}\n`);
  return 0;
}
