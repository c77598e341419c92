// 6. The scenario runner: a 2,500-step scenario (a month of a library with 300 patrons and 400
// titles, bench/lib/long-scenario.ts) played on the memory storage. Ours reads again, after each
// step, only what the step wrote (the storage's change watch) and keeps its view with immer's
// structural sharing; the other is the same runner reading the whole library after every step,
// as 0.1.0 did (and as it still does on SQLite and PostgreSQL). Both in this process, interleaved.
import { createMemoryStorage } from '../../src/adapters/memory/create-memory-storage.js';
import type { FixedClock } from '../../src/ports/clock.js';
import { runScenario, type ScenarioStorage } from '../../src/testing/scenario/run-scenario.js';
import { makeComparison } from '../results-schema.mjs';
import { finish, parseArgs } from '../lib/child.js';
import { longScenario } from '../lib/long-scenario.js';
import { log, median } from '../lib/measure.js';

const args = parseArgs();
const STEPS = args.quick ? 500 : 2_500;
// Five interleaved runs each, the median reported: one run each gave this comparison the noise of
// a single measurement (the whole-read runner alone takes several seconds).
const RUNS = args.quick ? 1 : 5;
const scenario = longScenario(STEPS);

function wholeReads({ clock }: { clock: FixedClock }): ScenarioStorage {
  const s = createMemoryStorage({ clock });
  return { unitOfWork: s.unitOfWork, capabilities: s.capabilities, clock: s.clock, seed: (data) => s.seed(data) };
}

async function timed(storage?: (c: { clock: FixedClock }) => ScenarioStorage): Promise<number> {
  const started = process.hrtime.bigint();
  const report = await runScenario(scenario, storage === undefined ? {} : { storage });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!report.passed || report.steps.length !== STEPS) throw new Error('the long scenario did not play to its end');
  return ms;
}

log(`scenario: ${STEPS} steps, ${RUNS} run(s) each, interleaved`);
await timed(); // warm-ups, one for each runner
await timed(wholeReads);
const ours: number[] = [];
const other: number[] = [];
for (let i = 0; i < RUNS; i++) {
  ours.push(await timed());
  other.push(await timed(wholeReads));
}
const oursMs = median(ours);
const otherMs = median(other);
log(`scenario: watched ${oursMs.toFixed(0)} ms, whole reads ${otherMs.toFixed(0)} ms`);

finish(args, {
  comparisons: [makeComparison(`scenario-${STEPS}-steps-vs-whole-reads`, oursMs, otherMs, 'ms', 'lower', 0.1, { steps: STEPS })],
  measurements: [
    { label: `${STEPS}-step scenario on memory, per step`, value: (oursMs * 1000) / STEPS, unit: 'µs' },
    { label: `${STEPS}-step scenario reading everything after each step, per step`, value: (otherMs * 1000) / STEPS, unit: 'µs' },
  ],
});
