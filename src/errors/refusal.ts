import { REFUSAL_RULES, type RefusalCode } from './refusal-codes.js';
import type { RuleId } from './rule-id.js';

/**
 * Extra facts about a refusal, such as the limit reached. Never personal data.
 * @category Errors
 * @example
 * const params: RefusalParams = { limit: 7, count: 7 };
 */
export type RefusalParams = Readonly<Record<string, string | number | boolean | null>>;

/**
 * A business refusal: a value naming the code and the rule that refused. Never thrown, never
 * carrying a patron's name, e-mail address or card number.
 * @category Errors
 * @example
 * const r: Refusal = { code: 'QUOTA_EXCEEDED', rule: 'E1', params: { limit: 7, count: 7 } };
 */
export interface Refusal {
  readonly code: RefusalCode;
  readonly rule: RuleId;
  readonly params?: RefusalParams | undefined;
}

/**
 * Builds a refusal for a code; the rule comes from the catalogue.
 * @param code - the refusal code
 * @param params - extra facts (never personal data)
 * @returns the refusal value
 * @category Errors
 * @example
 * refusal('NOTICE_SENT'); // { code: 'NOTICE_SENT', rule: 'F4' }
 * refusal('QUOTA_EXCEEDED', { limit: 7 }); // { code: 'QUOTA_EXCEEDED', rule: 'E1', params: { limit: 7 } }
 */
export function refusal(code: RefusalCode, params?: RefusalParams): Refusal {
  return params === undefined ? { code, rule: REFUSAL_RULES[code] } : { code, rule: REFUSAL_RULES[code], params };
}

/**
 * The verdict of a rule: allowed, or refused with one or more refusals.
 * @category Errors
 * @example
 * const v: Verdict = { ok: false, refusals: [refusal('UNREACHABLE')] };
 * if (!v.ok) console.log(v.refusals[0].rule); // 'A3'
 */
export type Verdict = { readonly ok: true } | { readonly ok: false; readonly refusals: readonly [Refusal, ...Refusal[]] };

/**
 * The verdict that allows.
 * @category Errors
 * @example
 * ALLOWED.ok; // true
 */
export const ALLOWED: Verdict = Object.freeze({ ok: true as const });

/**
 * A refusing verdict from one refusal code.
 * @param code - the refusal code
 * @param params - extra facts (never personal data)
 * @returns a verdict with `ok: false`
 * @category Errors
 * @example
 * refuse('COUNTER_RESERVATION').ok; // false
 */
export function refuse(code: RefusalCode, params?: RefusalParams): Verdict {
  return { ok: false, refusals: [refusal(code, params)] };
}

/**
 * Combines verdicts: allowed when all allow, otherwise every refusal in order.
 * @param verdicts - the verdicts to combine
 * @returns one verdict
 * @category Errors
 * @example
 * combineVerdicts([ALLOWED, refuse('UNREACHABLE')]).ok; // false
 */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  const refusals: Refusal[] = [];
  for (const v of verdicts) if (!v.ok) refusals.push(...v.refusals);
  const [first, ...rest] = refusals;
  return first === undefined ? ALLOWED : { ok: false, refusals: [first, ...rest] };
}
