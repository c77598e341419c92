import type * as z from 'zod';
import { parseJsonText } from '../cli/parse-json-text.js';
import { toCliError } from '../cli/scenario-errors.js';
import { PolicySchema } from '../policy/schema.js';
import { resolvePolicy } from '../testing/scenario/resolve-policy.js';

/**
 * The policy the playground plays a scenario with:
 *
 * - `preset`: the scenario's own library (the Hokuto preset unless it says `"preset": "none"`,
 *   with its own `policy` fields), and on top of it the knobs the reader changed;
 * - `file`: "your own library", a pasted policy file as `yoyaku check-policy` reads it
 *   (`{ "preset": "hokuto", ...fields }`, or a full policy without `preset`). It replaces the
 *   scenario's preset; its fields win over the scenario's own `policy` fields.
 * @category Testing
 * @example
 * const choice: PolicyChoice = { kind: 'preset', knobs: { maxOnline: 10 } };
 */
export type PolicyChoice =
  | { readonly kind: 'preset'; readonly knobs?: Readonly<Record<string, unknown>> | undefined }
  | { readonly kind: 'file'; readonly text: string; readonly name?: string | undefined };

/**
 * How the playground edits a policy field: a checkbox, a number, a choice, or a list of words.
 * @category Testing
 * @example
 * const knob: PolicyKnob = { name: 'holdCounting', kind: 'enum', options: ['calendarDays', 'openDays'] };
 */
export interface PolicyKnob {
  readonly name: string;
  readonly kind: 'boolean' | 'number' | 'enum' | 'list';
  readonly options?: readonly string[] | undefined;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; entries?: Record<string, string>; element?: z.ZodType };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(schema: z.ZodType): Def {
  let def = defOf(schema);
  while (def.innerType !== undefined || (def.type === 'pipe' && def.in !== undefined)) {
    def = defOf((def.innerType ?? def.in) as z.ZodType);
  }
  return def;
}

/**
 * The policy fields the playground offers as knobs, among `names` (the knobs of the rule
 * catalogue): those that are a yes/no, a number, a choice or a list of words, found from
 * {@link PolicySchema} so that a new field needs no change here. Branches, calendars and
 * maintenance windows are edited in a policy file instead.
 * @param names - candidate field names, in the order to show them
 * @returns the knobs, in that order
 * @category Testing
 * @example
 * policyKnobs(['maxOnline', 'branches']); // [{ name: 'maxOnline', kind: 'number' }]
 */
export function policyKnobs(names: readonly string[]): PolicyKnob[] {
  const shape = PolicySchema.shape as Record<string, z.ZodType>;
  const knobs: PolicyKnob[] = [];
  for (const name of names) {
    const field = shape[name];
    if (field === undefined) continue;
    const def = unwrap(field);
    if (def.type === 'boolean' || def.type === 'number') knobs.push({ name, kind: def.type });
    else if (def.type === 'enum' && def.entries) knobs.push({ name, kind: 'enum', options: Object.values(def.entries) });
    else if (def.type === 'array' && def.element !== undefined && ['string', 'enum'].includes(unwrap(def.element).type)) {
      knobs.push({ name, kind: 'list' });
    }
  }
  return knobs;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The scenario to play once the reader's policy is applied to it. Input that is not a scenario's
 * shape is returned as it is, for the runner to report.
 * @param scenario - the scenario as parsed from the editor
 * @param choice - the policy panel's choice
 * @returns the scenario with its library's `preset` and `policy` set
 * @throws {@link CliError} when the pasted policy file is not JSON or not a valid policy, with the
 * same message as `yoyaku check-policy`
 * @category Testing
 * @example
 * applyPolicyChoice(scenario, { kind: 'preset', knobs: { holdDays: 10 } });
 */
export function applyPolicyChoice(scenario: unknown, choice: PolicyChoice): unknown {
  let preset: unknown;
  let fields: Record<string, unknown>;
  if (choice.kind === 'file') {
    const name = choice.name ?? 'policy.json';
    const file = parseJsonText(choice.text, name);
    try {
      resolvePolicy(file);
    } catch (e) {
      throw toCliError(name, e);
    }
    ({ preset, ...fields } = file as Record<string, unknown>);
    preset ??= 'none';
  } else {
    fields = { ...choice.knobs };
    if (Object.keys(fields).length === 0) return scenario;
  }
  if (!isRecord(scenario) || !isRecord(scenario['library'])) return scenario;
  const library = scenario['library'];
  if (library['policy'] !== undefined && !isRecord(library['policy'])) return scenario;
  const own = isRecord(library['policy']) ? library['policy'] : {};
  return {
    ...scenario,
    library: { ...library, ...(preset === undefined ? {} : { preset }), policy: { ...own, ...fields } },
  };
}
