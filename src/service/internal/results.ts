import { refusal, type Refusal, type RefusalParams, type Verdict } from '../../errors/refusal.js';
import type { RefusalCode } from '../../errors/refusal-codes.js';
import type { YoyakuIssue } from '../../errors/yoyaku-error.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { ServiceErrorCode, ServiceResult } from '../service-result.js';

/**
 * A result that is not `ok`: a business refusal or an error. Fits every `ServiceResult<T>`.
 * @category Service
 * @example
 * const failure: ServiceFailure = { ok: false, kind: 'error', code: 'NOT_FOUND', message: 'No copy c-9', issues: [] };
 */
export type ServiceFailure = Exclude<ServiceResult<never>, { readonly ok: true }>;

/**
 * The successful result of an operation.
 * @param value - what the operation returns
 * @param events - the domain events of its writes
 * @returns `{ ok: true, value, events }`
 * @category Service
 * @example
 * done([], []); // { ok: true, value: [], events: [] }
 */
export function done<T>(value: T, events: readonly DomainEvent[] = []): ServiceResult<T> {
  return { ok: true, value, events };
}

/**
 * A refused result carrying the refusals, each naming its rule.
 * @param refusals - at least one refusal
 * @returns `{ ok: false, kind: 'refused', refusals }`
 * @category Service
 * @example
 * refusedWith([refusal('NOTICE_SENT')]).kind; // 'refused'
 */
export function refusedWith(refusals: readonly [Refusal, ...Refusal[]]): ServiceFailure {
  return { ok: false, kind: 'refused', refusals };
}

/**
 * A refused result from one refusal code.
 * @param code - the refusal code
 * @param params - extra non-personal facts
 * @returns the refused result
 * @category Service
 * @example
 * refusedBy('NOT_ALLOWED').refusals[0].rule; // 'P2'
 */
export function refusedBy(code: RefusalCode, params?: RefusalParams): Extract<ServiceFailure, { kind: 'refused' }> {
  return { ok: false, kind: 'refused', refusals: [refusal(code, params)] };
}

/**
 * An error result: bad input, an unknown id, an actor not allowed, or a conflict.
 * @param code - the stable error code
 * @param message - what went wrong; ids only, never a patron's name, e-mail or card number
 * @param issues - the problems found in the input, each with its path
 * @returns `{ ok: false, kind: 'error', code, message, issues }`
 * @category Service
 * @example
 * failed('NOT_FOUND', 'No reservation r-9').code; // 'NOT_FOUND'
 */
export function failed(code: ServiceErrorCode, message: string, issues: readonly YoyakuIssue[] = []): ServiceFailure {
  return { ok: false, kind: 'error', code, message, issues };
}

/**
 * The refused result of a refusing verdict, or `null` when the verdict allows.
 * @param verdict - a rule's verdict
 * @returns the refused result, or null
 * @category Service
 * @example
 * fromVerdict(ALLOWED); // null
 */
export function fromVerdict(verdict: Verdict): ServiceFailure | null {
  return verdict.ok ? null : refusedWith(verdict.refusals);
}
