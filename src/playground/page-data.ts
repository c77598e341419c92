/**
 * One scenario of the playground's menu, as the docs build embeds it.
 * @category Testing
 * @example
 * const entry: PlaygroundScenario = { id: 'e1-online-quota', file: 'test/scenarios/e1-online-quota.json', group: 'golden', name: 'An eighth online reservation', rules: ['E1'], text: '{…}' };
 */
export interface PlaygroundScenario {
  /** The file's name without `.json`: what `?s=` and `#s=` name. */
  readonly id: string;
  /** The file's path in the repository. */
  readonly file: string;
  readonly group: 'demo' | 'golden';
  readonly name: string;
  readonly rules: readonly string[];
  /** The file's text, as the editor shows it. */
  readonly text: string;
}

/**
 * What the docs build (`scripts/docs-playground.mjs`) embeds in the playground page: the menu
 * (the demo, the golden scenarios, and each rule with the scenarios the rules reference lists for
 * it), where each rule's section of the rules reference is, and the policy knobs of the rule
 * catalogue with their rules.
 * @category Testing
 * @example
 * const data = JSON.parse(document.getElementById('playground-data')!.textContent!) as PlaygroundData;
 */
export interface PlaygroundData {
  /** The id of the scenario shown first. */
  readonly defaultScenario: string;
  readonly scenarios: readonly PlaygroundScenario[];
  readonly rules: readonly { readonly id: string; readonly title: string; readonly scenarios: readonly string[] }[];
  /** Rule ID → the address of its section, relative to the playground page. */
  readonly ruleHrefs: Readonly<Record<string, string>>;
  /** Policy fields of the rule catalogue's knobs, in its order, with the rules naming them. */
  readonly knobs: readonly { readonly name: string; readonly rules: readonly string[] }[];
  /** Addresses of the site's home and rules reference, relative to the page. */
  readonly links: { readonly home: string; readonly rules: string };
}
