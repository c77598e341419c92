import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { playScenario, type PlaygroundResult } from '../../src/playground/play-scenario.js';
import { applyPolicyChoice } from '../../src/playground/policy-choice.js';
import { parseScenario } from '../../src/testing/scenario/parse-scenario.js';

const DEMO = 'examples/demo/hokuto-two-weeks.json';
const GOLDEN = readdirSync('test/scenarios').filter((f) => f.endsWith('.json')).sort().map((f) => `test/scenarios/${f}`);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), color: false }, '0.0.0');
  return { code, out, err };
}

/** The error of a playground result as `yoyaku` prints it on standard error. */
function asCliPrints(result: PlaygroundResult): string {
  if (result.ok) throw new Error('expected an error');
  return `yoyaku: ${result.error.message}\n${result.error.details.map((d) => `  ${d}\n`).join('')}`;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yoyaku-playground-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the playground plays a scenario as yoyaku run does', () => {
  for (const file of [DEMO, ...GOLDEN]) {
    it(`gives the report of yoyaku run --json and its timeline for ${file}`, async () => {
      const text = await readFile(file, 'utf8');
      const result = await playScenario({ text, name: file });
      if (!result.ok) throw new Error(`${file}: ${result.error.message} ${result.error.details.join('; ')}`);
      const json = await cli('run', file, '--json');
      expect(JSON.parse(JSON.stringify(result.report))).toEqual(JSON.parse(json.out));
      const printed = await cli('run', file);
      expect(result.timeline).toBe(printed.out);
      expect(result.report.passed).toBe(true);
    });
  }

  it('reports a bad scenario with the message and lines of yoyaku run, step and field', async () => {
    const demo = JSON.parse(await readFile(DEMO, 'utf8')) as { steps: { args?: Record<string, unknown> }[] };
    const step = demo.steps.findIndex((s) => typeof s.args?.['volumeId'] === 'string');
    (demo.steps[step]!.args as Record<string, unknown>)['volumeId'] = 'no-such/1';
    const path = join(dir, 'broken.json');
    await writeFile(path, JSON.stringify(demo, null, 2));
    const result = await playScenario({ text: JSON.stringify(demo), name: path });
    const printed = await cli('run', path);
    expect(printed.code).toBe(2);
    expect(asCliPrints(result)).toBe(printed.err);
    expect(printed.err).toContain(`steps.${step}.args.volumeId: Unknown volume "no-such/1"`);
    expect(result.ok || result.error.source).toBe('scenario');
  });

  it('reports JSON that does not parse as yoyaku run does', async () => {
    const text = '{\n  "name": "x",\n  "steps": [,]\n}\n';
    const path = join(dir, 'syntax.json');
    await writeFile(path, text);
    const result = await playScenario({ text, name: path });
    const printed = await cli('run', path);
    expect(printed.code).toBe(2);
    expect(asCliPrints(result)).toBe(printed.err);
    expect(printed.err).toContain(`${path} is not valid JSON: `);
  });

  it('never throws: a scenario that is not an object is an error message', async () => {
    const result = await playScenario({ text: '42' });
    expect(result.ok).toBe(false);
    expect(asCliPrints(result)).toMatch(/^yoyaku: scenario\.json is not a valid scenario:\n {2}\(root\): /);
  });
});

describe('the policy panel', () => {
  it('[E1] a knob set on the Hokuto preset changes the run: the cart over seven is no longer refused', async () => {
    const text = await readFile(DEMO, 'utf8');
    const refusedFor = (r: PlaygroundResult): string[] => (r.ok ? r.report.steps.flatMap((s) => (s.refusals ?? []).map((x) => x.rule)) : ['error']);
    const own = await playScenario({ text, policy: { kind: 'preset', knobs: {} } });
    const more = await playScenario({ text, policy: { kind: 'preset', knobs: { maxOnline: 20 } } });
    expect(own.ok && own.report.passed).toBe(true);
    expect(refusedFor(own)).toContain('E1');
    if (!more.ok) throw new Error(more.error.message);
    expect(refusedFor(more)).not.toContain('E1');
    expect(more.report.passed).toBe(false);
  });

  it('[E1] a pasted policy file replaces the preset, and its fields win over the scenario’s own', () => {
    const scenario = { name: 'x', library: { preset: 'hokuto', policy: { maxOnline: 3, holdDays: 5 } }, steps: [] };
    const applied = applyPolicyChoice(scenario, { kind: 'file', text: '{ "preset": "hokuto", "maxOnline": 5 }' });
    const policy = parseScenario(applied).library.policy;
    expect(policy.maxOnline).toBe(5);
    expect(policy.holdDays).toBe(5);
    const bare = parseScenario(applyPolicyChoice(scenario, { kind: 'file', text: '{ "maxOnline": 5 }' })).library.policy;
    expect(bare.branches).toEqual([]);
  });

  it('reports a bad policy file under the policy panel as yoyaku check-policy does', async () => {
    const text = '{ "preset": "hokuto", "maxOnlin": 10 }';
    const path = join(dir, 'policy.json');
    await writeFile(path, text);
    const result = await playScenario({ text: await readFile(DEMO, 'utf8'), policy: { kind: 'file', text, name: path } });
    const printed = await cli('check-policy', path);
    expect(printed.code).toBe(2);
    expect(result.ok || result.error.source).toBe('policy');
    expect(asCliPrints(result)).toBe(printed.err);
  });
});

describe('the playground in the reader’s language', () => {
  it('[F1] shows the statuses in Japanese only, or in English only', async () => {
    const text = await readFile(DEMO, 'utf8');
    const ja = await playScenario({ text, locale: 'ja' });
    const en = await playScenario({ text, locale: 'en' });
    if (!ja.ok || !en.ok) throw new Error('the demo did not play');
    for (const label of ['予約申請中', '予約中', '予約拒否', 'お取置き']) expect(ja.timeline).toContain(label);
    expect(ja.timeline).not.toContain('Requested');
    for (const label of ['Requested', 'Reserved', 'Rejected', 'On hold']) expect(en.timeline).toContain(label);
    expect(en.timeline).not.toMatch(/→ (?:予約申請中|予約中|予約拒否|お取置き)|2026年/);
    expect(en.report.passed && ja.report.passed).toBe(true);
  });
});
