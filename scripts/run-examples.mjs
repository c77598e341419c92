// `npm run examples`, after `npm run build`: the programs of examples/ as a user runs them.
//
//  1. type-checks them with examples/tsconfig.json (NodeNext resolution: `yoyaku-rules` and its
//     subpaths resolve through the package's exports map to dist/ and its type definitions);
//  2. runs each examples/*.ts with `node --import tsx` from the repository root, where the
//     package's name refers to the package itself, printing what it prints; a `*.test.ts` file
//     is a node:test file and runs with the spec reporter.
//
// Each example checks its own expectations and exits non-zero when one fails; so does this script.
//
//   node scripts/run-examples.mjs [name…]     (default: every example; names without .ts)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const TIMEOUT_MS = 120_000;

function fail(message) {
  console.error(`examples: ${message}`);
  process.exit(1);
}

function run(args, label) {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', timeout: TIMEOUT_MS });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.error) return { ok: false, why: `${label}: ${result.error.message}`, seconds };
  if (result.status !== 0) return { ok: false, why: `${label}: exit ${result.status ?? result.signal}`, seconds };
  return { ok: true, seconds };
}

for (const entry of ['index.js', 'index.d.ts', 'memory.js', 'sqlite.js', 'testing.js']) {
  if (!existsSync(join(ROOT, 'dist', entry))) fail(`dist/${entry} is missing: run \`npm run build\` first (the examples use the built package)`);
}

const wanted = process.argv.slice(2);
const all = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .sort();
const unknown = wanted.filter((name) => !all.includes(`${name}.ts`));
if (unknown.length) fail(`no example ${unknown.join(', ')} (there are: ${all.map((f) => f.replace(/\.ts$/, '')).join(', ')})`);
const files = wanted.length ? all.filter((f) => wanted.includes(f.replace(/\.ts$/, ''))) : all;
if (files.length === 0) fail('no examples/*.ts to run');

console.log(`--- examples: type check (tsc -p examples/tsconfig.json, against dist/)`);
const typeCheck = run([join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(EXAMPLES, 'tsconfig.json')], 'tsc');
if (!typeCheck.ok) fail(`the examples do not type-check against the built package (${typeCheck.why})`);
console.log('the examples type-check');

const results = [];
for (const file of files) {
  console.log(`\n--- examples: ${file}`);
  const reporter = file.endsWith('.test.ts') ? ['--test-reporter=spec'] : [];
  results.push({ file, ...run(['--import', 'tsx', ...reporter, join('examples', file)], file) });
}

console.log('\n--- examples: summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.file} (${r.seconds} s)${r.ok ? '' : `  ${r.why}`}`);
const failed = results.filter((r) => !r.ok);
if (failed.length) fail(`${failed.length} of ${results.length} example(s) failed`);
console.log(`\nexamples: ${results.length} ran, each exited 0`);
