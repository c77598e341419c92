import { TRANSITIONS } from '../lifecycle/transition-table.js';
import { HOLD_NOTICE_KIND } from '../service/internal/hold-notices.js';
import type { ScenarioReport, StateChange } from '../testing/scenario/scenario-report.js';

/**
 * Escapes a text for HTML.
 * @param text - the text
 * @returns the text with `&`, `<`, `>`, `"` and `'` escaped
 * @category Testing
 * @example
 * escapeHtml('<b>'); // '&lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const RULE_ID = /(?<![\w/.-])([A-HP]\d{1,2})(?![\w/.-])/g;

/**
 * Links every rule ID in an escaped text (`E1`, `[D2]`, `P3`) that `href` knows to its section
 * of the rules reference; others stay as they are.
 * @param html - escaped text
 * @param href - the address of a rule's section, or undefined for an unknown ID
 * @returns the HTML
 * @category Testing
 * @example
 * linkRules('✗ [E1] QUOTA_EXCEEDED', (id) => `rules.html#${id.toLowerCase()}`);
 */
export function linkRules(html: string, href: (rule: string) => string | undefined): string {
  return html.replace(RULE_ID, (id: string) => {
    const target = href(id);
    return target === undefined ? id : `<a class="rule" href="${escapeHtml(target)}">${id}</a>`;
  });
}

function lineClass(line: string): string | undefined {
  const text = line.trim();
  if (text.startsWith('■')) return 'day';
  if (/^\d\d:\d\d {2}✗ check|^✗ check/.test(text) || text.startsWith('‼') || /‼ error$/.test(text)) return 'failed';
  if (/^(?:\d\d:\d\d {2})?✓ check/.test(text)) return 'held';
  if (text.startsWith('✗ [') || / ✗ refused$/.test(text)) return 'refused';
  if (text.startsWith('◆')) return 'change';
  if (text.startsWith('✉')) return 'notice';
  return undefined;
}

/** The rules of a notice by its kind: the decision mail (D1) and what it may show (D5). */
const NOTICE_RULES: Readonly<Record<string, readonly string[]>> = { [HOLD_NOTICE_KIND]: ['D1', 'D5'] };

function transitionRules(change: StateChange): readonly string[] {
  switch (change.type) {
    case 'reservation': {
      if (change.from === null) return [];
      const rows = TRANSITIONS.filter((t) => t.from === change.from && t.to === change.to && t.from !== t.to);
      return [...new Set(rows.flatMap((t) => t.rules))];
    }
    case 'cancellationRequested':
      return [...new Set(TRANSITIONS.filter((t) => t.event === 'requestCancellation').flatMap((t) => t.rules))];
    case 'pickupChanged':
      return [...new Set(TRANSITIONS.filter((t) => t.event === 'changePickup').flatMap((t) => t.rules))];
    case 'notice':
      return NOTICE_RULES[change.kind] ?? [];
    default:
      return [];
  }
}

/**
 * The rules of each reservation's change of state and each notice in a report, in the order the
 * timeline prints them (its ◆ and ✉ lines): the rules of the lifecycle's transition
 * ({@link TRANSITIONS}) from the old status to the new one (none for a new reservation); for a
 * hold notice, D1 and D5.
 * @param report - the report the timeline was made from
 * @returns one list of rule IDs per ◆ or ✉ line
 * @category Testing
 * @example
 * changeRules(report)[0]; // [] for the first request, then ['C1', 'C2'] for its approval
 */
export function changeRules(report: ScenarioReport): (readonly string[])[] {
  const kinds = new Set<StateChange['type']>(['reservation', 'cancellationRequested', 'pickupChanged', 'notice']);
  return report.steps.flatMap((s) => s.changes.filter((c) => kinds.has(c.type)).map(transitionRules));
}

/**
 * The timeline of `yoyaku run` as HTML for a `<pre>`: each line escaped, marked by what it says
 * (`day`, `change`, `notice`, `refused`, `held`, `failed`), with rule IDs linked. Given the rules
 * of each change of state and notice ({@link changeRules}), each ◆ and ✉ line ends with its
 * rules, linked too; they are left out if the lines and the changes do not pair up.
 * @param timeline - the text of {@link formatScenarioTimeline}, without colours
 * @param href - the address of a rule's section
 * @param rules - the rules of each ◆ and ✉ line, in order
 * @returns the HTML
 * @category Testing
 * @example
 * pre.innerHTML = timelineHtml(result.timeline, (id) => anchors[id], changeRules(result.report));
 */
export function timelineHtml(timeline: string, href: (rule: string) => string | undefined, rules: readonly (readonly string[])[] = []): string {
  const lines = timeline.replace(/\n$/, '').split('\n');
  const marked = (line: string): boolean => /^[◆✉]/.test(line.trimStart());
  const changes = lines.filter(marked);
  const paired = changes.length === rules.length;
  let change = 0;
  return lines
    .map((line) => {
      const cls = lineClass(line);
      let html = linkRules(escapeHtml(line), href);
      if (paired && marked(line)) {
        const ids = rules[change++] ?? [];
        if (ids.length > 0) html += `  <span class="rules">[${linkRules(escapeHtml(ids.join(' ')), href)}]</span>`;
      }
      return cls === undefined ? html : `<span class="${cls}">${html}</span>`;
    })
    .join('\n');
}
