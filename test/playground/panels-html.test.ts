import { describe, expect, it } from 'vitest';
import { PLAYGROUND_LABELS } from '../../src/playground/labels.js';
import type { PlaygroundData } from '../../src/playground/page-data.js';
import { errorHtml, expectationsHtml, knobsHtml, menuHtml } from '../../src/playground/panels-html.js';
import { runScenario } from '../../src/testing/scenario/run-scenario.js';

const href = (id: string): string | undefined => `rules.html#${id}`;
const t = PLAYGROUND_LABELS.en;

describe('the playground’s panels', () => {
  it('shows an error as the command line prints it, escaped', () => {
    const html = errorHtml({ source: 'scenario', message: 'x.json is not a valid scenario:', details: ['steps.0.args.volumeId: Unknown volume "<b>"'] }, t.errorScenario);
    expect(html).toBe(
      '<strong>The scenario has a mistake</strong><p class="message">x.json is not a valid scenario:</p><ul><li><code>steps.0.args.volumeId: Unknown volume &#34;&#60;b&#62;&#34;</code></li></ul>',
    );
  });

  it('[E1] lists every check that held and that failed, with its step', async () => {
    const report = await runScenario({
      name: 'quota',
      library: { policy: { maxOnline: 1, maxOnlineAudiovisual: 1 }, patrons: [{ id: 'hanako' }], titles: [{ id: 'a', name: 'A', copies: [{ id: 'a-1', branch: 'akeno' }] }, { id: 'b', name: 'B', copies: [{ id: 'b-1', branch: 'akeno' }] }] },
      steps: [
        { at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako' }, do: 'reserveOnline', args: { volumeId: 'a/1', pickupBranchId: 'akeno' } },
        { at: '2026-12-01T10:05:00+09:00', actor: { patron: 'hanako' }, do: 'reserveOnline', args: { volumeId: 'b/1', pickupBranchId: 'akeno' } },
        { expect: { refused: 'E1' } },
        { expect: { succeeded: true } },
      ],
    });
    const html = expectationsHtml(report, t, href);
    expect(html).toContain('<li class="held">✓ <span class="where">step 2 · 2026-12-01</span>');
    expect(html).toContain('<li class="failed">✗ <span class="where">step 3 · 2026-12-01</span>');
    expect(html.match(/<li/g)).toHaveLength(2);
  });

  it('[E1] marks the knobs changed and links their rules', () => {
    const html = knobsHtml(
      [{ name: 'maxOnline', kind: 'number' }, { name: 'holdCounting', kind: 'enum', options: ['calendarDays', 'openDays'] }, { name: 'rejectUnfulfillable', kind: 'boolean' }],
      { maxOnline: 10, holdCounting: 'openDays', rejectUnfulfillable: true },
      { rules: new Map([['maxOnline', ['E1']]]), changed: new Set(['maxOnline']), t, href },
    );
    expect(html).toContain('<input type="number" id="knob-maxOnline" data-knob="maxOnline" value="10">');
    expect(html).toContain('<a class="rule" href="rules.html#E1">E1</a> <span class="changed">changed</span>');
    expect(html).toContain('<option selected>openDays</option>');
    expect(html).toContain('data-knob="rejectUnfulfillable" checked>');
  });

  it('offers the demo, the golden scenarios and each rule’s scenarios', () => {
    const data = {
      scenarios: [{ id: 'demo', group: 'demo', name: 'Two weeks' }, { id: 'e1-online-quota', group: 'golden', name: 'Quota' }],
      rules: [{ id: 'E1', title: 'Online quota', scenarios: ['e1-online-quota'] }],
    } as unknown as PlaygroundData;
    const html = menuHtml(data, PLAYGROUND_LABELS.ja, false);
    expect(html).toBe(
      '<optgroup label="デモ"><option value="demo">demo — Two weeks</option></optgroup>' +
        '<optgroup label="ゴールデン・シナリオ"><option value="e1-online-quota">e1-online-quota — Quota</option></optgroup>' +
        '<optgroup label="規則ごと"><option value="E1:e1-online-quota">E1 Online quota — e1-online-quota</option></optgroup>',
    );
    expect(menuHtml(data, t, true)).toMatch(/^<option value="">—<\/option>/);
  });
});
