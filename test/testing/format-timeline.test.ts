import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { formatScenarioTimeline } from '../../src/testing/scenario/format-timeline.js';
import { runScenario } from '../../src/testing/scenario/run-scenario.js';
import { displayWidth, padEnd } from '../../src/testing/scenario/text-width.js';
import { approve, reserve, scenario } from './fixtures.js';

describe('formatScenarioTimeline', () => {
  it('prints a heading per Japan date and each step at its time in Japan', async () => {
    const report = await runScenario(
      scenario([
        reserve('2026-12-01T23:50:00+09:00'),
        { expect: { reservation: 'r1', status: 'requested' } },
        approve('2026-12-02T08:30:00+09:00'),
        { at: '2026-12-02T19:00:00+09:00', actor: { patron: 'hanako' }, do: 'cancelOnline', args: { reservationId: 'r1' } },
        { expect: { refused: 'F4' } },
      ]),
    );
    const text = formatScenarioTimeline(report, { branches: hokutoPolicy().branches });
    const lines = text.split('\n');
    expect(lines[0]).toBe('test');
    expect(lines.filter((l) => l.startsWith('■ '))).toEqual([
      expect.stringContaining('■ 2026年12月1日（火）  Tuesday, 1 December 2026 ─'),
      expect.stringContaining('■ 2026年12月2日（水）  Wednesday, 2 December 2026 ─'),
    ]);
    expect(text).toContain('  23:50  hanako');
    expect(text).toContain('reserveOnline     genji/1 → 明野図書館 as r1');
    expect(text).toContain('◆ r1  新規 new → 予約申請中 Requested  (hanako · genji/1 · online)');
    expect(text).toContain('  08:30  system');
    expect(text).toContain('◆ r1  予約中 Reserved → お取置き On hold  (collect by 2026年12月9日（水）)');
    expect(text).toContain('✉ notice to hanako about r1: 【予約（貸出）決定通知】源氏物語をご用意しました');
    expect(text).toContain('✗ [F4] NOTICE_SENT');
    expect(text).toContain('予約決定通知メール送信後は、取消ができません。ご面倒でも図書館にご連絡ください。');
    expect(text).toContain('After the pickup notice has been sent, the reservation cannot be cancelled online. Please contact the library.');
    expect(text).toContain('✓ check');
    expect(text.trimEnd().split('\n').at(-1)).toBe('3 operations (1 refused) · 2 checks · ✓ passed');
    expect(text).not.toContain('\u001b[');
  });

  it('lists failed steps at the end, and colours only when asked', async () => {
    const report = await runScenario(scenario([reserve('2026-12-01T10:00:00+09:00'), { expect: { reservation: 'r1', status: 'onHold' } }]));
    const text = formatScenarioTimeline(report);
    expect(text).toContain('✗ 1 failed');
    expect(text).toContain('step 2 (2026-12-01 10:00 JST): expected r1 to be onHold (お取置き), but it is requested (予約申請中)');
    expect(formatScenarioTimeline(report, { color: true })).toContain('\u001b[31m');
  });

  it('aligns columns by display width: kanji take two columns', () => {
    expect(displayWidth('予約中')).toBe(6);
    expect(displayWidth('On hold')).toBe(7);
    expect(displayWidth('\u001b[32m✓\u001b[0m')).toBe(1);
    expect(padEnd('明野', 6)).toBe('明野  ');
  });
});

describe('the timeline as a scenario plays', () => {
  it('[D3] streams, step by step through onStep, the timeline formatScenarioTimeline prints at the end', async () => {
    const { readFileSync } = await import('node:fs');
    const { runScenario } = await import('../../src/testing/scenario/run-scenario.js');
    const { formatScenarioTimeline, timelineStream } = await import('../../src/testing/scenario/format-timeline.js');
    const json = JSON.parse(readFileSync(new URL('../scenarios/d3-d4-lapse-and-pass-on.json', import.meta.url), 'utf8')) as unknown;
    const whole = await runScenario(json);
    const stream = timelineStream({ ...whole, aliases: {} });
    let streamed = stream.header();
    const seen: number[] = [];
    const report = await runScenario(json, {
      onStep: (step, at) => {
        streamed += stream.step(step);
        seen.push(at.done);
      },
    });
    streamed += stream.footer(report);
    expect(seen).toEqual(report.steps.map((s) => s.index + 1));
    expect(streamed).toBe(formatScenarioTimeline(report));
  });
});
