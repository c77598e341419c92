import type { Locale } from '../notices/labels.js';

/**
 * The playground page's own words, in Japanese and English.
 * @category Testing
 * @example
 * PLAYGROUND_LABELS.en.play; // 'Play'
 */
export interface PlaygroundLabels {
  readonly title: string;
  readonly intro: string;
  readonly docs: string;
  readonly rules: string;
  readonly language: string;
  readonly scenario: string;
  readonly menu: string;
  readonly demo: string;
  readonly golden: string;
  readonly byRule: string;
  readonly edited: string;
  readonly editorHelp: string;
  readonly policy: string;
  readonly presetMode: string;
  readonly presetHelp: string;
  readonly fileMode: string;
  readonly fileHelp: string;
  readonly knobChanged: string;
  readonly resetKnobs: string;
  readonly noticeLocale: string;
  readonly noticeHelp: string;
  readonly play: string;
  readonly playing: string;
  readonly result: string;
  readonly timeline: string;
  readonly expectations: string;
  readonly noExpectations: string;
  readonly passed: string;
  readonly failed: (count: number) => string;
  readonly summary: (operations: number, refused: number, checks: number) => string;
  readonly step: (index: number) => string;
  readonly notPlayed: string;
  readonly errorScenario: string;
  readonly errorPolicy: string;
  readonly share: string;
  readonly shareHelp: string;
  readonly tooLarge: (size: number, limit: number) => string;
}

/**
 * The playground's labels by locale.
 * @category Testing
 * @example
 * const t = PLAYGROUND_LABELS[locale];
 * button.textContent = t.play;
 */
export const PLAYGROUND_LABELS: Readonly<Record<Locale, PlaygroundLabels>> = {
  ja: {
    title: 'プレイグラウンド：規則をブラウザで再生する',
    intro:
      'シナリオ（図書館と、日時の決まった操作と期待）を選ぶか書き、方針を選んで「再生」を押すと、このライブラリのシナリオ実行器がメモリ上の図書館で動かし、コマンドライン（yoyaku run）と同じ日ごとのタイムラインを表示します。すべてこのページの中で動き、サーバーには何も送りません。',
    docs: 'ドキュメント',
    rules: '規則一覧',
    language: '言語',
    scenario: 'シナリオ',
    menu: 'シナリオを選ぶ',
    demo: 'デモ',
    golden: 'ゴールデン・シナリオ',
    byRule: '規則ごと',
    edited: '（編集済み）',
    editorHelp: 'JSON 形式（docs の「Scenarios」を参照）。Ctrl+Enter で再生。誤りはコマンドラインと同じ文言で下に表示されます。',
    policy: '方針（ポリシー）',
    presetMode: '北杜市のプリセット（シナリオの図書館）とそのつまみ',
    presetHelp: 'シナリオ自身の方針に、ここで変えたつまみを上書きします。',
    fileMode: '自館の方針（ポリシーファイルを貼り付け）',
    fileHelp: 'yoyaku check-policy が読む形式：{ "preset": "hokuto", …上書き } または preset なしの完全な方針。シナリオのプリセットを置き換え、その項目はシナリオ自身の方針より優先します。',
    knobChanged: '変更あり',
    resetKnobs: 'つまみを戻す',
    noticeLocale: '通知メールの言語',
    noticeHelp: 'yoyaku run --locale と同じ。シナリオの通知に関する期待は日本語で書かれています。',
    play: '再生',
    playing: '再生中…',
    result: '結果',
    timeline: 'タイムライン',
    expectations: '期待',
    noExpectations: 'このシナリオには期待がありません。',
    passed: '✓ 合格：すべての期待が成り立ちました',
    failed: (n) => `✗ 不合格：${n} 件が成り立ちませんでした`,
    summary: (o, r, c) => `操作 ${o} 件（うち拒否 ${r} 件）・確認 ${c} 件`,
    step: (i) => `ステップ ${i}`,
    notPlayed: '「再生」を押すと結果が表示されます。',
    errorScenario: 'シナリオの誤り',
    errorPolicy: '方針の誤り',
    share: 'このページのアドレス（URL）にシナリオが入っています。そのまま共有できます。',
    shareHelp: '共有',
    tooLarge: (size, limit) =>
      `このシナリオは大きすぎてアドレスに入りません（圧縮後 ${size.toLocaleString('ja-JP')} 文字、上限 ${limit.toLocaleString('ja-JP')} 文字）。アドレスには言語だけが残ります。共有するには JSON をファイルとして渡してください。`,
  },
  en: {
    title: 'Playground: the rules, played in your browser',
    intro:
      'Pick or write a scenario (a library, then timed operations and expectations), choose a policy and press Play: the library’s own scenario runner plays it on a memory store in this page and shows the day-by-day timeline as the command line (yoyaku run) prints it. Everything runs here; nothing is sent anywhere.',
    docs: 'Documentation',
    rules: 'The rules',
    language: 'Language',
    scenario: 'Scenario',
    menu: 'Pick a scenario',
    demo: 'Demo',
    golden: 'Golden scenarios',
    byRule: 'By rule',
    edited: '(edited)',
    editorHelp: 'JSON (see the Scenarios guide). Ctrl+Enter plays it. Mistakes are shown below in the same words as the command line.',
    policy: 'Policy',
    presetMode: 'The Hokuto preset (the scenario’s library) and its knobs',
    presetHelp: 'The knobs you change here are set on top of the scenario’s own policy.',
    fileMode: 'Your own library (paste a policy file)',
    fileHelp: 'As yoyaku check-policy reads it: { "preset": "hokuto", …fields } or a full policy without preset. It replaces the scenario’s preset, and its fields win over the scenario’s own policy fields.',
    knobChanged: 'changed',
    resetKnobs: 'Reset the knobs',
    noticeLocale: 'Notices sent in',
    noticeHelp: 'As yoyaku run --locale. The scenarios’ expectations on notices are written in Japanese.',
    play: 'Play',
    playing: 'Playing…',
    result: 'Result',
    timeline: 'Timeline',
    expectations: 'Expectations',
    noExpectations: 'This scenario has no expectations.',
    passed: '✓ Passed: every expectation held',
    failed: (n) => `✗ Failed: ${n} did not hold`,
    summary: (o, r, c) => `${o} operations (${r} refused) · ${c} checks`,
    step: (i) => `step ${i}`,
    notPlayed: 'Press Play to see the result.',
    errorScenario: 'The scenario has a mistake',
    errorPolicy: 'The policy has a mistake',
    share: 'This page’s address (URL) holds the scenario: share it as it is.',
    shareHelp: 'Sharing',
    tooLarge: (size, limit) =>
      `This scenario is too large for the address (${size.toLocaleString('en-GB')} characters compressed, the limit is ${limit.toLocaleString('en-GB')}). The address keeps the language only; to share it, send the JSON as a file.`,
  },
};
