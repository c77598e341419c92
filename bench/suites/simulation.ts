// 6. A year at Hokuto (yoyaku simulate), from the built package: the whole simulation, library generation and seeding
// included, on the memory adapter and on SQLite (a file in .tmp). The targets are the issue's
// budgets: a year on memory in under one minute, on SQLite in under five; --quick plays 15 days
// against the same budgets scaled to 15/365. Wall-clock and CPU seconds are both recorded: on a
// shared machine the wall clock also counts the other processes' turns.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeComparison } from '../results-schema.mjs';
import { finish, parseArgs, type Measurement } from '../lib/child.js';
import { log } from '../lib/measure.js';
import { builtEntry } from '../lib/built-package.js';

// The simulation and the SQLite storage as built, as `yoyaku simulate` runs them (bench/lib/built-package.ts).
const { runSimulation } = await builtEntry('testing');
const { createSqliteStorage } = await builtEntry('sqlite');

const args = parseArgs();
const DAYS = args.quick ? 15 : 365;
const BUDGET_S = { memory: 60, sqlite: 300 } as const;
const dir = join(process.cwd(), '.tmp', 'bench', 'simulation');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const comparisons = [];
const measurements: Measurement[] = [];
for (const store of ['memory', 'sqlite'] as const) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let close: (() => void) | undefined;
  const report = await runSimulation({
    days: DAYS,
    storeName: store,
    ...(store === 'sqlite'
      ? {
          storage: ({ clock }) => {
            const storage = createSqliteStorage({ filename: join(dir, 'year.db'), clock });
            close = () => void storage.close();
            return storage;
          },
        }
      : {}),
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  close?.();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const budget = (BUDGET_S[store] * DAYS) / 365;
  const violations = report.invariants.reduce((a, i) => a + i.violations, 0);
  log(`simulation ${store}: ${DAYS} days in ${seconds.toFixed(1)} s (CPU ${cpuSeconds.toFixed(1)} s), ${violations} violations`);
  comparisons.push(
    makeComparison(`simulation-${store}-vs-budget`, seconds, budget, 's', 'lower', 1, {
      days: DAYS,
      cpuSeconds,
      violations,
      note: `other is the budget: a year in ${BUDGET_S[store]} s, scaled to ${DAYS} days`,
    }),
  );
  measurements.push(
    { label: `${DAYS} days on ${store}, wall clock`, value: seconds, unit: 's' },
    { label: `${DAYS} days on ${store}, CPU`, value: cpuSeconds, unit: 's' },
    { label: `${DAYS} days on ${store}: reservations placed`, value: report.counts.placedOnline + report.counts.placedAtCounter, unit: '' },
    { label: `${DAYS} days on ${store}: invariant violations`, value: violations, unit: '' },
  );
}
finish(args, { comparisons, measurements });
