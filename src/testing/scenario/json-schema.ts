import * as z from 'zod';
import { ScenarioSchema } from './scenario-schema.js';

/**
 * Where the JSON Schema of the scenario format is published, for a scenario's `$schema` field.
 * @category Testing
 * @example
 * const scenario = { $schema: SCENARIO_SCHEMA_ID, name: 'empty', library: {}, steps: [] };
 */
export const SCENARIO_SCHEMA_ID = 'https://unpkg.com/yoyaku-rules/schema/scenario.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a scenario file as written, generated from
 * {@link ScenarioSchema} with zod's `z.toJSONSchema`: editors complete and check scenario files
 * with it. Checks that JSON Schema cannot say (time order, known ids, aliases) are made by
 * {@link parseScenario}. The package ships it as `schema/scenario.schema.json`.
 * @returns the JSON Schema as a plain object
 * @category Testing
 * @example
 * const schema = scenarioJsonSchema();
 * schema.title; // 'yoyaku-rules scenario'
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    title: 'yoyaku-rules scenario',
    description:
      'A day (or weeks) of a library written down as data: the library (policy, patrons, titles, copies), then timed steps, each an operation or an expectation.',
    ...rest,
  };
}

/**
 * The text of `schema/scenario.schema.json`: {@link scenarioJsonSchema} as JSON indented by two
 * spaces, with a final newline. `npm run schema` writes it; a test checks the committed file.
 * @returns the file's text
 * @category Testing
 * @example
 * await writeFile('schema/scenario.schema.json', scenarioJsonSchemaText());
 */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
