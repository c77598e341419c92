#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --only lifecycle,calendar,postgres,…] [-- --docs]`: runs every benchmark,
// each suite in its own Node process (TypeScript through tsx; the suites that run the service load
// the package as built, dist/, building it first when src/ is newer), prints a table and writes
// bench/results.json; with --docs it also rewrites the results table of docs/performance.md.
// Exits 1 when a suite crashed; a missed target is a result, not a failure.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeComparison, makeMissingComparison, validateResults } from './results-schema.mjs';
import { BUDGETS, ROOT, measureSizes } from './lib/size.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const writeDocs = argv.includes('--docs');
const onlyArg = argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set(argv[onlyArg + 1]?.split(',')) : null;
const TMP = join(ROOT, '.tmp', 'bench');
const MEMORY_BUDGET_MIB = 1536;

const JOB_SIZES = {
  approval: quick ? [5_000, 25_000] : [10_000, 100_000, 1_000_000],
  trap: quick ? [5_000, 25_000] : [10_000, 100_000, 1_000_000],
  expiry: quick ? [5_000, 25_000] : [10_000, 100_000, 1_000_000],
};
const JOB_NAMES = { approval: 'approval-batch', trap: 'trap-copies', expiry: 'hold-expiry' };

const comparisons = [];
const measurements = [];
const notes = [];
const crashes = [];
// --from-results: no benchmark runs; the table (and with --docs the page) from bench/results.json.
const fromResults = argv.includes('--from-results');

function runChild(label, script, extra = [], heapMiB = 4096) {
  mkdirSync(TMP, { recursive: true });
  const out = join(TMP, `${label}.json`);
  rmSync(out, { force: true });
  process.stderr.write(`\n▶ ${label}\n`);
  const started = Date.now();
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', `--max-old-space-size=${heapMiB}`, join(ROOT, 'bench', script), ...(quick ? ['--quick'] : []), '--out', out, ...extra],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  process.stderr.write(`  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (child.status !== 0) {
    const why = `${label} exited with ${child.status ?? child.signal}`;
    crashes.push(why);
    return { error: why };
  }
  return JSON.parse(readFileSync(out, 'utf8'));
}

function fromChild(label, script, expected) {
  const result = runChild(label, script);
  if (result.error) {
    for (const [name, unit, better, target] of expected) comparisons.push(makeMissingComparison(name, unit, better, target, result.error));
    return;
  }
  comparisons.push(...result.comparisons);
  measurements.push(...result.measurements.map((m) => ({ suite: label, ...m })));
  notes.push(...(result.notes ?? []));
}

const wanted = (name) => !fromResults && (only === null || only.has(name));

if (wanted('lifecycle'))
  fromChild('lifecycle', 'suites/lifecycle.ts', [
    ['transition-vs-xstate', 'transitions/s', 'higher', 50],
    ['transition-vs-floor', 'transitions/s', 'higher', 1 / 3],
  ]);

for (const job of ['approval', 'trap', 'expiry']) {
  if (!wanted(job)) continue;
  const name = JOB_NAMES[job];
  const runs = [];
  let missing = null;
  // 1M runs in a process of its own, so that its peak memory is not the smaller sizes' leftovers.
  const groups = [JOB_SIZES[job].filter((n) => n < 1_000_000), JOB_SIZES[job].filter((n) => n >= 1_000_000)].filter((g) => g.length);
  for (const group of groups) {
    const result = runChild(`${job}-${group.join('-')}`, 'suites/jobs.ts', ['--job', job, '--sizes', group.join(',')]);
    if (result.error) {
      missing = result.error;
      break;
    }
    for (const raw of result.raw) {
      if (raw.missing) {
        missing = raw.missing;
        break;
      }
      runs.push(raw);
      const perItemUs = (ms) => (ms * 1000) / raw.items;
      measurements.push(
        { suite: job, label: `${name} ${raw.size}: per item`, value: perItemUs(raw.oursMs), unit: 'µs' },
        { suite: job, label: `${name} ${raw.size}: floor per item`, value: perItemUs(raw.floorMs), unit: 'µs' },
        { suite: job, label: `${name} ${raw.size}: tight floor per item`, value: perItemUs(raw.tightMs), unit: 'µs' },
        { suite: job, label: `${name} ${raw.size}: peak RSS during the job (data included)`, value: raw.peakRssMiB, unit: 'MiB' },
        { suite: job, label: `${name} ${raw.size}: live heap of the data before it`, value: raw.liveHeapMiB, unit: 'MiB' },
      );
    }
    if (missing !== null) break;
  }
  if (missing !== null || runs.length < 2) {
    const why = missing ?? 'fewer than two sizes ran';
    comparisons.push(makeMissingComparison(`${name}-vs-tight-floor`, 'µs/item', 'lower', 4, why));
    comparisons.push(makeMissingComparison(`${name}-vs-floor`, 'µs/item', 'lower', 3, why));
    comparisons.push(makeMissingComparison(`${name}-growth`, 'ms', 'lower', 12, why));
    if (job === 'approval') comparisons.push(makeMissingComparison(`${name}-peak-rss`, 'MiB', 'lower', 1, why));
    continue;
  }
  const [prev, last] = runs.slice(-2);
  comparisons.push(
    makeComparison(`${name}-vs-tight-floor`, (last.oursMs * 1000) / last.items, (last.tightMs * 1000) / last.items, 'µs/item', 'lower', 4, { size: last.size }),
    makeComparison(`${name}-vs-floor`, (last.oursMs * 1000) / last.items, (last.floorMs * 1000) / last.items, 'µs/item', 'lower', 3, { size: last.size }),
    makeComparison(`${name}-growth`, last.oursMs, prev.oursMs, 'ms', 'lower', 12, { sizes: [prev.size, last.size], floorGrowth: last.floorMs / prev.floorMs }),
  );
  measurements.push(
    { suite: job, label: `${name}: the floor's own growth, t(${last.size}) / t(${prev.size})`, value: last.floorMs / prev.floorMs, unit: '×' },
    { suite: job, label: `${name}: the tight floor's own growth, t(${last.size}) / t(${prev.size})`, value: last.tightMs / prev.tightMs, unit: '×' },
    { suite: job, label: `${name} ${last.size}: string-sorting floor ÷ tight floor`, value: last.floorMs / last.tightMs, unit: '×' },
  );
  // CPU time (every thread of the process) does not count other processes' turns on a shared
  // machine, so its growth is what the wall-clock growth would be on a quiet one, or near it.
  if (last.oursCpuMs !== undefined && prev.oursCpuMs !== undefined)
    measurements.push(
      { suite: job, label: `${name}: CPU growth, t(${last.size}) / t(${prev.size})`, value: last.oursCpuMs / prev.oursCpuMs, unit: '×' },
      { suite: job, label: `${name} ${last.size}: CPU time ÷ tight floor's CPU time`, value: last.oursCpuMs / last.tightCpuMs, unit: '×' },
    );
  if (job === 'approval') {
    // The memory figure comes from a run of its own with the heap capped at the budget, as a host
    // that must fit in 1.5 GiB would run it: V8 then collects instead of growing.
    const label = `approval-${last.size}-memory`;
    const probe = runChild(label, 'suites/jobs.ts', ['--job', job, '--sizes', String(last.size), '--mode', 'memory'], MEMORY_BUDGET_MIB);
    const raw = probe.error ? null : probe.raw[0];
    if (raw && !raw.missing) {
      comparisons.push(
        makeComparison(`${name}-peak-rss`, raw.peakRssMiB, MEMORY_BUDGET_MIB, 'MiB', 'lower', 1, { size: last.size, note: 'other is the 1.5 GiB budget; heap capped at it' }),
      );
      measurements.push(
        { suite: job, label: `${name} ${last.size}: peak RSS, heap capped at 1.5 GiB`, value: raw.peakRssMiB, unit: 'MiB' },
        { suite: job, label: `${name} ${last.size}: RSS of the data alone, heap capped`, value: raw.baselineRssMiB, unit: 'MiB' },
      );
    } else {
      if (probe.error) crashes.pop();
      comparisons.push(makeMissingComparison(`${name}-peak-rss`, 'MiB', 'lower', 1, `${probe.error ?? raw?.missing}: did not finish within a 1.5 GiB heap`));
    }
  }
}

if (wanted('calendar'))
  fromChild('calendar', 'suites/calendar.ts', [
    ['hold-last-day-vs-date-fns', 'dates/s', 'higher', 20],
    ['next-open-day-vs-date-fns', 'dates/s', 'higher', 20],
  ]);

// The service, postgres and simulation suites load dist/ (bench/lib/built-package.ts): it is built
// again when a file of src/ (or the build's configuration) is newer than it.
function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}
function ensureBuilt() {
  const built = join(ROOT, 'dist', 'index.js');
  const sources = Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'tsup.config.ts')), newestMtime(join(ROOT, 'package.json')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  process.stderr.write('\n▶ build (dist/ is older than src/)\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const child = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (child.status !== 0) throw new Error(`npm run build exited with ${child.status ?? child.signal}`);
}
if (wanted('service') || wanted('postgres') || wanted('simulation')) ensureBuilt();

if (wanted('service'))
  fromChild('service', 'suites/service.ts', [
    ['service-submit-sqlite-vs-raw-sql', 'submissions/s', 'higher', 1 / 2],
    ['service-submit-sqlite-vs-raw-sql-two-transactions', 'submissions/s', 'higher', 1 / 2],
    ['service-batch-sqlite-vs-raw-sql', 'ms', 'lower', 2],
  ]);

// A throwaway PostgreSQL server of its own (scripts/pg-start.sh); without PostgreSQL binaries the
// entries are written with the reason in `missing`.
if (wanted('postgres'))
  fromChild('postgres', 'suites/postgres.ts', [
    ['service-batch-postgres-vs-raw-sql', 'ms', 'lower', 3],
    ['service-submit-postgres-vs-raw-sql', 'submissions/s', 'higher', 1 / 3],
    ['service-submit-postgres-4-processes-vs-raw-sql', 'submissions/s', 'higher', 1 / 3],
  ]);

if (wanted('scenario'))
  fromChild('scenario', 'suites/scenario.ts', [[`scenario-${quick ? 500 : 2500}-steps-vs-whole-reads`, 'ms', 'lower', 0.1]]);
if (wanted('simulation'))
  fromChild('simulation', 'suites/simulation.ts', [
    ['simulation-memory-vs-budget', 's', 'lower', 1],
    ['simulation-sqlite-vs-budget', 's', 'lower', 1],
  ]);

if (wanted('size')) {
  process.stderr.write('\n▶ size\n');
  try {
    const s = await measureSizes('auto');
    const note = { source: s.source };
    comparisons.push(
      makeComparison('core-size-vs-xstate', s.core.gzip, s.xstate.gzip, 'bytes min+gz', 'lower', 1, note),
      makeComparison('core-size-vs-budget', s.core.gzip, BUDGETS.core, 'bytes min+gz', 'lower', 1, { ...note, note: 'other is the budget of bench/size-limit.mjs' }),
      makeComparison('package-size-vs-budget', s.index.gzip, BUDGETS.index, 'bytes min+gz', 'lower', 1, { ...note, note: 'other is the budget of bench/size-limit.mjs' }),
    );
    measurements.push(
      { suite: 'size', label: `core entry (${s.source}/), minified`, value: s.core.minified, unit: 'bytes' },
      { suite: 'size', label: `whole package (${s.source}/), minified`, value: s.index.minified, unit: 'bytes' },
      { suite: 'size', label: 'XState createMachine + transition, minified', value: s.xstate.minified, unit: 'bytes' },
    );
  } catch (e) {
    crashes.push(`size: ${e.message}`);
    for (const n of ['core-size-vs-xstate', 'core-size-vs-budget', 'package-size-vs-budget'])
      comparisons.push(makeMissingComparison(n, 'bytes min+gz', 'lower', 1, `size: ${e.message}`));
  }
}

const RESULTS_FILE = join(ROOT, 'bench', 'results.json');
const SUITES = ['lifecycle', 'approval', 'trap', 'expiry', 'calendar', 'service', 'postgres', 'scenario', 'simulation', 'size'];
function suiteOf(comparison) {
  const n = comparison.name;
  if (n.startsWith('transition-')) return 'lifecycle';
  if (n.startsWith('approval-batch-')) return 'approval';
  if (n.startsWith('trap-copies-')) return 'trap';
  if (n.startsWith('hold-expiry-')) return 'expiry';
  if (n.endsWith('-vs-date-fns')) return 'calendar';
  if (n.startsWith('service-') && n.includes('-postgres')) return 'postgres';
  if (n.startsWith('service-')) return 'service';
  if (n.startsWith('scenario-')) return 'scenario';
  if (n.startsWith('simulation-')) return 'simulation';
  return 'size';
}
/** With --only, the other suites' entries of the existing file are kept (and named in a note). */
function merged() {
  const fresh = { node: process.version, quick, comparisons, measurements, notes };
  if (only === null || !existsSync(RESULTS_FILE)) return fresh;
  const old = JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));
  if (validateResults(old).length > 0) return fresh;
  const kept = SUITES.filter((suite) => !only.has(suite) && old.comparisons.some((c) => suiteOf(c) === suite));
  if (kept.length === 0) return fresh;
  const keep = (suite) => kept.includes(suite);
  return {
    ...fresh,
    comparisons: SUITES.flatMap((suite) => (keep(suite) ? old.comparisons : comparisons).filter((c) => suiteOf(c) === suite)),
    measurements: SUITES.flatMap((suite) => (keep(suite) ? old.measurements ?? [] : measurements).filter((m) => m.suite === suite)),
    notes: [...notes, ...(old.notes ?? []).filter((n) => !n.startsWith('entries of ')), `entries of ${kept.join(', ')} are from an earlier run (${old.node}${old.quick ? ', --quick' : ''})`],
  };
}
const results = fromResults ? { notes: [], measurements: [], ...JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) } : merged();
const problems = validateResults(results);
if (problems.length) {
  console.error(`bench: results do not match their shape:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (!fromResults) writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
console.log(formatTable(results));
if (!fromResults) console.log('\nwrote bench/results.json');
if (writeDocs) {
  const file = join(ROOT, 'docs', 'performance.md');
  const page = readFileSync(file, 'utf8');
  const start = '<!-- bench-results:start -->';
  const end = '<!-- bench-results:end -->';
  const [before, rest] = page.split(start);
  const after = rest?.split(end)[1];
  if (before === undefined || after === undefined) throw new Error(`docs/performance.md has no ${start} … ${end} region`);
  writeFileSync(file, `${before}${start}\n${markdownTables(results)}\n${end}${after}`);
  console.log('updated docs/performance.md');
}
if (crashes.length) {
  console.error(`\nbench: ${crashes.length} suite(s) crashed:\n  ${crashes.join('\n  ')}`);
  process.exit(1);
}

function markdownTables(r) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `Node ${r.node}${r.quick ? ', `--quick`' : ''}, ${cpus().length} × ${cpu}, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| comparison | ours | other | unit | ratio | target | met |',
    '| --- | ---: | ---: | --- | ---: | ---: | --- |',
    ...r.comparisons.map((c) =>
      `| ${c.name} | ${fmt(c.ours)} | ${fmt(c.other)} | ${c.unit} | ${c.ratio === null ? '—' : c.ratio.toPrecision(3)} | ${c.better === 'higher' ? '≥' : '≤'} ${Number(c.target.toPrecision(3))} | ${c.missing ? `missing (${c.missing})` : c.met ? 'yes' : '**no**'} |`,
    ),
    '',
    '| measurement | value |',
    '| --- | ---: |',
    ...r.measurements.map((m) => `| ${m.label} | ${fmt(m.value)} ${m.unit} |`),
  ];
  if (r.notes.length) lines.push('', ...r.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

function fmt(n) {
  if (n === null) return '—';
  const a = Math.abs(n);
  if (a >= 1e6) return `${(n / 1e6).toPrecision(3)}M`;
  if (a >= 1e4) return `${(n / 1e3).toPrecision(3)}k`;
  if (a >= 100) return n.toFixed(0);
  return n.toPrecision(3);
}

function formatTable(r) {
  const head = ['comparison', 'ours', 'other', 'unit', 'ratio', 'target', 'met'];
  const rows = r.comparisons.map((c) => [
    c.name,
    fmt(c.ours),
    fmt(c.other),
    c.unit,
    c.ratio === null ? '—' : c.ratio.toPrecision(3),
    `${c.better === 'higher' ? '≥' : '≤'} ${Number(c.target.toPrecision(3))}`,
    c.missing ? `missing: ${c.missing}` : c.met ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (i === 6 ? 0 : row[i].length))));
  const line = (cells) => cells.map((c, i) => (i === 6 ? c : c.padEnd(widths[i]))).join('  ');
  const out = [`\nNode ${r.node}${r.quick ? ' (--quick)' : ''}`, line(head), line(widths.map((w, i) => (i === 6 ? '---' : '-'.repeat(w)))), ...rows.map(line)];
  if (r.measurements.length) {
    out.push('', 'measurements');
    const w = Math.max(...r.measurements.map((m) => m.label.length));
    for (const m of r.measurements) out.push(`  ${m.label.padEnd(w)}  ${fmt(m.value).padStart(8)} ${m.unit}`);
  }
  if (r.notes.length) out.push('', 'notes', ...r.notes.map((n) => `  ${n}`));
  return out.join('\n');
}
