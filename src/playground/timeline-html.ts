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

/**
 * The timeline of `yoyaku run` as HTML for a `<pre>`: each line escaped, marked by what it says
 * (`day`, `change`, `notice`, `refused`, `held`, `failed`), with rule IDs linked.
 * @param timeline - the text of {@link formatScenarioTimeline}, without colours
 * @param href - the address of a rule's section
 * @returns the HTML
 * @category Testing
 * @example
 * pre.innerHTML = timelineHtml(result.timeline, (id) => anchors[id]);
 */
export function timelineHtml(timeline: string, href: (rule: string) => string | undefined): string {
  return timeline
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => {
      const cls = lineClass(line);
      const html = linkRules(escapeHtml(line), href);
      return cls === undefined ? html : `<span class="${cls}">${html}</span>`;
    })
    .join('\n');
}
