import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/errors/rule-id.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { formatScenarioTimeline } from '../../src/testing/scenario/format-timeline.js';
import { runScenario } from '../../src/testing/scenario/run-scenario.js';

const DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const scenarios = files.map((file) => ({ file, json: JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')) as { name: string; rules: string[] } }));

describe('golden scenarios (test/scenarios)', () => {
  for (const { file, json } of scenarios) {
    it(`${json.rules.map((r) => `[${r}]`).join('')} ${json.name}`, async () => {
      const report = await runScenario(json);
      const timeline = report.passed ? '' : formatScenarioTimeline(report, { branches: hokutoPolicy().branches });
      expect(report.passed, `${file} failed:\n${timeline}`).toBe(true);
      expect(report.complete).toBe(true);
      expect(report.summary.expectations).toBeGreaterThan(0);
    });
  }

  it('names every rule A1–H1 but A6 in at least one scenario', () => {
    const named = new Set(scenarios.flatMap((s) => s.json.rules));
    const missing = RULE_IDS.filter((id) => /^[A-H]/.test(id) && id !== 'A6' && !named.has(id));
    expect(missing).toEqual([]);
  });

  it('has scenarios whose rules are rule IDs of the catalogue', () => {
    for (const { json } of scenarios) {
      expect(json.rules.length).toBeGreaterThan(0);
      for (const rule of json.rules) expect(RULE_IDS).toContain(rule);
    }
  });
});
