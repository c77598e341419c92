import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/testing/scenario/json-schema.js';
import { policyJsonSchema, policyJsonSchemaText } from '../../src/testing/scenario/policy-json-schema.js';
import { PolicySchema } from '../../src/policy/schema.js';
import { resolvePolicy } from '../../src/testing/scenario/resolve-policy.js';

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

describe('schema/policy.schema.json', () => {
  const policyFile = fileURLToPath(new URL('../../schema/policy.schema.json', import.meta.url));

  it('is the schema generated from PolicyFileSchema (run npm run schema after changing the policy)', () => {
    expect(readFileSync(policyFile, 'utf8')).toBe(policyJsonSchemaText());
  });

  it('[E1] [D2] names every knob of the policy and refuses other fields', () => {
    const schema = policyJsonSchema() as { $id: string; additionalProperties: unknown; properties: Record<string, unknown> };
    expect(schema.$id).toBe('https://unpkg.com/yoyaku-rules/schema/policy.schema.json');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['preset', '$schema', 'maxOnline', 'holdDays', 'branches', 'calendars']));
    expect(Object.keys(schema.properties).filter((k) => k !== 'preset' && k !== '$schema').sort()).toEqual(Object.keys(PolicySchema.shape).sort());
  });

  it('is referenced by $schema in the example policy files', () => {
    const example = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/policy/hokuto-policy.json', import.meta.url)), 'utf8')) as { $schema: string };
    expect(example.$schema).toBe('../../schema/policy.schema.json');
    expect(resolvePolicy(example).maxOnline).toBe(10);
  });
});
