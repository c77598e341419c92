import { readFileSync } from 'node:fs';
import { runScenario } from './src/testing/scenario/run-scenario.ts';
import { formatScenarioTimeline } from './src/testing/scenario/format-timeline.ts';
import { hokutoPolicy } from './src/policy/presets/hokuto.ts';
for (const f of process.argv.slice(2)) {
  try {
    const r = await runScenario(JSON.parse(readFileSync(f, 'utf8')));
    if (!r.passed || process.env.SHOW) process.stdout.write(formatScenarioTimeline(r, { branches: hokutoPolicy().branches }));
    console.log(r.passed ? 'PASS' : 'FAIL', f);
  } catch (e) { console.log('ERROR', f, (e as Error).message); }
}
