// Records the run that docs/year-at-hokuto.md is drawn from: a year on the memory store with
// the default seed, written to docs/data/year-at-hokuto.json. `npx tsx scripts/docs-year-record.mts`
// (then `npm run docs`, or `node scripts/docs-year.mjs`, to redraw the page).
import { mkdirSync, writeFileSync } from 'node:fs';
import { runSimulation } from '../src/testing/simulation/run-simulation.js';

const report = await runSimulation({ days: 365, onDay: (date, i) => (i % 30 === 0 ? process.stderr.write(`${date}\n`) : undefined) });
mkdirSync('docs/data', { recursive: true });
const { days, seed, store, start, end, strict, libraries, counts, invariants, violations, months, weeks } = report;
writeFileSync('docs/data/year-at-hokuto.json', `${JSON.stringify({ days, seed, store, start, end, strict, libraries, counts, invariants, violations, months, weeks })}\n`);
const broken = invariants.reduce((a, i) => a + i.violations, 0);
process.stderr.write(`wrote docs/data/year-at-hokuto.json: ${broken} violations\n`);
