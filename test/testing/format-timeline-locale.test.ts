import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { formatScenarioTimeline } from '../../src/testing/scenario/format-timeline.js';
import { runScenario } from '../../src/testing/scenario/run-scenario.js';
import { approve, reserve, scenario } from './fixtures.js';

const steps = [
  reserve('2026-12-01T23:50:00+09:00'),
  approve('2026-12-02T08:30:00+09:00'),
  { at: '2026-12-02T19:00:00+09:00', actor: { patron: 'hanako' }, do: 'cancelOnline' as const, args: { reservationId: 'r1' } },
  { expect: { refused: 'F4' } },
];

describe('formatScenarioTimeline in one language', () => {
  it('[F4] shows dates, statuses, refusal messages and branches in Japanese only', async () => {
    const report = await runScenario(scenario(steps));
    const text = formatScenarioTimeline(report, { branches: hokutoPolicy().branches, locale: 'ja' });
    expect(text).toContain('■ 2026年12月1日（火） ─');
    expect(text).toContain('genji/1 → 明野図書館 as r1');
    expect(text).toContain('◆ r1  新規 → 予約申請中  (hanako · genji/1 · online)');
    expect(text).toContain('◆ r1  予約中 → お取置き  (collect by 2026年12月9日（水）)');
    expect(text).toContain('予約決定通知メール送信後は、取消ができません。');
    expect(text).not.toMatch(/Tuesday|Requested|On hold|cannot be cancelled online/);
  });

  it('[F4] shows them in English only', async () => {
    const report = await runScenario(scenario(steps));
    const text = formatScenarioTimeline(report, { branches: hokutoPolicy().branches, locale: 'en' });
    expect(text).toContain('■ Tuesday, 1 December 2026 ─');
    expect(text).toContain('genji/1 → Akeno Library as r1');
    expect(text).toContain('◆ r1  Reserved → On hold  (collect by Wednesday, 9 December 2026)');
    expect(text).toContain('After the pickup notice has been sent, the reservation cannot be cancelled online.');
    expect(text).not.toMatch(/2026年|予約申請中|お取置き|明野図書館|取置期限|取消ができません/);
  });

  it('[B3] names the status an expectation checked in the chosen language', async () => {
    const report = await runScenario(scenario([reserve('2026-12-01T23:50:00+09:00'), { expect: { reservation: 'r1', status: 'requested' } }]));
    const en = formatScenarioTimeline(report, { branches: hokutoPolicy().branches, locale: 'en' });
    expect(en).toContain('requested (Requested)');
    expect(en).not.toContain('予約申請中');
    const both = formatScenarioTimeline(report, { branches: hokutoPolicy().branches });
    expect(both).toContain('requested (予約申請中)');
  });

  it('[F4] shows both side by side without a locale, as yoyaku run prints it', async () => {
    const report = await runScenario(scenario(steps));
    const text = formatScenarioTimeline(report, { branches: hokutoPolicy().branches });
    expect(text).toContain('■ 2026年12月1日（火）  Tuesday, 1 December 2026 ─');
    expect(text).toContain('◆ r1  予約中 Reserved → お取置き On hold');
  });
});
