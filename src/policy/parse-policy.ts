import { parseOrThrow } from '../errors/yoyaku-error.js';
import { PolicySchema, type Policy, type PolicyInput } from './schema.js';

/**
 * Validates outside policy data and fills the defaults.
 * @param input - the policy as a host wrote it (JSON, a preset with overrides, …)
 * @returns the parsed policy
 * @throws {@link YoyakuError} with code `INVALID_POLICY` and the zod issues
 * @category Policy
 * @example
 * const policy = parsePolicy({ maxOnline: 10 });
 * policy.maxOnline; // 10
 * policy.holdDays; // 7
 * @example
 * parsePolicy({ holdDays: 0 }); // throws YoyakuError { code: 'INVALID_POLICY' }
 */
export function parsePolicy(input: PolicyInput | unknown): Policy {
  return parseOrThrow(PolicySchema, input, 'INVALID_POLICY', 'policy');
}

/**
 * Validates outside policy data without throwing.
 * @param input - the policy as a host wrote it
 * @returns zod's result: `{ success: true, data }` or `{ success: false, error }`
 * @category Policy
 * @example
 * safeParsePolicy({ maxOnline: 0 }).success; // false
 */
export function safeParsePolicy(input: PolicyInput | unknown) {
  return PolicySchema.safeParse(input);
}
