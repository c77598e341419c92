// Opens the built documentation site in headless Chromium and checks what a reader sees:
//   - the home page renders the README (its title and every section heading);
//   - the lifecycle page renders the state diagram: an SVG with a visible size that names every
//     status in code, Japanese and English, and has an arrow for every transition;
//   - the Japanese search (search-ja.html) finds 北杜, 予約申請中 and 取置期限 on exactly the pages
//     whose content has them, read from the built files; Japanese text is marked lang="ja";
//   - a function page (holdLastDay) shows its signature, its example and a link to its source;
//   - no page request fails and no script error occurs on any of these pages;
//   - the playground, from file://, plays the demo and shows a broken scenario's error
//     (scripts/check-playground.mjs; its screenshots are kept in .tmp/screenshots unless
//     --screenshots names another folder).
// The site is served on 127.0.0.1 at a random port; nothing leaves the machine.
//
//   node scripts/check-site.mjs [--site DIR] [--screenshots DIR]
//     exits 1 on any failure, 2 on a timeout; the site defaults to docs/site
//
// Needs Chromium at /usr/bin/chromium (Debian: apt-get install chromium), or CHROMIUM_PATH.
import { checkYearPage, yearPageFile } from './check-year-page.mjs';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { contentText } from './docs-ja.mjs';
import { checkPlayground } from './check-playground.mjs';
import { ROOT } from './docs-entry-points.mjs';

const JAPANESE_WORDS = ['北杜', '予約申請中', '取置期限'];
const FUNCTION_PAGE = 'functions/yoyaku-rules.holdLastDay.html';

/** Every HTML page of the site, by its URL relative to the site. */
function sitePages(dir = SITE, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return sitePages(join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name.endsWith('.html') ? [`${prefix}${entry.name}`] : [];
  });
}

const siteAt = process.argv.indexOf('--site');
const SITE = resolve(siteAt === -1 ? join(ROOT, 'docs', 'site') : (process.argv[siteAt + 1] ?? '.'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TOTAL_TIMEOUT_MS = 150_000;
const PAGE_TIMEOUT_MS = 30_000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** A static file server for the site, on 127.0.0.1 and a port the system picks. */
function serve(root) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

/** The status names the diagram must show, from the built package. */
async function statusNames() {
  const lib = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
  return Object.entries(lib.RESERVATION_STATUS_LABELS).map(([code, label]) => ({ code, ja: label.ja, en: label.en }));
}

function readmeExpectations() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  const title = /^# (.+)$/m.exec(readme)?.[1]?.trim();
  const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
  return { title, sections };
}

function lifecyclePage() {
  const documents = join(SITE, 'documents');
  const page = existsSync(documents) ? readdirSync(documents).find((f) => /^lifecycle\.html$/i.test(f)) : undefined;
  return page === undefined ? undefined : `documents/${page}`;
}

async function openPage(browser, url, problems) {
  const page = await browser.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  page.on('pageerror', (error) => problems.push(`${url}: script error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`${url}: request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${url}: HTTP ${response.status()} for ${response.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || !response.ok()) problems.push(`${url}: HTTP ${response?.status() ?? 'no response'}`);
  // TypeDoc hides the body until its script shows the page (or a 500 ms timer does): on a busy
  // machine, sizes measured before that are 0×0.
  await page.waitForFunction(() => document.body !== null && getComputedStyle(document.body).display !== 'none');
  return page;
}

async function check(screenshots) {
  const problems = [];
  if (!existsSync(join(SITE, 'index.html'))) return [`no site in ${SITE}: run npm run docs first`];
  if (!existsSync(CHROMIUM)) return [`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`];
  const statuses = await statusNames();
  const readme = readmeExpectations();
  const lifecycle = lifecyclePage();
  if (!lifecycle) problems.push('no lifecycle page in docs/site/documents');

  const server = await serve(resolve(SITE));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'yoyaku-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
  try {
    const home = await openPage(browser, base, problems);
    await home.setViewport({ width: 1280, height: 900 });
    const seen = await home.evaluate(() => {
      const content = document.querySelector('.col-content .tsd-typography') ?? document.querySelector('.col-content');
      return {
        headings: [...(content?.querySelectorAll('h1, h2') ?? [])].map((h) => h.textContent?.trim() ?? ''),
        code: [...(content?.querySelectorAll('pre code') ?? [])].map((c) => c.textContent ?? '').join('\n'),
      };
    });
    if (!readme.title || !seen.headings.includes(readme.title)) problems.push(`home page: README title "${readme.title}" not rendered (headings: ${seen.headings.join(' | ')})`);
    for (const section of readme.sections) {
      if (!seen.headings.includes(section)) problems.push(`home page: README section "${section}" not rendered`);
    }
    if (!seen.code.includes('yoyaku-rules')) problems.push('home page: the README example is not rendered');
    if (screenshots) await home.screenshot({ path: join(screenshots, 'home.png'), fullPage: false });

    const year = yearPageFile(existsSync(join(SITE, 'documents')) ? readdirSync(join(SITE, 'documents')) : []);
    if (!year) problems.push('no "A year at Hokuto" page in docs/site/documents');
    else await checkYearPage(await openPage(browser, base + year, problems), year, problems, screenshots);

    if (lifecycle) {
      const page = await openPage(browser, base + lifecycle, problems);
      await page.setViewport({ width: 1280, height: 900 });
      const diagram = await page.evaluate(() => {
        const svg = document.querySelector('svg#lifecycle-diagram');
        if (!svg) return null;
        const box = svg.getBoundingClientRect();
        return {
          width: box.width,
          height: box.height,
          text: [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n'),
          states: [...svg.querySelectorAll('[data-state]')].map((g) => g.getAttribute('data-state')),
          edges: svg.querySelectorAll('path.edge').length,
        };
      });
      if (!diagram) problems.push(`${lifecycle}: no svg#lifecycle-diagram`);
      else {
        if (diagram.width < 200 || diagram.height < 150) problems.push(`${lifecycle}: the diagram is rendered ${diagram.width}×${diagram.height}`);
        for (const s of statuses) {
          if (!diagram.states.includes(s.code)) problems.push(`${lifecycle}: no state ${s.code} in the diagram`);
          for (const name of [s.code, s.ja, s.en]) if (!diagram.text.includes(name)) problems.push(`${lifecycle}: the diagram does not show "${name}"`);
        }
        if (diagram.edges === 0) problems.push(`${lifecycle}: the diagram has no arrows`);
      }
      if (screenshots) {
        const svg = await page.$('svg#lifecycle-diagram');
        if (svg) await svg.screenshot({ path: join(screenshots, 'lifecycle-diagram.png') });
        await page.screenshot({ path: join(screenshots, 'lifecycle.png'), fullPage: false });
      }
    }

    const texts = sitePages().filter((url) => url !== 'search-ja.html').map((url) => ({ url, text: contentText(readFileSync(join(SITE, url), 'utf8')) }));
    for (const word of JAPANESE_WORDS) {
      const expected = texts.filter((p) => p.text.includes(word)).map((p) => p.url).sort();
      if (expected.length === 0) problems.push(`no page of the site has "${word}"`);
      const page = await openPage(browser, `${base}search-ja.html?q=${encodeURIComponent(word)}`, problems);
      await page.setViewport({ width: 1280, height: 900 });
      const found = await page.evaluate(() => [...document.querySelectorAll('#results .ja-result a')].map((a) => a.getAttribute('href') ?? ''));
      const missing = expected.filter((url) => !found.includes(url));
      const extra = found.filter((url) => !expected.includes(url));
      if (missing.length > 0) problems.push(`search-ja.html?q=${word}: misses ${missing.length} of ${expected.length} pages: ${missing.slice(0, 5).join(', ')}`);
      if (extra.length > 0) problems.push(`search-ja.html?q=${word}: finds pages without it: ${extra.slice(0, 5).join(', ')}`);
      if (screenshots && word === '予約申請中') await page.screenshot({ path: join(screenshots, 'search-ja.png'), fullPage: false });
      await page.close();
    }

    const fn = await openPage(browser, base + FUNCTION_PAGE, problems);
    await fn.setViewport({ width: 1280, height: 900 });
    const shown = await fn.evaluate(() => {
      const content = document.querySelector('.col-content');
      const ja = [...document.querySelectorAll('.col-content *')].find((el) => el.children.length === 0 && /[\u3040-\u30ff\u4e00-\u9fff]/.test(el.textContent ?? ''));
      return {
        height: content?.getBoundingClientRect().height ?? 0,
        signature: document.querySelector('.tsd-signature')?.textContent ?? '',
        example: [...(content?.querySelectorAll('pre code') ?? [])].map((c) => c.textContent ?? '').join('\n'),
        source: [...document.querySelectorAll('.tsd-sources a')].map((a) => a.getAttribute('href') ?? ''),
        jaLang: ja === undefined ? null : (ja.closest('[lang]')?.getAttribute('lang') ?? null),
        searchBox: document.querySelector('form.ja-search input[name="q"]') !== null,
      };
    });
    if (!shown.signature.includes('holdLastDay(')) problems.push(`${FUNCTION_PAGE}: no signature`);
    if (!shown.signature.includes('Policy')) problems.push(`${FUNCTION_PAGE}: the signature does not name Policy`);
    if (shown.signature.length > 200) problems.push(`${FUNCTION_PAGE}: the signature spells out a type (${shown.signature.length} characters)`);
    if (!shown.example.includes('holdLastDay')) problems.push(`${FUNCTION_PAGE}: no example`);
    if (shown.height > 3000) problems.push(`${FUNCTION_PAGE}: the page is ${Math.round(shown.height)} px tall`);
    if (!shown.source.some((href) => href.startsWith('https://github.com/hokuto-yoyaku/yoyaku-rules/blob/'))) problems.push(`${FUNCTION_PAGE}: no source link`);
    if (!shown.searchBox) problems.push(`${FUNCTION_PAGE}: no Japanese search box`);
    if (screenshots) await fn.screenshot({ path: join(screenshots, 'function-page.png'), fullPage: true });

    const rules = await openPage(browser, `${base}documents/The_rules.html`, problems);
    const lang = await rules.evaluate(() => {
      const el = [...document.querySelectorAll('.col-content *')].find((e) => e.children.length === 0 && /[\u3040-\u30ff\u4e00-\u9fff]/.test(e.textContent ?? ''));
      return el === undefined ? 'none' : (el.closest('[lang]')?.getAttribute('lang') ?? 'none');
    });
    if (lang !== 'ja') problems.push(`documents/The_rules.html: Japanese text is in lang "${lang}", not "ja"`);
    const shots = screenshots ?? join(ROOT, '.tmp', 'screenshots');
    mkdirSync(shots, { recursive: true });
    problems.push(...(await checkPlayground(browser, SITE, shots, base)));
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return problems;
}

async function main() {
  const at = process.argv.indexOf('--screenshots');
  const screenshots = at === -1 ? undefined : resolve(process.argv[at + 1] ?? '.tmp/screenshots');
  if (screenshots) mkdirSync(screenshots, { recursive: true });
  const timer = setTimeout(() => {
    console.error(`check-site: gave up after ${TOTAL_TIMEOUT_MS / 1000} s`);
    process.exit(2);
  }, TOTAL_TIMEOUT_MS);
  timer.unref();
  let problems;
  try {
    problems = await check(screenshots);
  } catch (error) {
    problems = [`check-site: ${error instanceof Error ? error.stack : String(error)}`];
  }
  clearTimeout(timer);
  if (problems.length) {
    console.error(`check-site: ${problems.length} problem(s):`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log('check-site: the home page shows the README, the lifecycle page the diagram with every status, the year page its charts, the Japanese search finds every page with 北杜, 予約申請中, 取置期限, and the function page its signature, example and source');
  console.log('check-site: the playground plays the demo from file:// to a pass and shows a broken scenario\'s error');
  if (screenshots) console.log(`check-site: screenshots in ${screenshots}`);
}

await main();
