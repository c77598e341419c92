// `npm run docs`: builds the documentation site into docs/site.
//
//  1. builds the package (skip with --skip-build when dist is fresh, as in CI after the build);
//  2. checks that typedoc.json documents every subpath of the package's exports map;
//  3. regenerates docs/lifecycle.md and the generated regions of the other guides from the
//     built code (dist/index.js), so that they cannot drift from it, and runs the other guides'
//     generators (scripts/docs-rules.mjs);
//  4. fails when an export lacks its summary, @example or @category (scripts/check-examples.mjs);
//  5. runs TypeDoc (typedoc.json: warnings are errors) with the guides in reading order;
//  6. builds the playground into the site and links the rules reference to it
//     (scripts/docs-playground.mjs);
//  7. fails on a broken link inside the site (scripts/check-links.mjs).
//
// Other arguments go to TypeDoc as they are.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkLinks } from './check-links.mjs';
import { findUndocumentedExports } from './check-examples.mjs';
import { entryPoints, ROOT } from './docs-entry-points.mjs';
import { docsData, writeGeneratedDocs } from './docs-generate.mjs';
import { buildPlayground } from './docs-playground.mjs';

/** Generators of other guides, run when present (each writes its page): the rules reference. */
const OTHER_GENERATORS = ['scripts/docs-rules.mjs', 'scripts/docs-year.mjs'];

/** Guides in reading order; any other guide in docs/ follows, alphabetically. */
const GUIDE_ORDER = ['getting-started.md', 'lifecycle.md', 'rules.md', 'policy.md', 'calendar.md', 'integrating.md', 'scenarios.md', 'performance.md'];

function fail(message) {
  console.error(`docs: ${message}`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail(`${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`);
}

function step(title) {
  console.log(`\n--- docs: ${title}`);
}

export function orderedGuides(root = ROOT) {
  const present = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'));
  const known = GUIDE_ORDER.filter((f) => present.includes(f));
  const others = present.filter((f) => !GUIDE_ORDER.includes(f)).sort();
  return [...known, ...others].map((f) => `docs/${f}`);
}

async function main() {
  const skipBuild = process.argv.includes('--skip-build');

  if (skipBuild) {
    if (!existsSync(join(ROOT, 'dist', 'index.js'))) fail('--skip-build given but dist/index.js is missing: run npm run build');
  } else {
    step('build');
    run('npm', ['run', '--silent', 'build']);
  }

  step('entry points');
  const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8'));
  const documented = new Set(config.entryPoints);
  const exported = entryPoints();
  const missing = exported.filter((e) => !documented.has(e.source));
  if (missing.length) fail(`typedoc.json does not document ${missing.map((e) => `${e.specifier} (${e.source})`).join(', ')}`);
  const extra = [...documented].filter((s) => !exported.some((e) => e.source === s));
  if (extra.length) fail(`typedoc.json documents ${extra.join(', ')}, which package.json does not export`);
  console.log(exported.map((e) => `${e.specifier} ← ${e.source}`).join('\n'));

  step('generated guides');
  const lib = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
  const { z } = await import('zod');
  const written = writeGeneratedDocs(docsData(lib, z));
  console.log(written.length ? `updated ${written.join(', ')}` : 'lifecycle and policy pages up to date');
  for (const generator of OTHER_GENERATORS) {
    if (existsSync(join(ROOT, generator))) run(process.execPath, [generator]);
  }

  step('examples');
  const findings = findUndocumentedExports();
  if (findings.length) {
    for (const f of findings) console.error(`  ${f.file}:${f.line}  ${f.kind} ${f.name}: missing ${f.missing.join(', ')}`);
    fail(`${findings.length} export(s) lack a summary, @example, @category, @param or @returns (scripts/check-examples.mjs)`);
  }
  console.log('every export has a summary, an @example and a @category');

  step('typedoc');
  const guides = orderedGuides();
  const typedocBin = join(ROOT, 'node_modules', 'typedoc', 'bin', 'typedoc');
  const passThrough = process.argv.slice(2).filter((arg) => arg !== '--skip-build');
  run(process.execPath, [typedocBin, ...guides.flatMap((g) => ['--projectDocuments', g]), ...passThrough]);

  step('playground');
  const playground = await buildPlayground(join(ROOT, config.out ?? 'docs/site')).catch((e) => fail(`playground: ${e instanceof Error ? e.message : e}`));
  console.log(`${playground.page}: ${playground.scenarios} scenarios, ${(playground.bytes / 1000).toFixed(1)} kB of script, ${playground.links} links to it`);

  step('links');
  const { pages, links, broken } = checkLinks(join(ROOT, config.out ?? 'docs/site'));
  if (broken.length) {
    for (const b of broken) console.error(`  ${b.from}: ${b.href} (${b.reason})`);
    fail(`${broken.length} broken internal link(s)`);
  }
  console.log(`${links} internal links in ${pages} pages, none broken`);

  console.log(`\ndocs: site built in ${config.out ?? 'docs/site'} (${guides.length} guides)`);
}

await main();
