import type { Reservation } from '../../model/reservation.js';
import type { Instant } from '../../model/time.js';
import { RESERVATION_STATUS_LABELS } from '../../notices/labels.js';
import type { Policy } from '../../policy/schema.js';
import type { JsonValue, OutboxNotice } from '../../ports/outbox.js';
import { checkRenewal, loanStatus } from '../../rules/loan-status.js';
import { isActiveReservation, isCancellationPending } from '../../rules/reservation-state.js';
import type { OperationOutcome } from './run-operation.js';
import type { ExpectationCheck } from './scenario-report.js';
import type { ScenarioExpectation } from './scenario-schema.js';
import { queuePositionIn, type ScenarioState } from './scenario-state.js';

/**
 * What an expectation is checked against: the state now, the previous operation, the aliases,
 * the policy and the instant.
 * @category Testing
 * @example
 * const context: ExpectationContext = { state, previous, resolve: (a) => aliases.get(a), policy, now };
 */
export interface ExpectationContext {
  readonly state: ScenarioState;
  readonly previous: OperationOutcome | null;
  /** The id bound to an alias, or `undefined` when its step created nothing. */
  readonly resolve: (alias: string) => string | undefined;
  readonly policy: Policy;
  readonly now: Instant;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}

function check(name: string, expected: unknown, actual: unknown, subject: string): ExpectationCheck {
  const passed = JSON.stringify(expected) === JSON.stringify(actual);
  const message = passed ? `${subject} ${name} is ${show(actual)}` : `expected ${subject} ${name} ${show(expected)}, got ${show(actual)}`;
  return { check: name, passed, expected, actual, message };
}

function statusName(status: Reservation['status'] | undefined): string | undefined {
  return status === undefined ? undefined : `${status} (${RESERVATION_STATUS_LABELS[status].ja})`;
}

/** Whether `actual` has everything `expected` has: objects by key, arrays element by element; aliases match their ids. */
function matches(expected: unknown, actual: unknown, resolve: (alias: string) => string | undefined): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(e, actual[i], resolve));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    return Object.entries(expected).every(([k, v]) => matches(v, (actual as Record<string, unknown>)[k], resolve));
  }
  if (typeof expected === 'string' && typeof actual === 'string' && resolve(expected) === actual) return true;
  return Object.is(expected, actual);
}

function texts(value: JsonValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => texts(v as JsonValue));
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap((v) => texts(v as JsonValue));
  return value === undefined || value === null ? [] : [String(value)];
}

function findKey(value: JsonValue | undefined, key: string): JsonValue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (!Array.isArray(value) && key in value) return (value as Record<string, JsonValue>)[key];
  for (const v of Object.values(value)) {
    const found = findKey(v as JsonValue, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

function reservationChecks(e: ScenarioExpectation, ctx: ExpectationContext): ExpectationCheck[] {
  if (e.reservation === undefined) return [];
  const alias = e.reservation;
  const id = ctx.resolve(alias);
  const r = id === undefined ? undefined : ctx.state.reservations.get(id);
  if (r === undefined) {
    return [{ check: 'reservation', passed: false, expected: alias, actual: null, message: `${alias} names no reservation: its step created none` }];
  }
  const checks: ExpectationCheck[] = [];
  if (e.status !== undefined) {
    const c = check('status', e.status, r.status, alias);
    checks.push({ ...c, message: c.passed ? `${alias} is ${statusName(r.status)}` : `expected ${alias} to be ${statusName(e.status)}, but it is ${statusName(r.status)}` });
  }
  if (e.queuePosition !== undefined) {
    const position = queuePositionIn(ctx.state, r);
    const c = check('queue position', e.queuePosition, position, alias);
    checks.push(c.passed && position === null ? { ...c, message: `${alias} has no place in the queue` } : c);
  }
  if (e.lastDay !== undefined) checks.push(check('last day', e.lastDay, r.status === 'onHold' || r.status === 'lapsed' ? r.lastDay : null, alias));
  if (e.rejectedFor !== undefined) {
    const rules = r.status === 'rejected' ? r.reasons.map((x) => x.rule) : [];
    const passed = rules.includes(e.rejectedFor);
    checks.push({
      check: 'rejected for',
      passed,
      expected: e.rejectedFor,
      actual: rules,
      message: passed ? `${alias} was rejected for ${e.rejectedFor}` : `expected ${alias} rejected for ${e.rejectedFor}, got ${r.status === 'rejected' ? rules.join(', ') : r.status}`,
    });
  }
  if (e.cancellationPending !== undefined) {
    checks.push(check('cancellation pending', e.cancellationPending, isCancellationPending(r), alias));
  }
  if (e.pickupBranch !== undefined) checks.push(check('pickup branch', e.pickupBranch, r.pickupBranchId, alias));
  return checks;
}

function previousChecks(e: ScenarioExpectation, ctx: ExpectationContext): ExpectationCheck[] {
  const prev = ctx.previous;
  const checks: ExpectationCheck[] = [];
  const asked = (['refused', 'succeeded', 'error', 'result'] as const).filter((k) => e[k] !== undefined);
  if (prev === null) {
    return asked.map((k) => ({ check: k, passed: false, expected: e[k], actual: null, message: `${k}: the operation it checks ran before this run` }));
  }
  if (e.refused !== undefined) {
    const names: string[] = (prev.refusals ?? []).flatMap((r) => [r.code, r.rule]);
    const passed = prev.outcome === 'refused' && names.includes(e.refused);
    const actual = prev.outcome === 'refused' ? (prev.refusals ?? []).map((r) => `${r.rule} ${r.code}`).join(', ') : prev.outcome;
    checks.push({
      check: 'refused',
      passed,
      expected: e.refused,
      actual,
      message: passed ? `the operation was refused (${e.refused})` : `expected the operation refused with ${e.refused}, got ${actual}`,
    });
  }
  if (e.succeeded !== undefined) {
    const passed = (prev.outcome === 'ok') === e.succeeded;
    checks.push({
      check: 'succeeded',
      passed,
      expected: e.succeeded,
      actual: prev.outcome,
      message: passed ? `the operation ${e.succeeded ? 'succeeded' : 'did not succeed'}` : `expected the operation to ${e.succeeded ? 'succeed' : 'fail'}, got ${prev.message}`,
    });
  }
  if (e.error !== undefined) checks.push(check('error', e.error, prev.error?.code ?? null, 'the operation'));
  if (e.result !== undefined) {
    const passed = matches(e.result, prev.value, ctx.resolve);
    checks.push({
      check: 'result',
      passed,
      expected: e.result,
      actual: prev.value,
      message: passed ? 'the result matches' : `expected the result to match ${show(e.result)}, got ${show(prev.value)}`,
    });
  }
  return checks;
}

function noticeChecks(e: NonNullable<ScenarioExpectation['notice']>, ctx: ExpectationContext): ExpectationCheck[] {
  const reservationId = e.reservation === undefined ? undefined : ctx.resolve(e.reservation);
  const notices: OutboxNotice[] = [...ctx.state.notices.values()]
    .filter((n) => n.patronId === e.patron && (e.reservation === undefined || n.reservationId === reservationId))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const subject = `notices to ${e.patron}${e.reservation === undefined ? '' : ` about ${e.reservation}`}`;
  const checks: ExpectationCheck[] = [];
  if (e.count !== undefined) checks.push(check('count', e.count, notices.length, `the ${subject}:`));
  const latest = notices.at(-1);
  const wantsContent = e.contains.length > 0 || e.excludes.length > 0 || e.lastDay !== undefined;
  if (latest === undefined) {
    if (wantsContent) checks.push({ check: 'notice', passed: false, expected: 'a notice', actual: null, message: `no ${subject}` });
    return checks;
  }
  const text = texts(latest.payload).join('\n');
  for (const wanted of e.contains) {
    const passed = text.includes(wanted);
    checks.push({ check: 'contains', passed, expected: wanted, actual: passed ? wanted : null, message: passed ? `the notice shows "${wanted}"` : `expected the notice to show "${wanted}"` });
  }
  for (const unwanted of e.excludes) {
    const passed = !text.includes(unwanted);
    checks.push({ check: 'excludes', passed, expected: unwanted, actual: passed ? null : unwanted, message: passed ? `the notice does not show "${unwanted}"` : `the notice shows "${unwanted}", which it must not` });
  }
  if (e.lastDay !== undefined) checks.push(check('last day', e.lastDay, findKey(latest.payload, 'lastDay') ?? null, 'the notice’s'));
  return checks;
}

function loanChecks(e: NonNullable<ScenarioExpectation['loan']>, ctx: ExpectationContext): ExpectationCheck[] {
  const id = ctx.resolve(e.id);
  const loan = id === undefined ? undefined : ctx.state.loans.get(id);
  if (loan === undefined) return [{ check: 'loan', passed: false, expected: e.id, actual: null, message: `${e.id} names no loan: its step created none` }];
  const reservations = [...ctx.state.reservations.values()].filter((r) => r.volumeId === loan.volumeId);
  const status = loanStatus(loan, reservations, ctx.now);
  const checks: ExpectationCheck[] = [];
  if (e.overdue !== undefined) checks.push(check('overdue', e.overdue, status.overdue, e.id));
  if (e.reserved !== undefined) checks.push(check('reserved', e.reserved, status.reserved, e.id));
  if (e.renewable !== undefined) checks.push(check('renewable', e.renewable, checkRenewal(loan, reservations, ctx.now, ctx.policy).ok, e.id));
  if (e.dueDate !== undefined) checks.push(check('due date', e.dueDate, loan.dueDate, e.id));
  if (e.returned !== undefined) checks.push(check('returned', e.returned, loan.returnedAt !== null, e.id));
  return checks;
}

/**
 * Checks an expectation: each field it names becomes one {@link ExpectationCheck}.
 * @param expectation - the parsed expectation
 * @param ctx - the state, the previous operation, the aliases, the policy and the instant
 * @returns the checks, in the order of the fields
 * @category Testing
 * @example
 * const checks = checkExpectation({ reservation: 'r1', status: 'reserved' }, ctx);
 * checks.every((c) => c.passed);
 */
export function checkExpectation(expectation: ScenarioExpectation, ctx: ExpectationContext): ExpectationCheck[] {
  const e = expectation;
  const checks = [...reservationChecks(e, ctx), ...previousChecks(e, ctx)];
  if (e.notice) checks.push(...noticeChecks(e.notice, ctx));
  if (e.activeCount) {
    const count = [...ctx.state.reservations.values()].filter((r) => r.patronId === e.activeCount?.patron && isActiveReservation(r)).length;
    checks.push(check('active reservations', e.activeCount.count, count, e.activeCount.patron));
  }
  if (e.copy) {
    const copy = ctx.state.copies.get(e.copy.id);
    if (e.copy.status !== undefined) checks.push(check('status', e.copy.status, copy?.status, e.copy.id));
    if (e.copy.branch !== undefined) checks.push(check('branch', e.copy.branch, copy?.locationBranchId, e.copy.id));
    if (e.copy.travelsFor !== undefined) {
      const wanted = e.copy.travelsFor;
      const actual = copy?.reservationId ?? (copy?.status === 'inTransit' ? 'home' : null);
      const expected = wanted === null || wanted === 'home' ? wanted : (ctx.resolve(wanted) ?? wanted);
      checks.push(check('travels for', expected, actual, e.copy.id));
    }
    if (e.copy.from !== undefined) checks.push(check('from', e.copy.from, copy?.transitFromBranchId ?? null, e.copy.id));
  }
  if (e.loan) checks.push(...loanChecks(e.loan, ctx));
  return checks;
}
