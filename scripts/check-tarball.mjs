#!/usr/bin/env node
// `node scripts/check-tarball.mjs`, after `npm run build`: the package as a user installs it.
//
//  1. packs the tarball once (npm pack) and installs it into an empty temporary project with
//     `--omit=optional`, so neither optional peer driver (better-sqlite3, pg) is there;
//  2. without the drivers: `yoyaku` alone, `--help`, `run <scenario>`, `check-policy <policy>`
//     (and `simulate` when `--help` lists it) must work; `run --store sqlite:…` must exit 2
//     naming the package to install, without a stack trace; every entry point that needs no
//     driver loads from ESM and CommonJS; `yoyaku-rules/sqlite` and `/postgres` fail naming
//     their driver; a consumer of those entries type-checks under NodeNext;
//  3. with the repository's drivers and their types linked in: every entry point loads from ESM
//     and CommonJS, `run --store sqlite:…` works, and a consumer of every entry type-checks
//     under `moduleResolution` `nodenext` (ESM and CommonJS files), `bundler` and `node` (node10).
//
// Needs the registry for the install (the package's own dependencies). Exits 1 on the first
// failed check, printing what it ran and what came back.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const DRIVERS = { sqlite: 'better-sqlite3', postgres: 'pg' };
const SCENARIO = 'test/scenarios/c1-approval-next-open-day.json';
const POLICY = 'examples/policy/hokuto-policy.json';
/** The arguments `yoyaku simulate` is run with, when the command exists (after its file is copied in). */
const SIMULATE_ARGS = ['simulate', '--days', '3'];
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const keep = process.argv.includes('--keep');
const started = Date.now();

function fail(message, result) {
  console.error(`\ncheck-tarball: FAIL ${message}`);
  if (result) {
    if (result.stdout) console.error(`--- stdout\n${result.stdout.slice(0, 4000)}`);
    if (result.stderr) console.error(`--- stderr\n${result.stderr.slice(0, 4000)}`);
  }
  process.exit(1);
}

function run(command, args, cwd, options = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000, env: { ...process.env, NO_COLOR: '1', ...options.env } });
  if (result.error) fail(`${command} ${args.join(' ')}: ${result.error.message}`);
  return result;
}

let last = Date.now();
function ok(label) {
  console.log(`  ok  ${label} (${((Date.now() - last) / 1000).toFixed(1)} s)`);
  last = Date.now();
}

const hasStack = (text) => /\n\s+at .+:\d+:\d+\)?\n/.test(text) || text.includes('ERR_MODULE_NOT_FOUND');

// 1. Pack once, install into an empty project without optional dependencies.
if (!existsSync(join(ROOT, 'dist', 'cli.js'))) fail('dist/ is missing: run `npm run build` first');
const work = mkdtempSync(join(tmpdir(), 'yoyaku-tarball-'));
const packed = run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
if (packed.status !== 0) fail('npm pack', packed);
const tarball = join(work, JSON.parse(packed.stdout)[0].filename);
const app = join(work, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
const installed = run('npm', ['install', '--omit=optional', '--no-audit', '--no-fund', '--no-package-lock', tarball], app);
if (installed.status !== 0) fail('npm install of the tarball', installed);
for (const driver of Object.values(DRIVERS)) {
  if (existsSync(join(app, 'node_modules', driver))) fail(`${driver} was installed: it must stay an optional peer dependency`);
}
ok(`packed ${PKG.name}@${PKG.version} and installed it with --omit=optional (no better-sqlite3, no pg)`);
copyFileSync(join(ROOT, SCENARIO), join(app, 'scenario.json'));
copyFileSync(join(ROOT, POLICY), join(app, 'policy.json'));

const bin = join(app, 'node_modules', '.bin', 'yoyaku');
function yoyaku(args, expected, label) {
  const result = run(bin, args, app);
  if (hasStack(result.stderr) || hasStack(result.stdout)) fail(`yoyaku ${args.join(' ')} printed a stack trace`, result);
  if (result.status !== expected) fail(`yoyaku ${args.join(' ')} exited ${result.status}, not ${expected}`, result);
  ok(label ?? `yoyaku ${args.join(' ')} (exit ${expected})`);
  return result;
}

const entries = Object.entries(PKG.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([subpath]) => ({ subpath, specifier: subpath === '.' ? PKG.name : `${PKG.name}/${subpath.slice(2)}`, driver: DRIVERS[subpath.slice(2)] }));

function load(entry, format) {
  const source =
    format === 'esm'
      ? `const m = await import(${JSON.stringify(entry.specifier)}); console.log(Object.keys(m).length);`
      : `console.log(Object.keys(require(${JSON.stringify(entry.specifier)})).length);`;
  return run(process.execPath, [`--input-type=${format === 'esm' ? 'module' : 'commonjs'}`, '-e', source], app);
}

function link(name) {
  const target = join(app, 'node_modules', name);
  mkdirSync(join(target, '..'), { recursive: true });
  if (!existsSync(target)) symlinkSync(join(ROOT, 'node_modules', name), target, 'dir');
}

// A consumer of every entry: each import is used, and a wrong use must be an error, so that an
// entry typed as `any` fails too.
const CONSUMER = {
  [PKG.name]: ['hokutoPolicy', 'const days: number = hokutoPolicy().holdDays;', 'const wrong: string = hokutoPolicy().holdDays;'],
  [`${PKG.name}/core`]: ['transition', 'const t: typeof transition = transition;', 'const wrong: number = transition;'],
  [`${PKG.name}/memory`]: ['createMemoryStorage', 'const m = createMemoryStorage();', 'const wrong: number = createMemoryStorage;'],
  [`${PKG.name}/testing`]: ['runScenario', 'const r: typeof runScenario = runScenario;', 'const wrong: number = runScenario;'],
  [`${PKG.name}/sqlite`]: ['createSqliteStorage', 'const s: typeof createSqliteStorage = createSqliteStorage;', 'const wrong: number = createSqliteStorage;'],
  [`${PKG.name}/postgres`]: ['createPostgresStorage', 'const p: typeof createPostgresStorage = createPostgresStorage;', 'const wrong: number = createPostgresStorage;'],
};

function writeConsumer(file, specifiers, style) {
  const lines = [];
  specifiers.forEach((specifier, i) => {
    const [name, use, wrong] = CONSUMER[specifier] ?? fail(`no consumer line for ${specifier}: add one to CONSUMER`);
    lines.push(style === 'require' ? `import m${i} = require(${JSON.stringify(specifier)});` : `import * as m${i} from ${JSON.stringify(specifier)};`);
    lines.push(`{\n  const ${name} = m${i}.${name};\n  ${use}\n  // @ts-expect-error the entry is typed, not any\n  ${wrong}\n}`);
  });
  writeFileSync(join(app, file), `${lines.join('\n')}\nexport {};\n`);
}

/** Starts type-checking consumers at once (tsc is most of this script's time); the function it returns waits and reports. */
function typecheck(checks) {
  const runs = checks.map(([label, moduleResolution, module, files]) => {
    const config = join(app, `tsconfig.${label}.json`);
    const compilerOptions = { strict: true, esModuleInterop: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022'], types: ['node'], module, moduleResolution };
    writeFileSync(config, JSON.stringify({ compilerOptions, files }, null, 2));
    return new Promise((done) => {
      const child = spawn(process.execPath, [TSC, '-p', config], { cwd: app });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (status) => done({ label, moduleResolution, module, files, status, stdout }));
    });
  });
  return async () => {
    for (const r of await Promise.all(runs)) {
      if (r.status !== 0) fail(`a consumer does not type-check under moduleResolution ${r.moduleResolution} (${r.label})`, r);
      ok(`a consumer type-checks under moduleResolution ${r.moduleResolution}, module ${r.module} (${r.label}): ${r.files.join(', ')}`);
    }
  };
}

// 2. Without the drivers. Meanwhile a consumer of the entries that need none type-checks (with
// @types/node, which any Node project has: zod's types name URL).
link('@types/node');
writeConsumer('no-drivers.ts', entries.filter((e) => e.driver === undefined).map((e) => e.specifier), 'import');
const noDriversChecked = typecheck([['no-drivers', 'nodenext', 'nodenext', ['no-drivers.ts']]]);

const alone = yoyaku([], 0, 'yoyaku alone prints its help (exit 0)');
if (!alone.stdout.includes('Usage:')) fail('yoyaku alone did not print its help', alone);
const help = yoyaku(['--help'], 0);
yoyaku(['run', 'scenario.json'], 0);
yoyaku(['check-policy', 'policy.json'], 0);
if (/^\s+simulate\b/m.test(help.stdout)) yoyaku(SIMULATE_ARGS, 0);
else ok('yoyaku simulate: not in --help, not checked');
const noDriver = yoyaku(['run', 'scenario.json', '--store', 'sqlite:library.db'], 2, 'yoyaku run --store sqlite:… without better-sqlite3 exits 2');
if (!noDriver.stderr.includes('npm install better-sqlite3')) fail('the missing driver message does not say what to install', noDriver);

for (const entry of entries) {
  for (const format of ['esm', 'cjs']) {
    const result = load(entry, format);
    if (entry.driver === undefined && (result.status !== 0 || Number(result.stdout.trim()) === 0)) fail(`${entry.specifier} from ${format} without the drivers`, result);
    if (entry.driver !== undefined && (result.status === 0 || !result.stderr.includes(`'${entry.driver}'`))) {
      fail(`${entry.specifier} from ${format} without ${entry.driver} must fail naming it`, result);
    }
  }
}
ok('without the drivers, every other entry loads from ESM and CommonJS; /sqlite and /postgres fail naming their driver');

const schemas = Object.keys(PKG.exports).filter((subpath) => subpath.startsWith('./schema/'));
for (const subpath of schemas) {
  const specifier = `${PKG.name}/${subpath.slice(2)}`;
  const source = `const s = require(${JSON.stringify(specifier)}); console.log(s.$id ?? '');`;
  const result = run(process.execPath, ['--input-type=commonjs', '-e', source], app);
  if (result.status !== 0 || !result.stdout.trim().startsWith('http')) fail(`${specifier} does not resolve to a JSON Schema with an $id`, result);
}
if (schemas.length > 0) ok(`the JSON Schemas resolve: ${schemas.map((s) => `${PKG.name}/${s.slice(2)}`).join(', ')}`);
await noDriversChecked();

// 3. With the drivers (and their types) linked in from the repository.
for (const name of [...Object.values(DRIVERS), '@types/better-sqlite3', '@types/pg']) link(name);
const all = entries.map((e) => e.specifier);
writeConsumer('consumer.ts', all, 'import');
writeConsumer('consumer.cts', all, 'require');
const allChecked = typecheck([
  ['nodenext', 'nodenext', 'nodenext', ['consumer.ts', 'consumer.cts']],
  ['bundler', 'bundler', 'esnext', ['consumer.ts']],
  ['node10', 'node10', 'commonjs', ['consumer.ts']],
]);
for (const entry of entries) {
  for (const format of ['esm', 'cjs']) {
    const result = load(entry, format);
    if (result.status !== 0 || Number(result.stdout.trim()) === 0) fail(`${entry.specifier} from ${format} with the drivers`, result);
  }
}
ok(`with better-sqlite3 and pg, every entry loads from ESM and CommonJS: ${all.join(', ')}`);
yoyaku(['run', 'scenario.json', '--store', 'sqlite:library.db'], 0, 'yoyaku run --store sqlite:… with better-sqlite3 (exit 0)');
await allChecked();

if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`  (kept ${work})`);
console.log(`check-tarball: the installed package works (${((Date.now() - started) / 1000).toFixed(1)} s)`);
