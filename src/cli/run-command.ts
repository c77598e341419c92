import { japanDateOf, startOfJapanDay } from '../calendar/japan-date.js';
import { isLocalDate } from '../calendar/local-date.js';
import type { Instant } from '../model/time.js';
import type { Locale } from '../notices/labels.js';
import { InstantSchema } from '../policy/schema.js';
import { formatScenarioTimeline } from '../testing/scenario/format-timeline.js';
import { parseScenario } from '../testing/scenario/parse-scenario.js';
import { runScenario, type RunScenarioOptions } from '../testing/scenario/run-scenario.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { readJsonFile } from './read-json-file.js';
import { toCliError } from './scenario-errors.js';
import { openStore, parseStoreOption, readProgress, writeProgress } from './store-option.js';

/**
 * The options of `yoyaku run`.
 * @category Testing
 * @example
 * const options: RunCommandOptions = { file: 'demo.json', json: false, store: 'sqlite:demo.db', until: '2026-12-07' };
 */
export interface RunCommandOptions {
  readonly file: string;
  /** Print the report as JSON instead of the timeline. */
  readonly json: boolean;
  /** `memory` (default) or `sqlite:<file>`. */
  readonly store?: string | undefined;
  /** Stop after this Japan date (`YYYY-MM-DD`, its whole day) or instant. */
  readonly until?: string | undefined;
  /** The language of the hold notices. */
  readonly locale?: string | undefined;
}

/**
 * The instant a `--until` value stands for: the last millisecond of a Japan date, or the
 * instant given.
 * @param value - a date or an instant
 * @returns the instant
 * @throws {@link CliError} for anything else
 * @category Testing
 * @example
 * untilInstant('2026-12-07'); // '2026-12-07T14:59:59.999Z'
 */
function untilInstant(value: string): Instant {
  if (isLocalDate(value)) return new Date(Date.parse(startOfJapanDay(value)) + 86_400_000 - 1).toISOString();
  const parsed = InstantSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CliError(`--until must be a date (2026-12-07) or an instant with its offset (2026-12-07T18:00:00+09:00), not "${value}"`);
}

/**
 * Refuses a `--until` outside the scenario's days, from the Japan date of its first step to that
 * of its last: before them it would play nothing, after them it would stop nowhere (P15).
 * @throws {@link CliError} for an instant outside that range
 */
function checkUntilInRange(until: Instant, steps: readonly { readonly at: Instant }[], given: string): void {
  const first = steps[0]?.at;
  const last = steps[steps.length - 1]?.at;
  if (first === undefined || last === undefined) return;
  const day = japanDateOf(until);
  const from = japanDateOf(first);
  const to = japanDateOf(last);
  if (day < from || day > to) throw new CliError(`--until ${given} is outside the scenario, which runs from ${from} to ${to}`);
}

function localeOf(value: string | undefined): Locale | undefined {
  if (value === undefined || value === 'ja' || value === 'en') return value;
  throw new CliError(`--locale must be "ja" or "en", not "${value}"`);
}

/**
 * `yoyaku run <scenario.json>`: plays a scenario and prints its day-by-day timeline (or the
 * report as JSON with `--json`). With `--store sqlite:<file>` the library lives in a SQLite file
 * and the progress next to it, so a later run continues where this one stopped (`--until`).
 * @param options - the file and options
 * @param io - where to write
 * @returns the exit code: 0 when every expectation held, 1 when one failed
 * @throws {@link CliError} exit code 2 for a file that cannot be read or is not a valid scenario
 * @category Testing
 * @example
 * const code = await runCommand({ file: 'examples/demo/hokuto-two-weeks.json', json: false }, io);
 */
export async function runCommand(options: RunCommandOptions, io: CliIo): Promise<number> {
  const store = parseStoreOption(options.store);
  const until = options.until === undefined ? undefined : untilInstant(options.until);
  const noticeLocale = localeOf(options.locale);
  const input = await readJsonFile(options.file);
  let prepared;
  try {
    prepared = parseScenario(input);
  } catch (e) {
    throw toCliError(options.file, e);
  }
  if (until !== undefined) checkUntilInRange(until, prepared.steps, options.until ?? '');
  const name = prepared.scenario.name;
  const sqliteFile = store.kind === 'sqlite' ? store.file : null;
  const progress = sqliteFile === null ? null : await readProgress(sqliteFile);
  if (progress !== null && progress.scenario !== name) {
    throw new CliError(`${sqliteFile} holds the scenario "${progress.scenario}", not "${name}"`);
  }
  if (progress !== null && progress.nextStep === null) {
    io.err(`${sqliteFile} has played "${name}" to its end; remove ${sqliteFile} and its .progress.json to play it again.\n`);
    return 0;
  }
  let close: (() => Promise<void>) | undefined;
  const runOptions: RunScenarioOptions = {
    storage: async ({ clock }) => {
      const opened = await openStore(store, clock);
      close = opened.close;
      return opened.storage;
    },
    seed: progress === null,
    ...(progress === null ? {} : { fromStep: progress.nextStep ?? 0, aliases: progress.aliases }),
    ...(until === undefined ? {} : { until }),
    ...(noticeLocale === undefined ? {} : { service: { noticeLocale } }),
  };
  let report;
  try {
    report = await runScenario(input, runOptions);
  } catch (e) {
    throw toCliError(options.file, e);
  } finally {
    await close?.();
  }
  if (sqliteFile !== null) {
    await writeProgress(sqliteFile, { scenario: name, nextStep: report.nextStep, aliases: report.aliases });
  }
  if (options.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else {
    if (progress !== null) io.out(`Continuing "${name}" from ${sqliteFile} at step ${progress.nextStep}\n\n`);
    io.out(formatScenarioTimeline(report, { branches: prepared.library.policy.branches, color: io.color }));
    if (sqliteFile !== null && report.nextStep !== null) {
      io.out(`The library is kept in ${sqliteFile}; run again with --store sqlite:${sqliteFile} to continue from step ${report.nextStep}.\n`);
    }
  }
  return report.passed ? 0 : 1;
}
