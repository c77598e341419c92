import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/testing/scenario/json-schema.js';

const committed = fileURLToPath(new URL('../../schema/scenario.schema.json', import.meta.url));

describe('schema/scenario.schema.json', () => {
  it('is the schema generated from ScenarioSchema (run npm run schema after changing the format)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('is a draft 2020-12 schema describing steps, library and rules', () => {
    const schema = scenarioJsonSchema() as { $schema: string; required: string[]; properties: Record<string, unknown>; $defs: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'library', 'steps']));
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Instant', 'LocalDate', 'Actor', 'Copy']));
    const text = JSON.stringify(schema);
    for (const op of ['reserveOnline', 'submitCart', 'runApprovalBatch', 'runHoldExpiry', 'cancelOnline', 'checkoutWalkIn']) expect(text).toContain(`"const":"${op}"`);
  });
});
