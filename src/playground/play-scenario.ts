import type { CliError } from '../cli/cli-error.js';
import { parseJsonText } from '../cli/parse-json-text.js';
import { toCliError } from '../cli/scenario-errors.js';
import type { Branch } from '../model/branch.js';
import type { Locale } from '../notices/labels.js';
import { formatScenarioTimeline } from '../testing/scenario/format-timeline.js';
import { parseScenario } from '../testing/scenario/parse-scenario.js';
import { runScenario } from '../testing/scenario/run-scenario.js';
import type { ScenarioReport } from '../testing/scenario/scenario-report.js';
import { applyPolicyChoice, type PolicyChoice } from './policy-choice.js';

/**
 * What the playground's "play" button plays: the editor's text, the policy panel's choice, the
 * reader's language.
 * @category Testing
 * @example
 * const run: PlaygroundRun = { text: editor.value, name: 'hokuto-two-weeks.json', policy: { kind: 'preset' }, locale: 'en' };
 */
export interface PlaygroundRun {
  /** The scenario file's text. */
  readonly text: string;
  /** The file's name in messages, as `yoyaku run` names the file it was given. Default `scenario.json`. */
  readonly name?: string | undefined;
  /** Default: the scenario's own library. */
  readonly policy?: PolicyChoice | undefined;
  /**
   * The language of the timeline's dates, statuses, refusal messages and branch names. Default:
   * both, exactly as `yoyaku run` prints it.
   */
  readonly locale?: Locale | undefined;
  /**
   * The language of the notices the library sends (`yoyaku run --locale`). Default Japanese, as
   * the scenarios' notice expectations are written.
   */
  readonly noticeLocale?: Locale | undefined;
}

/**
 * An error as the command line reports it: one message and one line per issue with its path
 * (`steps.3.args.volumeId: Unknown volume "x"`). `source` says which panel it belongs under.
 * @category Testing
 * @example
 * const error: PlaygroundError = { source: 'scenario', message: 'demo.json is not a valid scenario:', details: ['steps.3.at: Not a valid instant'] };
 */
export interface PlaygroundError {
  readonly source: 'scenario' | 'policy';
  readonly message: string;
  readonly details: readonly string[];
}

/**
 * The result of {@link playScenario}: the runner's report (the same as `yoyaku run --json`), the
 * timeline as `yoyaku run` prints it, and the library's branches; or the error.
 * @category Testing
 * @example
 * const result: PlaygroundResult = await playScenario({ text });
 * if (result.ok) console.log(result.report.passed);
 */
export type PlaygroundResult =
  | { readonly ok: true; readonly report: ScenarioReport; readonly timeline: string; readonly branches: readonly Branch[] }
  | { readonly ok: false; readonly error: PlaygroundError };

function failure(source: PlaygroundError['source'], error: CliError): PlaygroundResult {
  return { ok: false, error: { source, message: error.message, details: error.details } };
}

/**
 * Plays a scenario as the documentation site's playground does, in the reader's browser: parses
 * the text (syntax errors with line and column), applies the policy panel's choice, then runs it
 * with the library's own scenario runner on a new memory store and formats the timeline. Never
 * throws: every error comes back as the command line would print it, never a stack trace.
 * @param run - the text, the policy choice and the language
 * @returns the report and the timeline, or the error
 * @category Testing
 * @example
 * const result = await playScenario({ text: JSON.stringify(scenario), locale: 'en' });
 * if (!result.ok) console.log(result.error.message, result.error.details);
 */
export async function playScenario(run: PlaygroundRun): Promise<PlaygroundResult> {
  const name = run.name ?? 'scenario.json';
  let input: unknown;
  try {
    input = parseJsonText(run.text, name);
  } catch (e) {
    return failure('scenario', toCliError(name, e));
  }
  try {
    input = applyPolicyChoice(input, run.policy ?? { kind: 'preset' });
  } catch (e) {
    return failure('policy', toCliError(run.policy?.kind === 'file' ? (run.policy.name ?? 'policy.json') : name, e));
  }
  try {
    const { branches } = parseScenario(input).library.policy;
    const report = await runScenario(input, run.noticeLocale === undefined ? {} : { service: { noticeLocale: run.noticeLocale } });
    const timeline = formatScenarioTimeline(report, { branches, color: false, locale: run.locale });
    return { ok: true, report, timeline, branches };
  } catch (e) {
    return failure('scenario', toCliError(name, e));
  }
}
