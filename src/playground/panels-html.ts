import type { ScenarioReport } from '../testing/scenario/scenario-report.js';
import type { PlaygroundLabels } from './labels.js';
import type { PlaygroundData } from './page-data.js';
import type { PlaygroundError } from './play-scenario.js';
import type { PolicyKnob } from './policy-choice.js';
import { escapeHtml, linkRules } from './timeline-html.js';

type Href = (rule: string) => string | undefined;

/**
 * The policy panel's knobs as HTML: a control per knob (`data-knob` names its field), the rules
 * that name it, linked, and a mark on those changed.
 * @param knobs - the knobs to show
 * @param values - each knob's value now
 * @param options - the rules of each knob, the knobs changed, the labels, rule addresses
 * @returns the HTML
 * @category Testing
 * @example
 * el.innerHTML = knobsHtml(knobs, policy, { rules, changed: new Set(['maxOnline']), t, href });
 */
export function knobsHtml(
  knobs: readonly PolicyKnob[],
  values: Readonly<Record<string, unknown>>,
  options: { rules: ReadonlyMap<string, readonly string[]>; changed: ReadonlySet<string>; t: PlaygroundLabels; href: Href },
): string {
  return knobs
    .map((k) => {
      const value = values[k.name];
      const attrs = `id="knob-${k.name}" data-knob="${k.name}"`;
      let input: string;
      if (k.kind === 'boolean') input = `<input type="checkbox" ${attrs}${value === true ? ' checked' : ''}>`;
      else if (k.kind === 'number') input = `<input type="number" ${attrs} value="${escapeHtml(String(value))}">`;
      else if (k.kind === 'enum') {
        const choices = (k.options ?? []).map((o) => `<option${o === value ? ' selected' : ''}>${escapeHtml(o)}</option>`).join('');
        input = `<select ${attrs}>${choices}</select>`;
      } else input = `<input type="text" ${attrs} value="${escapeHtml(Array.isArray(value) ? value.join(', ') : '')}">`;
      const rules = linkRules(escapeHtml((options.rules.get(k.name) ?? []).join(' ')), options.href);
      const mark = options.changed.has(k.name) ? ` <span class="changed">${escapeHtml(options.t.knobChanged)}</span>` : '';
      return `<div class="knob"><label for="knob-${k.name}"><code>${k.name}</code></label>${input}<span class="knob-rules">${rules}${mark}</span></div>`;
    })
    .join('');
}

/**
 * An error as HTML, as the command line prints it: its heading, the message, one item per issue.
 * @param error - the error
 * @param heading - what the box says first
 * @returns the HTML
 * @category Testing
 * @example
 * box.innerHTML = errorHtml(result.error, t.errorScenario);
 */
export function errorHtml(error: PlaygroundError, heading: string): string {
  const details = error.details.map((d) => `<li><code>${escapeHtml(d)}</code></li>`).join('');
  return `<strong>${escapeHtml(heading)}</strong><p class="message">${escapeHtml(error.message)}</p>${details ? `<ul>${details}</ul>` : ''}`;
}

/**
 * Every check of the expectations of a report as list items, held (✓) or failed (✗), with its
 * step and date; an operation that ended in an unexpected error is listed as failed too.
 * @param report - the report
 * @param t - the labels
 * @param href - rule addresses
 * @returns the HTML of the items
 * @category Testing
 * @example
 * list.innerHTML = expectationsHtml(report, PLAYGROUND_LABELS.en, href);
 */
export function expectationsHtml(report: ScenarioReport, t: PlaygroundLabels, href: Href): string {
  const items = report.steps
    .filter((s) => s.kind === 'expectation' || s.passed === false)
    .flatMap((s) => {
      const where = `${t.step(s.index)} · ${s.date}`;
      const checks = s.checks ?? [];
      if (checks.length === 0) return [{ passed: s.passed !== false, where, message: s.message }];
      return checks.map((c) => ({ passed: c.passed, where, message: c.message }));
    })
    .map((c) => `<li class="${c.passed ? 'held' : 'failed'}">${c.passed ? '✓' : '✗'} <span class="where">${escapeHtml(c.where)}</span> ${linkRules(escapeHtml(c.message), href)}</li>`);
  return items.length === 0 ? `<li>${escapeHtml(t.noExpectations)}</li>` : items.join('');
}

/**
 * The scenario menu's options: the demo, the golden scenarios, then each rule with each of its
 * scenarios (`E1:e1-online-quota`), and a blank first option for a scenario of no entry.
 * @param data - the page's data
 * @param t - the labels
 * @param blank - whether the editor holds a scenario of no entry
 * @returns the HTML of the options
 * @category Testing
 * @example
 * select.innerHTML = menuHtml(data, PLAYGROUND_LABELS.ja, false);
 */
export function menuHtml(data: PlaygroundData, t: PlaygroundLabels, blank: boolean): string {
  const option = (value: string, label: string): string => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const group = (label: string, options: readonly string[]): string =>
    options.length === 0 ? '' : `<optgroup label="${escapeHtml(label)}">${options.join('')}</optgroup>`;
  const entries = (g: 'demo' | 'golden'): string[] => data.scenarios.filter((s) => s.group === g).map((s) => option(s.id, `${s.id} — ${s.name}`));
  const rules = data.rules.flatMap((r) => r.scenarios.map((id) => option(`${r.id}:${id}`, `${r.id} ${r.title} — ${id}`)));
  return (blank ? option('', '—') : '') + group(t.demo, entries('demo')) + group(t.golden, entries('golden')) + group(t.byRule, rules);
}
