import * as z from 'zod';
import { formatIssuePath, YoyakuError, type YoyakuIssue } from '../../errors/yoyaku-error.js';
import { HOKUTO_POLICY_INPUT } from '../../policy/presets/hokuto.js';
import { PolicySchema, type Policy } from '../../policy/schema.js';
import { flattenIssues } from './flatten-issues.js';
import { ScenarioPolicySchema } from './scenario-schema.js';

/**
 * The presets a policy file or a scenario can start from: `hokuto` (the eight Hokuto city
 * libraries, the museum and their calendars) or `none` (the policy's defaults alone).
 * @category Testing
 * @example
 * const preset: PolicyPreset = 'hokuto';
 */
export type PolicyPreset = 'hokuto' | 'none';

const PRESETS: Readonly<Record<PolicyPreset, Record<string, unknown>>> = {
  hokuto: HOKUTO_POLICY_INPUT,
  none: {},
};

/**
 * Applies policy overrides to a preset and validates the result: unknown fields are errors, and
 * every issue's path starts with `at`. Returns the policy or the issues.
 * @param preset - the preset to start from
 * @param overrides - the fields set on top of it, as written
 * @param at - the path of the overrides in the file, for the issues
 * @returns the policy, or the issues found
 * @category Testing
 * @example
 * const r = policyWithOverrides('hokuto', { holdDays: 10 }, ['library', 'policy']);
 * if (r.ok) r.policy.holdDays; // 10
 */
export function policyWithOverrides(
  preset: PolicyPreset,
  overrides: unknown,
  at: readonly PropertyKey[],
): { ok: true; policy: Policy } | { ok: false; issues: YoyakuIssue[] } {
  const prefixed = (issues: readonly z.core.$ZodIssue[]): YoyakuIssue[] =>
    flattenIssues(issues).map((i) => ({ ...i, path: [...at, ...i.path] }));
  const checked = ScenarioPolicySchema.safeParse(overrides);
  if (!checked.success) return { ok: false, issues: prefixed(checked.error.issues) };
  const parsed = PolicySchema.safeParse({ ...PRESETS[preset], ...(overrides as Record<string, unknown>) });
  if (!parsed.success) return { ok: false, issues: prefixed(parsed.error.issues) };
  return { ok: true, policy: parsed.data };
}

/**
 * Reads a policy file's content: `{ "preset": "hokuto", ...overrides }` (or `"preset": "none"`),
 * or a full policy without `preset`; a `$schema` (the file's JSON Schema, for editors) is
 * allowed. Unknown fields are errors, so a misspelt knob is not silently ignored.
 * @param input - the parsed JSON of the file
 * @returns the effective policy
 * @throws {@link YoyakuError} `INVALID_POLICY` with the issues and their paths
 * @category Testing
 * @example
 * resolvePolicy({ preset: 'hokuto', maxOnline: 10 }).maxOnline; // 10
 * resolvePolicy({ maxOnline: 10 }).branches.length; // 0: no preset, no branches
 */
export function resolvePolicy(input: unknown): Policy {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new YoyakuError('INVALID_POLICY', 'Invalid policy: (root): expected an object', {
      issues: [{ path: [], message: 'Expected an object' }],
    });
  }
  const { preset, $schema, ...overrides } = input as Record<string, unknown>;
  if ($schema !== undefined && typeof $schema !== 'string') {
    throw new YoyakuError('INVALID_POLICY', 'Invalid policy: $schema: expected a string', {
      issues: [{ path: ['$schema'], message: 'Expected a string' }],
    });
  }
  if (preset !== undefined && preset !== 'hokuto' && preset !== 'none') {
    throw new YoyakuError('INVALID_POLICY', 'Invalid policy: preset: expected "hokuto" or "none"', {
      issues: [{ path: ['preset'], message: 'Expected "hokuto" or "none"' }],
    });
  }
  const result = policyWithOverrides(preset ?? 'none', overrides, []);
  if (result.ok) return result.policy;
  throw new YoyakuError('INVALID_POLICY', `Invalid policy: ${describeIssues(result.issues)}`, { issues: result.issues });
}

/**
 * Lists issues as `path: message`, separated by `; `. A path is written with dots
 * (`steps.3.args.volumeId`), `(root)` when empty.
 * @param issues - the issues
 * @returns one line of text
 * @category Testing
 * @example
 * describeIssues([{ path: ['steps', 3, 'at'], message: 'Not a valid instant' }]); // 'steps.3.at: Not a valid instant'
 */
export function describeIssues(issues: readonly YoyakuIssue[]): string {
  return issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`).join('; ');
}
