import * as z from 'zod';
import { ScenarioPolicySchema } from './scenario-schema.js';

/**
 * Where the JSON Schema of policy files is published, for a policy file's `$schema` field.
 * @category Testing
 * @example
 * const file = { $schema: POLICY_SCHEMA_ID, preset: 'hokuto', maxOnline: 10 };
 */
export const POLICY_SCHEMA_ID = 'https://unpkg.com/yoyaku-rules/schema/policy.schema.json';

/**
 * The zod schema of a policy file as `yoyaku check-policy` and {@link resolvePolicy} read it: a
 * preset (`hokuto` or `none`) and the knobs set on top of it, every one optional, unknown fields
 * refused; `$schema` for editors.
 * @category Testing
 * @example
 * PolicyFileSchema.parse({ preset: 'hokuto', holdDays: 10 });
 */
export const PolicyFileSchema = ScenarioPolicySchema.extend({
  $schema: z.string().optional(),
  preset: z.enum(['hokuto', 'none']).optional().describe('Start from the Hokuto preset, or from the policy defaults alone (the default)'),
});

/**
 * The JSON Schema (draft 2020-12) of a policy file, generated from {@link PolicyFileSchema} with
 * zod's `z.toJSONSchema`. The package ships it as `schema/policy.schema.json`
 * (`yoyaku-rules/schema/policy.schema.json`).
 * @returns the JSON Schema as a plain object
 * @category Testing
 * @example
 * policyJsonSchema().title; // 'yoyaku-rules policy'
 */
export function policyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(PolicyFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: POLICY_SCHEMA_ID,
    title: 'yoyaku-rules policy',
    description: 'A policy file: a preset and the knobs of the rule catalogue set on top of it (yoyaku check-policy).',
    ...rest,
  };
}

/**
 * The text of `schema/policy.schema.json`: {@link policyJsonSchema} as JSON indented by two
 * spaces, with a final newline. `npm run schema` writes it; a test checks the committed file.
 * @returns the file's text
 * @category Testing
 * @example
 * await writeFile('schema/policy.schema.json', policyJsonSchemaText());
 */
export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
