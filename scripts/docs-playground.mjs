// Builds the playground page into docs/site/playground/: index.html and one local bundle,
// playground.js, made by esbuild (the bundler of tsup) from src/playground/page.ts for the browser.
// The page holds its data: the demo, the golden scenarios, each rule with the scenarios the rules
// reference lists for it (scripts/docs-rules.mjs), where each rule's section is, and the policy
// knobs of the rule catalogue. It loads nothing else: it works from file:// and any static host.
//
// Run by scripts/docs.mjs after TypeDoc (which empties the site). It also turns each
// `<a data-playground="ID">` of the site's pages (the rules reference's "play this rule") into a
// link to the playground opening that scenario (`playground/index.html?s=ID`).
//
//   node scripts/docs-playground.mjs [--site DIR]
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { scenariosByRule } from './docs-rules.mjs';
import { RULES } from './rules-catalogue.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PLAYGROUND_ENTRY = 'src/playground/page.ts';
const DEMO = 'examples/demo/hokuto-two-weeks.json';
const GOLDEN = 'test/scenarios';

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

function posix(path) {
  return path.split(sep).join('/');
}

/** Rule ID → the page and anchor of its section in the built rules reference. */
export function ruleSections(site) {
  const documents = join(site, 'documents');
  if (!existsSync(documents)) return {};
  // The rules reference is the page with the most `### ID: title` sections (other guides have a few).
  let best = {};
  for (const file of readdirSync(documents).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(documents, file), 'utf8');
    const sections = {};
    for (const m of html.matchAll(/<h3 id="([^"]+)"[^>]*>([A-HP]\d+): /g)) sections[m[2]] ??= `documents/${file}#${m[1]}`;
    if (Object.keys(sections).length > Object.keys(best).length) best = sections;
  }
  return best;
}

function scenarioEntry(file, group) {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const json = JSON.parse(text);
  return { id: basename(file, '.json'), file, group, name: String(json.name ?? ''), rules: json.rules ?? [], text };
}

/** The data the page embeds (src/playground/page-data.ts). */
export function playgroundData(site) {
  const golden = readdirSync(join(ROOT, GOLDEN)).filter((f) => f.endsWith('.json')).sort();
  const scenarios = [scenarioEntry(DEMO, 'demo'), ...golden.map((f) => scenarioEntry(`${GOLDEN}/${f}`, 'golden'))];
  const byRule = scenariosByRule();
  const rules = RULES.filter((r) => byRule.has(r.id)).map((r) => ({
    id: r.id,
    title: r.title,
    scenarios: byRule.get(r.id).map((s) => basename(s.file, '.json')),
  }));
  const knobs = new Map();
  for (const rule of RULES) for (const k of rule.knobs) knobs.set(k, [...(knobs.get(k) ?? []), rule.id]);
  const ruleHrefs = Object.fromEntries(Object.entries(ruleSections(site)).map(([id, href]) => [id, `../${href}`]));
  const rulesPage = Object.values(ruleHrefs)[0]?.split('#')[0] ?? '../index.html';
  return {
    defaultScenario: basename(DEMO, '.json'),
    scenarios,
    rules,
    ruleHrefs,
    knobs: [...knobs].map(([name, ruleIds]) => ({ name, rules: ruleIds })),
    links: { home: '../index.html', rules: rulesPage },
  };
}

/** The page's script, bundled for the browser: one file, no import left. */
export async function bundlePlayground({ minify = true } = {}) {
  const result = await build({
    entryPoints: [join(ROOT, PLAYGROUND_ENTRY)],
    bundle: true,
    minify,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const node = Object.keys(result.metafile.inputs).filter((f) => /(^|\/)node:|better-sqlite3|\/pg\//.test(f));
  if (node.length) throw new Error(`the playground bundle pulls in ${node.join(', ')}`);
  return result.outputFiles[0].text;
}

const CSS = `
:root { color-scheme: light dark; --fg: #1b1b1f; --bg: #fdfdfd; --muted: #5c5c66; --line: #d6d6dc; --panel: #f3f3f6;
  --ok: #1a7f37; --bad: #c62828; --warn: #9a6700; --link: #0b5cad; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8ec; --bg: #16161a; --muted: #a0a0aa; --line: #3a3a44; --panel: #202026;
  --ok: #4ac26b; --bad: #ff7b72; --warn: #d29922; --link: #6cb6ff; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "Hiragino Sans", "Noto Sans JP", "Yu Gothic", sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .75rem 1.25rem; border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.2rem; margin: 0; flex: 1 1 auto; }
header nav { display: flex; gap: 1rem; align-items: center; }
.lang button { font: inherit; padding: .15rem .6rem; border: 1px solid var(--line); background: var(--panel); color: var(--fg); cursor: pointer; }
.lang button[aria-pressed="true"] { background: var(--link); color: #fff; border-color: var(--link); }
.intro { margin: .75rem 1.25rem; color: var(--muted); max-width: 70rem; }
main { display: grid; grid-template-columns: minmax(22rem, 5fr) 7fr; gap: 1.25rem; padding: 0 1.25rem 2rem; }
@media (max-width: 60rem) { main { grid-template-columns: 1fr; } }
section { min-width: 0; }
h2 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
h3 { font-size: .95rem; margin: .9rem 0 .3rem; }
label.row { display: block; margin: .3rem 0; }
select, textarea, input[type=text], input[type=number] { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 4px; }
#menu { width: 100%; max-width: 100%; padding: .25rem; }
textarea { width: 100%; font: 12.5px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK JP", monospace; padding: .5rem; tab-size: 2; }
#editor { height: 26rem; }
#policy-file { height: 8rem; }
.help { color: var(--muted); font-size: .85rem; margin: .2rem 0; }
.errors { border: 1px solid var(--bad); border-left-width: 4px; background: color-mix(in srgb, var(--bad) 8%, var(--bg)); padding: .5rem .75rem; margin: .5rem 0; }
.errors .message { margin: .25rem 0; font-family: ui-monospace, monospace; font-size: .85rem; white-space: pre-wrap; word-break: break-word; }
.errors ul { margin: .25rem 0 0; padding-left: 1.25rem; }
.errors code { white-space: pre-wrap; word-break: break-word; }
.share { color: var(--muted); font-size: .85rem; }
.share.too-large { color: var(--warn); }
fieldset { border: 1px solid var(--line); border-radius: 4px; padding: .5rem .75rem; margin: .5rem 0; }
.knob { display: grid; grid-template-columns: 14rem 1fr auto; gap: .5rem; align-items: center; margin: .2rem 0; }
.knob input[type=text] { width: 100%; }
.knob input[type=number] { width: 6rem; }
.knob-rules { font-size: .8rem; color: var(--muted); }
.changed { color: var(--warn); font-weight: 600; }
#play { font: inherit; font-weight: 600; font-size: 1.05rem; padding: .45rem 1.6rem; margin: .75rem 0; background: var(--link); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
#play:disabled { opacity: .6; cursor: wait; }
.verdict { font-weight: 700; font-size: 1.1rem; margin: .4rem 0; }
.verdict.passed { color: var(--ok); }
.verdict.failed { color: var(--bad); }
#summary { color: var(--muted); margin: 0; }
#timeline { font: 12.5px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK JP", monospace; background: var(--panel);
  border: 1px solid var(--line); border-radius: 4px; padding: .75rem; overflow-x: auto; white-space: pre; }
#timeline .day { font-weight: 700; }
#timeline .held { color: var(--ok); }
#timeline .failed { color: var(--bad); font-weight: 600; }
#timeline .refused { color: var(--warn); }
#timeline .rules { color: var(--muted); }
#expectations { list-style: none; padding: 0; margin: 0; font-size: .9rem; }
#expectations li { padding: .15rem 0; border-bottom: 1px dotted var(--line); }
#expectations li.held { color: var(--ok); }
#expectations li.failed { color: var(--bad); font-weight: 600; }
#expectations .where { color: var(--muted); font-weight: 400; }
`;

function html(data, script) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Playground — yoyaku-rules</title>
<style>${CSS}</style>
</head>
<body>
<header>
  <h1 data-t="title">Playground: the rules, played in your browser</h1>
  <nav>
    <a href="${data.links.home}" data-t="docs">Documentation</a>
    <a href="${data.links.rules}" data-t="rules">The rules</a>
    <span class="lang" role="group" aria-label="Language / 言語"><button type="button" data-lang="ja" lang="ja">日本語</button><button type="button" data-lang="en" lang="en">English</button></span>
  </nav>
</header>
<p class="intro" data-t="intro"></p>
<noscript><p class="intro">The playground needs JavaScript (it runs the library in this page). / プレイグラウンドには JavaScript が必要です。</p></noscript>
<main>
  <section id="input">
    <h2 id="scenario-heading" data-t="scenario">Scenario</h2>
    <label class="row"><span data-t="menu">Pick a scenario</span> <span id="edited" class="changed"></span><br><select id="menu"></select></label>
    <textarea id="editor" spellcheck="false" autocomplete="off" aria-labelledby="scenario-heading"></textarea>
    <p class="help" data-t="editorHelp"></p>
    <div id="scenario-errors" class="errors" role="alert" hidden></div>
    <p id="share" class="share"></p>
    <h2 data-t="policy">Policy</h2>
    <label class="row"><input type="radio" name="policy-mode" value="preset" checked> <span data-t="presetMode"></span></label>
    <label class="row"><input type="radio" name="policy-mode" value="file"> <span id="file-mode" data-t="fileMode"></span></label>
    <fieldset id="knobs-panel">
      <p class="help" data-t="presetHelp"></p>
      <div id="knobs"></div>
      <button type="button" id="reset-knobs" data-t="resetKnobs">Reset the knobs</button>
    </fieldset>
    <fieldset id="file-panel" hidden>
      <p class="help" data-t="fileHelp"></p>
      <textarea id="policy-file" spellcheck="false" autocomplete="off" aria-labelledby="file-mode"></textarea>
      <div id="policy-errors" class="errors" role="alert" hidden></div>
    </fieldset>
    <label class="row"><span data-t="noticeLocale">Notices sent in</span> <select id="notice-locale"><option value="ja" lang="ja">日本語</option><option value="en" lang="en">English</option></select></label>
    <p class="help" data-t="noticeHelp"></p>
    <button type="button" id="play" data-t="play">Play</button>
  </section>
  <section id="result" data-state="idle" data-runs="0" aria-live="polite">
    <h2 data-t="result">Result</h2>
    <p id="verdict" class="verdict"></p>
    <p id="summary"></p>
    <h3 data-t="timeline">Timeline</h3>
    <pre id="timeline"></pre>
    <h3 data-t="expectations">Expectations</h3>
    <ul id="expectations"></ul>
  </section>
</main>
<script type="application/json" id="playground-data">${json}</script>
<script src="${script}"></script>
</body>
</html>
`;
}

/** Turns each `<a data-playground="ID">` of the site into a link to the playground. */
export function linkPlaygroundMentions(site) {
  const target = join(site, 'playground', 'index.html');
  let count = 0;
  for (const page of walk(site).filter((f) => f.endsWith('.html') && f !== target)) {
    const text = readFileSync(page, 'utf8');
    if (!text.includes('data-playground=')) continue;
    const base = posix(relative(dirname(page), target));
    const linked = text.replace(/<a data-playground="([^"]*)"(?![^>]*\shref=)/g, (_, id) => {
      count += 1;
      return `<a data-playground="${id}" href="${base}${id === '' ? '' : `?s=${encodeURIComponent(id)}`}"`;
    });
    writeFileSync(page, linked);
  }
  return count;
}

/** Writes the playground into the site and links the site's mentions of it. */
export async function buildPlayground(site = join(ROOT, 'docs', 'site')) {
  if (!existsSync(site) || !statSync(site).isDirectory()) throw new Error(`no site at ${site}: run TypeDoc first`);
  const data = playgroundData(site);
  const missing = data.rules.map((r) => r.id).filter((id) => data.ruleHrefs[id] === undefined);
  if (missing.length) throw new Error(`the rules reference has no section for ${missing.join(', ')}`);
  const out = join(site, 'playground');
  mkdirSync(out, { recursive: true });
  const script = await bundlePlayground();
  writeFileSync(join(out, 'playground.js'), script);
  writeFileSync(join(out, 'index.html'), html(data, 'playground.js'));
  const links = linkPlaygroundMentions(site);
  return { page: posix(relative(ROOT, join(out, 'index.html'))), scenarios: data.scenarios.length, bytes: Buffer.byteLength(script), links };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--site');
  const built = await buildPlayground(at === -1 ? undefined : process.argv[at + 1]);
  console.log(`playground: ${built.page} with ${built.scenarios} scenarios, ${(built.bytes / 1000).toFixed(1)} kB of script; ${built.links} links to it`);
}
