// The playground's part of the site check (scripts/check-site.mjs), in headless Chromium, from
// file:// (no server):
//   - the page loads with no request leaving file://, no script error;
//   - in Japanese, Play runs the default scenario (the demo): the timeline shows the four statuses
//     of the guide (予約申請中, 予約中, 予約拒否, お取置き), its rule IDs link to sections of the
//     rules reference that exist, and the verdict is a pass;
//   - in English, the labels and the timeline's statuses are English;
//   - a broken scenario shows the command line's message (file, step, field) under the editor,
//     no stack trace, and the address then holds the edited scenario;
//   - a pasted policy file: a misspelt setting is refused under the panel, a valid one changes
//     the run (the demo's eighth reservation is no longer refused, so its expectation fails);
//   - the rules reference's "play this rule" opens that rule's scenario, which passes;
//   - served over HTTP (a static host), a scenario named in the address plays too.
// Screenshots: playground.png, playground-en.png, playground-error.png.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const STATUSES = ['予約申請中', '予約中', '予約拒否', 'お取置き'];
const STATUSES_EN = ['Requested', 'Reserved', 'Rejected', 'On hold'];
const BROKEN_VOLUME = 'no-such/1';

function fileOf(href) {
  const url = new URL(href);
  return { file: fileURLToPath(url), anchor: decodeURIComponent(url.hash.slice(1)) };
}

async function open(browser, url, problems, own = true, origin = 'file://') {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  await page.setViewport({ width: 1400, height: 1000 });
  page.on('pageerror', (error) => problems.push(`playground: script error: ${error.message}`));
  page.on('console', (message) => {
    if (own && message.type() === 'error') problems.push(`playground: console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`playground: a request left ${origin}: ${request.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Presses a button (or changes the language) and waits for the run it starts to end. */
async function playAfter(page, action) {
  const before = Number(await page.$eval('#result', (el) => el.dataset.runs ?? '0'));
  await action();
  await page.waitForFunction((n) => Number(document.querySelector('#result')?.dataset.runs ?? '0') > n && document.querySelector('#result')?.dataset.state !== 'playing', {}, before);
  return page.evaluate(() => ({
    state: document.querySelector('#result')?.dataset.state,
    lang: document.documentElement.lang,
    verdict: document.querySelector('#verdict')?.textContent ?? '',
    timeline: document.querySelector('#timeline')?.textContent ?? '',
    // the reservations' changes of state (◆ lines), where the statuses are shown
    changes: [...document.querySelectorAll('#timeline .change')].map((line) => line.textContent ?? '').join('\n'),
    ruleLinks: [...document.querySelectorAll('#timeline a.rule')].map((a) => ({ id: a.textContent, href: a.href })),
    expectations: document.querySelectorAll('#expectations li').length,
    errors: document.querySelector('#scenario-errors')?.hidden ? '' : (document.querySelector('#scenario-errors')?.textContent ?? ''),
    play: document.querySelector('#play')?.textContent ?? '',
    menu: document.querySelector('#menu')?.value ?? '',
    hash: location.hash,
  }));
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} site - the built site
 * @param {string} screenshots - where to keep the screenshots
 * @param {string} [served] - the site's address on a local static server, ending with `/`
 * @returns {Promise<string[]>} the problems found
 */
export async function checkPlayground(browser, site, screenshots, served) {
  const problems = [];
  const index = join(site, 'playground', 'index.html');
  if (!existsSync(index)) return [`no playground at ${index}: run npm run docs`];
  const page = await open(browser, pathToFileURL(index).href, problems);

  const ja = await playAfter(page, async () => {
    const lang = await page.evaluate(() => document.documentElement.lang);
    // The page plays on load; choosing 日本語 (from English) plays again, else press Play.
    await page.waitForFunction(() => Number(document.querySelector('#result')?.dataset.runs ?? '0') > 0);
    if (lang === 'ja') await page.click('#play');
    else await page.click('button[data-lang="ja"]');
  });
  if (ja.lang !== 'ja') problems.push(`playground: the page is in "${ja.lang}" after choosing 日本語`);
  if (ja.play !== '再生') problems.push(`playground: the Play button reads "${ja.play}" in Japanese`);
  if (ja.state !== 'passed') problems.push(`playground: the default scenario ended "${ja.state}": ${ja.verdict} ${ja.errors}`);
  if (!ja.verdict.includes('合格')) problems.push(`playground: no passing verdict (verdict: "${ja.verdict}")`);
  for (const status of STATUSES) if (!ja.changes.includes(`→ ${status}`)) problems.push(`playground: the timeline shows no reservation becoming ${status}`);
  if (ja.expectations === 0) problems.push('playground: no expectations listed');
  if (ja.ruleLinks.length === 0) problems.push('playground: no rule ID in the timeline links to the rules reference');
  for (const link of ja.ruleLinks.slice(0, 40)) {
    const { file, anchor } = fileOf(link.href);
    if (!existsSync(file)) problems.push(`playground: ${link.id} links to ${link.href}, no such file`);
    else if (!readFileSync(file, 'utf8').includes(`id="${anchor}"`)) problems.push(`playground: ${link.id} links to #${anchor}, no such section`);
    else if (!anchor.startsWith(`${link.id.toLowerCase()}-`)) problems.push(`playground: ${link.id} links to #${anchor}`);
  }
  await page.screenshot({ path: join(screenshots, 'playground.png'), fullPage: true });

  const en = await playAfter(page, () => page.click('button[data-lang="en"]'));
  if (en.lang !== 'en' || en.play !== 'Play') problems.push(`playground: English not shown after choosing English (lang ${en.lang}, button "${en.play}")`);
  for (const status of STATUSES_EN) if (!en.changes.includes(`→ ${status}`)) problems.push(`playground: the English timeline shows no reservation becoming ${status}`);
  if (en.state !== 'passed') problems.push(`playground: the default scenario ended "${en.state}" in English`);
  await page.screenshot({ path: join(screenshots, 'playground-en.png'), fullPage: false });

  const broken = await playAfter(page, async () => {
    await page.$eval(
      '#editor',
      (editor, volume) => {
        const scenario = JSON.parse(editor.value);
        const step = scenario.steps.find((s) => typeof s.args?.volumeId === 'string');
        step.args.volumeId = volume;
        editor.value = JSON.stringify(scenario, null, 2);
        editor.dispatchEvent(new Event('input', { bubbles: true }));
      },
      BROKEN_VOLUME,
    );
    await page.click('#play');
  });
  const step = await page.$eval('#editor', (editor, volume) => JSON.parse(editor.value).steps.findIndex((s) => s.args?.volumeId === volume), BROKEN_VOLUME);
  const expected = [`hokuto-two-weeks.json is not a valid scenario:`, `steps.${step}.args.volumeId: Unknown volume "${BROKEN_VOLUME}"`];
  if (broken.state !== 'error') problems.push(`playground: a broken scenario ended "${broken.state}"`);
  for (const text of expected) if (!broken.errors.includes(text)) problems.push(`playground: the error under the editor does not say "${text}" (it says "${broken.errors}")`);
  if (/\n\s+at |Error:/.test(broken.errors)) problems.push(`playground: the error shows a stack trace: ${broken.errors}`);
  await page.waitForFunction(() => location.hash.includes('z='), { timeout: 5_000 }).catch(() => problems.push('playground: the address does not hold the edited scenario'));
  await page.$eval('#scenario-errors', (el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(screenshots, 'playground-error.png'), fullPage: false });

  // Your own library: a misspelt setting is refused under the policy panel; a valid file plays.
  await page.select('#menu', 'hokuto-two-weeks');
  await page.waitForFunction(() => document.querySelector('#result')?.dataset.state === 'passed');
  await page.click('input[name="policy-mode"][value="file"]');
  const setPolicy = (text) => page.$eval('#policy-file', (el, t) => { el.value = t; el.dispatchEvent(new Event('input', { bubbles: true })); }, text);
  await setPolicy('{ "preset": "hokuto", "maxOnlin": 20 }');
  await playAfter(page, () => page.click('#play'));
  const policyError = await page.$eval('#policy-errors', (el) => (el.hidden ? '' : (el.textContent ?? '')));
  if (!policyError.includes('policy.json is not a valid policy:') || !policyError.includes('maxOnlin')) problems.push(`playground: a misspelt policy setting shows "${policyError}" under the policy panel`);
  await setPolicy('{ "preset": "hokuto", "maxOnline": 20 }');
  const own = await playAfter(page, () => page.click('#play'));
  if (own.state !== 'failed') problems.push(`playground: with maxOnline 20 the demo's E1 expectation should fail, it ended "${own.state}"`);
  await page.close();

  const rulesPage = join(site, (JSON.parse(readFileSync(index, 'utf8').match(/<script type="application\/json" id="playground-data">([\s\S]*?)<\/script>/)?.[1] ?? '{}').links?.rules ?? '').replace(/^\.\.\//, ''));
  if (!existsSync(rulesPage)) problems.push('playground: no rules reference to start from');
  else {
    const rules = await open(browser, pathToFileURL(rulesPage).href, problems, false);
    const link = await rules.$eval('a[data-playground]', (a) => ({ href: a.href, id: a.dataset.playground })).catch(() => null);
    await rules.close();
    if (link === null) problems.push('playground: the rules reference has no "play this rule" link');
    else {
      const played = await open(browser, link.href, problems);
      await played.waitForFunction(() => Number(document.querySelector('#result')?.dataset.runs ?? '0') > 0 && document.querySelector('#result')?.dataset.state !== 'playing');
      const seen = await played.evaluate(() => ({ menu: document.querySelector('#menu')?.value, state: document.querySelector('#result')?.dataset.state }));
      if (seen.menu !== link.id) problems.push(`playground: "play this rule" (${link.href}) opened "${seen.menu}"`);
      if (seen.state !== 'passed') problems.push(`playground: "play this rule" (${link.id}) ended "${seen.state}"`);
      await played.close();
    }
  }
  if (served !== undefined) {
    const url = `${served}playground/index.html?s=e1-online-quota`;
    const page = await open(browser, url, problems, true, new URL(served).origin);
    await page.waitForFunction(() => Number(document.querySelector('#result')?.dataset.runs ?? '0') > 0 && document.querySelector('#result')?.dataset.state !== 'playing');
    const seen = await page.evaluate(() => ({ menu: document.querySelector('#menu')?.value, state: document.querySelector('#result')?.dataset.state }));
    if (seen.menu !== 'e1-online-quota' || seen.state !== 'passed') problems.push(`playground: over HTTP, ${url} showed "${seen.menu}", ${seen.state}`);
    await page.close();
  }
  return problems;
}
