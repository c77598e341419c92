import { ALLOWED, combineVerdicts, refuse, type Verdict } from '../errors/refusal.js';
import { YoyakuError } from '../errors/yoyaku-error.js';
import type { Patron } from '../model/patron.js';
import type { Channel } from '../model/reservation.js';
import type { Instant } from '../model/time.js';
import type { MaintenanceWindow, Policy } from '../policy/schema.js';
import { instantMs } from './instant.js';

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;
const LOCAL_PART = /^[^\s@"(),:;<>[\\\]]+$/;
const DOMAIN_LABEL = /^(?!-)[^\s@"(),:;<>[\\\]._]+(?<!-)$/;

/**
 * Whether a channel is one the library accepts: `online` (web or mobile) or `counter` (A5).
 * @param channel - the channel a request came through
 * @returns true for `online` and `counter`, narrowing the type to {@link Channel}
 * @category Rules
 * @example
 * isAcceptedChannel('online'); // true
 * @example
 * // Reservations by e-mail are not accepted (A5)
 * isAcceptedChannel('email'); // false
 */
export function isAcceptedChannel(channel: string): channel is Channel {
  return channel === 'online' || channel === 'counter';
}

/**
 * Checks the channel of a reservation request: only `online` and `counter` are accepted (A5,
 * Eメール等による予約は受け付けておりません).
 *
 * Refusal codes: `CHANNEL_NOT_ACCEPTED` (A5). The refusal does not echo the channel text.
 * @param channel - the channel a request came through
 * @returns {@link ALLOWED}, or a verdict refusing with `CHANNEL_NOT_ACCEPTED`
 * @category Rules
 * @example
 * checkChannel('counter'); // { ok: true }
 * @example
 * // E-mail, telephone, fax… are refused (A5)
 * checkChannel('email'); // { ok: false, refusals: [{ code: 'CHANNEL_NOT_ACCEPTED', rule: 'A5' }] }
 * @example
 * // The match is exact: no case folding
 * checkChannel('Online').ok; // false
 */
export function checkChannel(channel: string): Verdict {
  return isAcceptedChannel(channel) ? ALLOWED : refuse('CHANNEL_NOT_ACCEPTED');
}

/**
 * Checks that a patron may use the online service at an instant: registered with an e-mail
 * address (A1), not marked unreachable by staff (A3), and outside every maintenance window of
 * the policy (A4; start inclusive, end exclusive). Counter operations are not subject to it.
 *
 * Every applicable refusal is returned, in the order A1, A3, A4.
 *
 * Refusal codes: `NOT_REGISTERED` (A1), `NO_EMAIL` (A1, also for an address of blanks),
 * `UNREACHABLE` (A3), `MAINTENANCE` (A4, with `params.until`, the end of the window).
 * No refusal carries the patron's name, e-mail address or card number.
 * @param patron - the patron acting online
 * @param at - the instant of the operation, with a time zone
 * @param policy - the parsed policy (its `maintenanceWindows`)
 * @returns {@link ALLOWED} or a verdict with every refusal that applies
 * @throws {@link YoyakuError} `INVALID_INPUT` when `at` is not an instant with a time zone
 * @category Rules
 * @example
 * checkOnlineEligibility(patron, '2026-12-03T01:00:00.000Z', hokutoPolicy()); // { ok: true }
 * @example
 * // Not registered and no e-mail: both A1 refusals at once
 * checkOnlineEligibility({ ...patron, internetRegistered: false, email: null }, at, policy);
 * // { ok: false, refusals: [{ code: 'NOT_REGISTERED', rule: 'A1' }, { code: 'NO_EMAIL', rule: 'A1' }] }
 * @example
 * // A window's start is inside it, its end is not (A4)
 * const policy = hokutoPolicy({ maintenanceWindows: [{ start: '2026-12-01T15:00:00Z', end: '2026-12-01T18:00:00Z' }] });
 * checkOnlineEligibility(patron, '2026-12-01T15:00:00.000Z', policy).ok; // false (MAINTENANCE)
 * checkOnlineEligibility(patron, '2026-12-01T18:00:00.000Z', policy).ok; // true
 */
export function checkOnlineEligibility(patron: Patron, at: Instant, policy: Policy): Verdict {
  const atMs = instantMs(at, 'at');
  const window = policy.maintenanceWindows.find((w) => inWindow(w, atMs));
  return combineVerdicts([
    patron.internetRegistered ? ALLOWED : refuse('NOT_REGISTERED'),
    hasEmail(patron) ? ALLOWED : refuse('NO_EMAIL'),
    patron.unreachable ? refuse('UNREACHABLE') : ALLOWED,
    window === undefined ? ALLOWED : refuse('MAINTENANCE', { until: window.end }),
  ]);
}

/** A window's instants as epoch milliseconds, kept for the strings they were read from (`end` only once it was needed). */
interface ParsedWindow {
  readonly start: string;
  readonly end: string;
  readonly startMs: number;
  endMs: number | undefined;
}

/** Parsed once per window object: every online call checks every window of the policy. */
const PARSED_WINDOWS = new WeakMap<MaintenanceWindow, ParsedWindow>();

/** Whether an instant is in a window (start inclusive, end exclusive); the end is read only when the start is not after it. */
function inWindow(w: MaintenanceWindow, atMs: number): boolean {
  let parsed = PARSED_WINDOWS.get(w);
  if (parsed === undefined || parsed.start !== w.start || parsed.end !== w.end) {
    parsed = { start: w.start, end: w.end, startMs: instantMs(w.start, 'maintenanceWindows.start'), endMs: undefined };
    PARSED_WINDOWS.set(w, parsed);
  }
  if (parsed.startMs > atMs) return false;
  parsed.endMs ??= instantMs(w.end, 'maintenanceWindows.end');
  return atMs < parsed.endMs;
}

function hasEmail(patron: Patron): boolean {
  return typeof patron.email === 'string' && patron.email.trim() !== '';
}

function isWellFormedEmail(email: string): boolean {
  if (typeof email !== 'string' || email.length > MAX_EMAIL_LENGTH) return false;
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  if (local.length > MAX_LOCAL_PART_LENGTH || !LOCAL_PART.test(local)) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label));
}

/**
 * Checks the format of a new e-mail address the patron enters in My Library (A2). The check is
 * deliberately plain: one `@`, a local part of at most 64 characters without blanks, quotes or
 * brackets and without leading, trailing or doubled dots, and a domain of at least two
 * dot-separated labels (non-ASCII labels are accepted); at most 254 characters in all. Whether
 * the mailbox exists is the host's to confirm (see {@link applyEmailChange}).
 *
 * Refusal codes: `INVALID_EMAIL` (A2). The refusal never echoes the address.
 * @param email - the new address as entered (not trimmed: surrounding blanks are refused)
 * @returns {@link ALLOWED} or a verdict refusing with `INVALID_EMAIL`
 * @category Rules
 * @example
 * checkEmailChange('hanako@example.jp'); // { ok: true }
 * @example
 * // No domain dot, or a blank: refused (A2)
 * checkEmailChange('hanako@localhost'); // { ok: false, refusals: [{ code: 'INVALID_EMAIL', rule: 'A2' }] }
 * checkEmailChange(' hanako@example.jp').ok; // false
 * @example
 * // An internationalised domain is accepted
 * checkEmailChange('hanako@図書館.jp').ok; // true
 */
export function checkEmailChange(email: string): Verdict {
  return isWellFormedEmail(email) ? ALLOWED : refuse('INVALID_EMAIL');
}

/**
 * How the host vouches for a new e-mail address.
 * @category Rules
 * @example
 * const options: EmailChangeOptions = { confirmed: true };
 */
export interface EmailChangeOptions {
  /** The host confirmed the new mailbox (a confirmation link was followed, for instance). */
  readonly confirmed: boolean;
}

/**
 * The patron after an e-mail change (A2): a new record with the new address. The `unreachable`
 * mark of A3 is cleared only when the host confirmed the new address; an unconfirmed change
 * leaves the mark as it was, since staff judged the patron unreachable (A3 reading).
 * Never mutates its input. Check the address with {@link checkEmailChange} first.
 * @param patron - the patron as stored
 * @param email - the new address, already accepted by {@link checkEmailChange}
 * @param options - whether the host confirmed the new address
 * @returns a new patron record
 * @throws {@link YoyakuError} `INVALID_INPUT` when the address is malformed (the message never
 *   contains the address)
 * @category Rules
 * @example
 * const next = applyEmailChange(patron, 'new@example.jp', { confirmed: true });
 * next.unreachable; // false
 * @example
 * // Unconfirmed: the address changes, the unreachable mark stays (A3)
 * applyEmailChange({ ...patron, unreachable: true }, 'new@example.jp', { confirmed: false }).unreachable; // true
 */
export function applyEmailChange(patron: Patron, email: string, options: EmailChangeOptions): Patron {
  if (!isWellFormedEmail(email))
    throw new YoyakuError('INVALID_INPUT', 'The new e-mail address is malformed; check it with checkEmailChange first', {
      issues: [{ path: ['email'], message: 'Expected a well-formed e-mail address (A2)' }],
    });
  return { ...patron, email, unreachable: options.confirmed ? false : patron.unreachable };
}
