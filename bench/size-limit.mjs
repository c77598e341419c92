#!/usr/bin/env node
// Size limit check for CI: exits 1 when the core entry (dist/core.js) grows past its budget of
// minified + gzipped bytes, when the whole package (dist/index.js) grows past its budget, or when
// the core entry pulls in zod. Run after the build; `--src` measures the src/ entries instead.
// The documentation site's playground script (always bundled from src/) has its own budget.
import { PLAYGROUND_BUDGET, playgroundSize } from './lib/playground-size.mjs';
import { BUDGETS, measureSizes } from './lib/size.mjs';

const prefer = process.argv.includes('--src') ? 'src' : 'dist';
const kB = (n) => `${(n / 1000).toFixed(2)} kB`;

try {
  const sizes = await measureSizes(prefer);
  const problems = [];
  const rows = [
    ['core', sizes.core, BUDGETS.core],
    ['index', sizes.index, BUDGETS.index],
    ['playground', await playgroundSize(), PLAYGROUND_BUDGET],
  ];
  console.log(`size limit (${sizes.source}/, esbuild bundle + minify, gzip):`);
  for (const [name, size, budget] of rows) {
    const ok = size.gzip <= budget;
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(10)} ${kB(size.gzip).padStart(10)} gzipped (${kB(size.minified)} minified), budget ${kB(budget)}`);
    if (!ok) problems.push(`${name} entry is ${kB(size.gzip)} gzipped, over its budget of ${kB(budget)}`);
  }
  if (sizes.core.packages.includes('zod')) problems.push('the core entry pulls in zod; rules, jobs and notices must import it as a type only');
  console.log(`  (XState createMachine + transition, for scale: ${kB(sizes.xstate.gzip)} gzipped)`);
  if (problems.length) {
    for (const p of problems) console.error(`size limit: ${p}`);
    process.exit(1);
  }
} catch (e) {
  console.error(`size limit: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
