import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PLAYGROUND_LABELS } from '../../src/playground/labels.js';
import { policyKnobs } from '../../src/playground/policy-choice.js';
import { decodeShare, encodeShare, SHARE_LIMIT } from '../../src/playground/share-link.js';
import { playScenario } from '../../src/playground/play-scenario.js';
import { changeRules, linkRules, timelineHtml } from '../../src/playground/timeline-html.js';
// @ts-expect-error plain ESM script without types
import { bundlePlayground, linkPlaygroundMentions, playgroundData, ruleSections } from '../../scripts/docs-playground.mjs';
// @ts-expect-error plain ESM script without types
import { RULES } from '../../scripts/rules-catalogue.mjs';

const href = (id: string): string | undefined => (['E1', 'E4', 'D2'].includes(id) ? `rules.html#${id.toLowerCase()}` : undefined);

describe('the timeline as HTML', () => {
  it('[E1] links a refusal’s rule to its section and escapes the text', () => {
    const html = timelineHtml('  ✗ [E1] QUOTA_EXCEEDED (genji/1)\n  ◆ r1  予約申請中 → 予約拒否  (for E4, X9)\n  <b>\n', href);
    expect(html).toContain('<span class="refused">  ✗ [<a class="rule" href="rules.html#e1">E1</a>] QUOTA_EXCEEDED (genji/1)</span>');
    expect(html).toContain('for <a class="rule" href="rules.html#e4">E4</a>, X9)');
    expect(html).toContain('&#60;b&#62;');
    expect(html).not.toContain('<b>');
  });

  it('[C1] ends each change of state with the rules of its transition in the lifecycle, and a hold notice with D1 D5', async () => {
    const result = await playScenario({ text: readFileSync('test/scenarios/c2-queue-order.json', 'utf8'), locale: 'en' });
    if (!result.ok) throw new Error(result.error.message);
    const rules = changeRules(result.report);
    expect(rules.length).toBe(result.timeline.split('\n').filter((l) => /^[◆✉]/.test(l.trimStart())).length);
    const all = (id: string): string => `#${id}`;
    const html = timelineHtml(result.timeline, all, rules);
    const approved = html.split('\n').find((l) => l.includes('Requested → ') && l.includes('Reserved'));
    expect(approved).toContain('<span class="rules">[<a class="rule" href="#C1">C1</a> <a class="rule" href="#C2">C2</a>]</span>');
    const notice = html.split('\n').find((l) => l.includes('✉ notice to'));
    expect(notice).toContain('<span class="rules">[<a class="rule" href="#D1">D1</a> <a class="rule" href="#D5">D5</a>]</span>');
    const created = html.split('\n').find((l) => l.includes('new → Requested'));
    expect(created).not.toContain('class="rules"');
    expect(timelineHtml(result.timeline, all, rules.slice(1))).not.toContain('class="rules"');
  });

  it('[D2] leaves IDs inside other words alone', () => {
    expect(linkRules('copy akeno-D2 · D2/1 · D2.', href)).toBe('copy akeno-D2 · D2/1 · D2.');
    expect(linkRules('D2: last day', href)).toBe('<a class="rule" href="rules.html#d2">D2</a>: last day');
  });
});

describe('the address of the playground', () => {
  it('names a menu entry, or holds an edited scenario and a policy compressed, and reads them back', async () => {
    expect((await encodeShare({ scenario: 'e1-online-quota', locale: 'en' })).hash).toBe('s=e1-online-quota&lang=en');
    const state = { text: '{"name":"x","library":{},"steps":[]}', policy: { kind: 'preset', knobs: { maxOnline: 3 } }, locale: 'ja', notices: 'en' } as const;
    const link = await encodeShare(state);
    expect(link.tooLarge).toBe(false);
    expect(link.hash).toMatch(/^z=[\w-]+&notices=en&lang=ja$/);
    expect(await decodeShare(`#${link.hash}`)).toEqual(state);
    expect(await decodeShare('', '?s=d2-d2-hold-period')).toEqual({ scenario: 'd2-d2-hold-period' });
  });

  it('keeps the language only beyond its limit, and says how large it was', async () => {
    let seed = 7;
    const noise = Array.from({ length: SHARE_LIMIT }, () => ((seed = (seed * 48271) % 2147483647), String.fromCharCode(33 + (seed % 90)))).join('');
    const link = await encodeShare({ text: noise, locale: 'en' });
    expect(link.tooLarge).toBe(true);
    expect(link.size).toBeGreaterThan(SHARE_LIMIT);
    expect(link.hash).toBe('lang=en');
  });

  it('fits the demo in the address', async () => {
    const link = await encodeShare({ text: readFileSync('examples/demo/hokuto-two-weeks.json', 'utf8') });
    expect(link.tooLarge).toBe(false);
    expect(link.size).toBeLessThan(SHARE_LIMIT / 2);
  });

  it('ignores a damaged link', async () => {
    expect(await decodeShare('#z=not-deflate&lang=fr')).toEqual({ scenario: undefined });
  });
});

describe('the policy knobs', () => {
  it('[E1] offers the catalogue’s yes/no, number, choice and list knobs, not branches or calendars', () => {
    const names = [...new Set((RULES as { knobs: string[] }[]).flatMap((r) => r.knobs))];
    const knobs = policyKnobs(names);
    expect(knobs).toContainEqual({ name: 'maxOnline', kind: 'number' });
    expect(knobs).toContainEqual({ name: 'holdCounting', kind: 'enum', options: ['calendarDays', 'openDays'] });
    expect(knobs).toContainEqual({ name: 'nonReservableCategories', kind: 'list' });
    expect(knobs.map((k) => k.name)).not.toContain('branches');
    expect(knobs.map((k) => k.name)).not.toContain('calendars');
    expect(knobs.map((k) => k.name)).not.toContain('maintenanceWindows');
  });

  it('has every label in Japanese and in English', () => {
    expect(Object.keys(PLAYGROUND_LABELS.ja).sort()).toEqual(Object.keys(PLAYGROUND_LABELS.en).sort());
    for (const [key, value] of Object.entries(PLAYGROUND_LABELS.ja)) {
      if (typeof value === 'string') expect(value, key).not.toBe((PLAYGROUND_LABELS.en as unknown as Record<string, string>)[key]);
    }
  });
});

describe('scripts/docs-playground.mjs', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function site(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'yoyaku-playground-site-'));
    dirs.push(dir);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  }

  it('[E1] finds each rule’s section in the rules reference, not in a guide that names a few', () => {
    const dir = site({
      'documents/Scenarios.html': '<h3 id="c3-walk-in" class="x">C3: A walk-in</h3>',
      'documents/The_rules.html': '<h3 id="c3-walk-in-first" class="x">C3: Walk-in first</h3><h3 id="e1-online-quota">E1: Online quota</h3>',
    });
    expect(ruleSections(dir)).toEqual({ C3: 'documents/The_rules.html#c3-walk-in-first', E1: 'documents/The_rules.html#e1-online-quota' });
  });

  it('turns the site’s "play this rule" placeholders into links to the playground', () => {
    const dir = site({ 'documents/The_rules.html': '<p><a data-playground="e1-online-quota">▶ e1</a> <a data-playground="">all</a></p>', 'playground/index.html': '' });
    expect(linkPlaygroundMentions(dir)).toBe(2);
    const html = readFileSync(join(dir, 'documents/The_rules.html'), 'utf8');
    expect(html).toContain('<a data-playground="e1-online-quota" href="../playground/index.html?s=e1-online-quota">');
    expect(html).toContain('<a data-playground="" href="../playground/index.html">');
  });

  it('bundles the page, the runner and the memory store for the browser, with no Node module', async () => {
    const code = (await bundlePlayground({ minify: false })) as string;
    expect(code).toContain('is not a valid scenario');
    expect(code).toContain('runApprovalBatch');
    expect(code).not.toMatch(/\brequire\(|from\s*["']node:|better-sqlite3/);
  });

  it('puts the demo first and every golden scenario and rule of the rules reference in the menu', () => {
    const dir = site({ 'documents/The_rules.html': '<h3 id="e1-online-quota">E1: Online quota</h3>' });
    const data = playgroundData(dir) as { defaultScenario: string; scenarios: { id: string; group: string }[]; rules: { id: string; scenarios: string[] }[] };
    expect(data.scenarios[0]).toMatchObject({ id: data.defaultScenario, group: 'demo' });
    expect(data.scenarios.filter((s) => s.group === 'golden').length).toBeGreaterThan(20);
    expect(data.rules.find((r) => r.id === 'E1')?.scenarios).toContain('e1-online-quota');
    const ids = new Set(data.scenarios.map((s) => s.id));
    for (const rule of data.rules) for (const id of rule.scenarios) expect(ids.has(id), `${rule.id} → ${id}`).toBe(true);
  });
});
