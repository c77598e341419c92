import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/testing/scenario/run-scenario.js';

const demo = JSON.parse(readFileSync(new URL('../../examples/demo/hokuto-two-weeks.json', import.meta.url), 'utf8')) as unknown;

describe('npm run demo (examples/demo/hokuto-two-weeks.json)', () => {
  it('[C3] [D3] [D5] [E1] [F4] plays two weeks at the Hokuto libraries with every expectation holding', async () => {
    const report = await runScenario(demo);
    expect(report.passed).toBe(true);
    const dates = new Set(report.steps.map((s) => s.date));
    expect(dates.size).toBe(14);
    const codes = report.steps.flatMap((s) => s.refusals ?? []).map((r) => r.code);
    expect(codes).toEqual(['QUOTA_EXCEEDED', 'NOTICE_SENT']);
    const transitions = report.steps.flatMap((s) => s.changes).flatMap((c) => (c.type === 'reservation' ? [c.to] : []));
    expect(transitions).toEqual(expect.arrayContaining(['requested', 'reserved', 'rejected', 'onHold', 'collected', 'lapsed']));
  });
});
