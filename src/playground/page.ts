/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The playground page's script: the browser entry that scripts/docs-playground.mjs bundles.
import type { Locale } from '../notices/labels.js';
import { hokutoPolicy } from '../policy/presets/hokuto.js';
import type { Policy } from '../policy/schema.js';
import { parseScenario } from '../testing/scenario/parse-scenario.js';
import type { ScenarioReport } from '../testing/scenario/scenario-report.js';
import { PLAYGROUND_LABELS, type PlaygroundLabels } from './labels.js';
import type { PlaygroundData, PlaygroundScenario } from './page-data.js';
import { playScenario, type PlaygroundError } from './play-scenario.js';
import { policyKnobs, type PolicyChoice, type PolicyKnob } from './policy-choice.js';
import { decodeShare, encodeShare, SHARE_LIMIT } from './share-link.js';
import { errorHtml, expectationsHtml, knobsHtml, menuHtml } from './panels-html.js';
import { changeRules, timelineHtml } from './timeline-html.js';

const LANG_KEY = 'yoyaku-playground-lang';
const DEFAULT_POLICY_FILE = '{\n  "preset": "hokuto",\n  "maxOnline": 10,\n  "holdDays": 10\n}\n';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`the playground page has no #${id}`);
  return el as T;
}

function storedLocale(): Locale | undefined {
  try {
    const value = localStorage.getItem(LANG_KEY);
    return value === 'ja' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}

function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(LANG_KEY, locale);
  } catch {
    // a browser that keeps nothing: the address still holds the choice
  }
}

class Playground {
  private locale: Locale;
  private current: PlaygroundScenario | null = null;
  private base: Policy = hokutoPolicy();
  private userKnobs: Record<string, unknown> = {};
  private readonly knobs: PolicyKnob[];
  private readonly knobRules: ReadonlyMap<string, readonly string[]>;
  private lastReport: ScenarioReport | null = null;
  private lastError: PlaygroundError | null = null;
  private runs = 0;
  private shareTimer: ReturnType<typeof setTimeout> | undefined;
  private tooLarge: { size: number } | null = null;

  private readonly editor = byId<HTMLTextAreaElement>('editor');
  private readonly menu = byId<HTMLSelectElement>('menu');
  private readonly policyFile = byId<HTMLTextAreaElement>('policy-file');
  private readonly noticeLocale = byId<HTMLSelectElement>('notice-locale');
  private readonly result = byId<HTMLElement>('result');

  constructor(private readonly data: PlaygroundData, locale: Locale) {
    this.locale = locale;
    this.knobs = policyKnobs(data.knobs.map((k) => k.name));
    this.knobRules = new Map(data.knobs.map((k) => [k.name, k.rules]));
    this.policyFile.value = DEFAULT_POLICY_FILE;
  }

  private get t(): PlaygroundLabels {
    return PLAYGROUND_LABELS[this.locale];
  }

  private href = (rule: string): string | undefined => this.data.ruleHrefs[rule];

  private scenario(id: string | undefined): PlaygroundScenario | undefined {
    return this.data.scenarios.find((s) => s.id === id);
  }

  private get mode(): PolicyChoice['kind'] {
    return document.querySelector<HTMLInputElement>('input[name="policy-mode"]:checked')?.value === 'file' ? 'file' : 'preset';
  }

  private set mode(kind: PolicyChoice['kind']) {
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="policy-mode"]')) input.checked = input.value === kind;
    byId('knobs-panel').hidden = kind !== 'preset';
    byId('file-panel').hidden = kind !== 'file';
  }

  private changedKnobs(): Record<string, unknown> {
    const base = this.base as unknown as Record<string, unknown>;
    return Object.fromEntries(Object.entries(this.userKnobs).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(base[k])));
  }

  private policyChoice(): PolicyChoice {
    return this.mode === 'file' ? { kind: 'file', text: this.policyFile.value } : { kind: 'preset', knobs: this.changedKnobs() };
  }

  private get notices(): Locale {
    return this.noticeLocale.value === 'en' ? 'en' : 'ja';
  }

  private fileName(): string {
    return this.current === null ? 'scenario.json' : (this.current.file.split('/').pop() ?? 'scenario.json');
  }

  private edited(): boolean {
    return this.current === null || this.editor.value !== this.current.text;
  }

  // --- the labels --------------------------------------------------------------------------

  private renderLabels(): void {
    const t = this.t as unknown as Record<string, unknown>;
    document.documentElement.lang = this.locale;
    document.title = `${this.t.title} — yoyaku-rules`;
    for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
      const text = t[el.dataset['t'] ?? ''];
      if (typeof text === 'string') el.textContent = text;
    }
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
      button.setAttribute('aria-pressed', String(button.dataset['lang'] === this.locale));
    }
    this.renderMenu();
    this.renderKnobs();
    this.renderEdited();
    this.renderShare();
  }

  private renderMenu(): void {
    this.menu.innerHTML = menuHtml(this.data, this.t, this.current === null);
    this.menu.value = this.current?.id ?? '';
  }

  private renderEdited(): void {
    byId('edited').textContent = this.edited() && this.current !== null ? this.t.edited : '';
  }

  private renderKnobs(): void {
    const values = { ...(this.base as unknown as Record<string, unknown>), ...this.userKnobs };
    const changed = new Set(Object.keys(this.changedKnobs()));
    byId('knobs').innerHTML = knobsHtml(this.knobs, values, { rules: this.knobRules, changed, t: this.t, href: this.href });
  }

  private renderShare(): void {
    const el = byId('share');
    el.className = this.tooLarge === null ? 'share' : 'share too-large';
    el.textContent = this.tooLarge === null ? this.t.share : this.t.tooLarge(this.tooLarge.size, SHARE_LIMIT);
  }

  // --- the result --------------------------------------------------------------------------

  private renderErrors(): void {
    const error = this.lastError;
    for (const source of ['scenario', 'policy'] as const) {
      const box = byId(`${source}-errors`);
      if (error === null || error.source !== source) {
        box.hidden = true;
        box.innerHTML = '';
        continue;
      }
      box.innerHTML = errorHtml(error, source === 'scenario' ? this.t.errorScenario : this.t.errorPolicy);
      box.hidden = false;
    }
  }

  private renderResult(timeline: string | null): void {
    const { t } = this;
    const report = this.lastReport;
    const verdict = byId('verdict');
    const summary = byId('summary');
    const expectations = byId('expectations');
    if (this.lastError !== null || report === null) {
      this.result.dataset['state'] = this.lastError === null ? 'idle' : 'error';
      verdict.className = 'verdict';
      verdict.textContent = this.lastError === null ? t.notPlayed : '';
      summary.textContent = '';
      byId('timeline').innerHTML = '';
      expectations.innerHTML = '';
      return;
    }
    this.result.dataset['state'] = report.passed ? 'passed' : 'failed';
    verdict.className = `verdict ${report.passed ? 'passed' : 'failed'}`;
    verdict.textContent = report.passed ? t.passed : t.failed(report.summary.failed);
    const { operations, refused, expectations: checks } = report.summary;
    summary.textContent = t.summary(operations, refused, checks);
    if (timeline !== null) byId('timeline').innerHTML = timelineHtml(timeline, this.href, changeRules(report));
    expectations.innerHTML = expectationsHtml(report, t, this.href);
  }

  async play(): Promise<void> {
    const button = byId<HTMLButtonElement>('play');
    button.disabled = true;
    button.textContent = this.t.playing;
    this.result.dataset['state'] = 'playing';
    try {
      const result = await playScenario({
        text: this.editor.value,
        name: this.fileName(),
        policy: this.policyChoice(),
        locale: this.locale,
        noticeLocale: this.notices,
      });
      this.lastReport = result.ok ? result.report : null;
      this.lastError = result.ok ? null : result.error;
      this.renderErrors();
      this.renderResult(result.ok ? result.timeline : null);
    } finally {
      this.runs += 1;
      this.result.dataset['runs'] = String(this.runs);
      button.disabled = false;
      button.textContent = this.t.play;
    }
  }

  // --- state and the address ---------------------------------------------------------------

  private rebase(): void {
    try {
      this.base = parseScenario(JSON.parse(this.editor.value)).library.policy;
    } catch {
      this.base = hokutoPolicy();
    }
  }

  private load(entry: PlaygroundScenario | null, text: string): void {
    this.current = entry;
    this.editor.value = text;
    this.rebase();
    this.renderMenu();
    this.renderKnobs();
    this.renderEdited();
  }

  private async share(): Promise<void> {
    const link = await encodeShare({
      ...(this.edited() ? { text: this.editor.value } : { scenario: this.current?.id }),
      policy: this.policyChoice(),
      locale: this.locale,
      notices: this.notices,
    });
    this.tooLarge = link.tooLarge ? { size: link.size } : null;
    this.renderShare();
    const url = `${location.pathname}${location.search}${link.hash === '' ? '' : `#${link.hash}`}`;
    try {
      history.replaceState(null, '', url);
    } catch {
      location.hash = link.hash;
    }
  }

  private shareSoon(): void {
    clearTimeout(this.shareTimer);
    this.shareTimer = setTimeout(() => void this.share(), 250);
  }

  async start(): Promise<void> {
    const state = await decodeShare(location.hash, location.search);
    // The reader's own choice, once made, wins over the language of the link they followed.
    if (state.locale !== undefined && storedLocale() === undefined) this.locale = state.locale;
    const text = state.text;
    const entry = text === undefined ? (this.scenario(state.scenario) ?? this.scenario(this.data.defaultScenario) ?? null) : (this.data.scenarios.find((s) => s.text === text) ?? null);
    this.load(entry, text ?? entry?.text ?? '');
    if (state.policy?.kind === 'file') this.policyFile.value = state.policy.text;
    if (state.policy?.kind === 'preset') this.userKnobs = { ...state.policy.knobs };
    this.mode = state.policy?.kind ?? 'preset';
    this.noticeLocale.value = state.notices ?? 'ja';
    this.wire();
    this.renderLabels();
    this.renderResult(null);
    await this.play();
    await this.share();
  }

  private knobValue(el: HTMLInputElement | HTMLSelectElement, knob: PolicyKnob): unknown {
    if (knob.kind === 'boolean') return (el as HTMLInputElement).checked;
    if (knob.kind === 'number') return el.value.trim() === '' ? el.value : Number(el.value);
    if (knob.kind === 'list') return el.value.split(/[\s,、]+/).filter((w) => w !== '');
    return el.value;
  }

  private wire(): void {
    byId('play').addEventListener('click', () => void this.play());
    this.menu.addEventListener('change', () => {
      const id = this.menu.value.includes(':') ? this.menu.value.split(':')[1] : this.menu.value;
      const entry = this.scenario(id);
      if (entry === undefined) return;
      this.userKnobs = {};
      this.load(entry, entry.text);
      void this.share();
      void this.play();
    });
    this.editor.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.play();
      }
    });
    this.editor.addEventListener('input', () => {
      this.renderEdited();
      this.shareSoon();
    });
    this.editor.addEventListener('change', () => {
      this.rebase();
      this.renderKnobs();
    });
    byId('knobs').addEventListener('change', (event) => {
      const el = event.target as HTMLInputElement | HTMLSelectElement;
      const knob = this.knobs.find((k) => k.name === el.dataset['knob']);
      if (knob === undefined) return;
      this.userKnobs[knob.name] = this.knobValue(el, knob);
      this.renderKnobs();
      this.shareSoon();
    });
    byId('reset-knobs').addEventListener('click', () => {
      this.userKnobs = {};
      this.renderKnobs();
      this.shareSoon();
    });
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="policy-mode"]')) {
      input.addEventListener('change', () => {
        this.mode = this.mode;
        this.shareSoon();
      });
    }
    this.policyFile.addEventListener('input', () => this.shareSoon());
    this.noticeLocale.addEventListener('change', () => this.shareSoon());
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
      button.addEventListener('click', () => {
        const locale = button.dataset['lang'] === 'en' ? 'en' : 'ja';
        if (locale === this.locale) return;
        this.locale = locale;
        storeLocale(locale);
        this.renderLabels();
        void this.share();
        if (this.lastReport !== null || this.lastError !== null) void this.play();
      });
    }
    window.addEventListener('hashchange', () => void this.follow());
  }

  /** A link pasted into the address bar of an open playground. */
  private async follow(): Promise<void> {
    const state = await decodeShare(location.hash, '');
    const text = state.text;
    if (text === undefined && state.scenario === undefined) return;
    if (text === this.editor.value || (text === undefined && state.scenario === this.current?.id && !this.edited())) return;
    const entry = text === undefined ? (this.scenario(state.scenario) ?? null) : (this.data.scenarios.find((s) => s.text === text) ?? null);
    if (entry === null && text === undefined) return;
    this.load(entry, text ?? entry?.text ?? '');
    await this.play();
  }
}

function readData(): PlaygroundData {
  return JSON.parse(byId('playground-data').textContent ?? '{}') as PlaygroundData;
}

const locale: Locale = storedLocale() ?? (/^ja\b/i.test(navigator.language) ? 'ja' : 'en');
void new Playground(readData(), locale).start();
