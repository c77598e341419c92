import { japanDateOf, startOfJapanDay } from '../calendar/japan-date.js';
import { isLocalDate } from '../calendar/local-date.js';
import type { Instant } from '../model/time.js';
import { shippedLocales } from '../notices/locale-registry.js';
import { didYouMean } from './suggest.js';
import { InstantSchema } from '../policy/schema.js';
import { timelineStream } from '../testing/scenario/format-timeline.js';
import { scenarioOffset } from '../testing/scenario/scenario-offset.js';
import { toServiceActor } from '../testing/scenario/run-operation.js';
import type { PreparedScenario } from '../testing/scenario/parse-scenario.js';
import { parseScenario } from '../testing/scenario/parse-scenario.js';
import { runScenario, type RunScenarioOptions } from '../testing/scenario/run-scenario.js';
import { CliError } from './cli-error.js';
import type { CliCommand } from './cli-command.js';
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
  /** Run the scenario's daily jobs in chunks of this many keys (`jobChunkSize`), each chunk reported on `err`. */
  readonly jobChunk?: string | undefined;
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

function localeOf(value: string | undefined): string | undefined {
  const known = shippedLocales().locales;
  if (value === undefined || known.includes(value)) return value;
  throw new CliError(`--locale must be one of ${known.join(', ')}, not "${value}".${didYouMean(value, known)}`, 2, [], 'USAGE');
}

/** The chunk size a `--job-chunk` value stands for. */
function jobChunkOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^[1-9][0-9]{0,5}$/.test(value)) return Number(value);
  throw new CliError(`--job-chunk must be a whole number from 1 to 999999, not "${value}"`, 2, [], 'USAGE');
}

/** From this many steps, a run on a terminal shows a progress line. */
const PROGRESS_FROM = 200;

/** The steps as the timeline's columns need them before they play. */
function headSteps(prepared: PreparedScenario) {
  return prepared.steps.map((s) =>
    'do' in s.step ? { kind: 'operation' as const, actor: toServiceActor(s.step.actor), operation: s.step.do } : { kind: 'expectation' as const, passed: true },
  );
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
  const jobChunkSize = jobChunkOf(options.jobChunk);
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
    ...(progress === null ? {} : { fromStep: progress.nextStep ?? 0, aliases: progress.aliases, notices: progress.notices ?? [] }),
    ...(until === undefined ? {} : { until }),
    service: {
      ...(noticeLocale === undefined ? {} : { noticeLocale }),
      // A chunked job reports each chunk on standard error, so that --json output stays clean.
      ...(jobChunkSize === undefined ? {} : { jobChunkSize, onJobProgress: (p) => io.err(`  ${p.job} ${p.date}: chunk ${p.chunksDone}/${p.chunksTotal}\n`) }),
    },
  };
  const timelineOptions = { branches: prepared.library.policy.branches, color: io.color, ...(io.columns === undefined ? {} : { width: Math.min(80, Math.max(40, io.columns)) }), ...(noticeLocale === undefined ? {} : { locale: noticeLocale }) };
  const stream = options.json ? null : timelineStream({ ...prepared.scenario, offset: scenarioOffset(input), aliases: progress?.aliases ?? {}, steps: headSteps(prepared) }, timelineOptions);
  if (stream !== null) {
    if (progress !== null) io.out(`Continuing "${name}" from ${sqliteFile} at step ${(progress.nextStep ?? 0) + 1}\n\n`);
    io.out(stream.header());
  }
  // The timeline streams as the scenario plays; on a terminal, a long run also shows where it is.
  const showProgress = io.progress === true && prepared.steps.length >= PROGRESS_FROM;
  const onStep: NonNullable<RunScenarioOptions['onStep']> = (step, at) => {
    if (stream !== null) io.out(stream.step(step));
    if (showProgress && (at.done % 50 === 0 || at.done === at.total)) io.err(`\r\u001b[2K  step ${at.done}/${at.total} · ${step.date}`);
  };
  let report;
  try {
    report = await runScenario(input, { ...runOptions, onStep });
  } catch (e) {
    throw toCliError(options.file, e);
  } finally {
    if (showProgress) io.err('\r\u001b[2K');
    await close?.();
  }
  if (sqliteFile !== null) {
    await writeProgress(sqliteFile, { scenario: name, nextStep: report.nextStep, aliases: report.aliases, notices: report.notices });
  }
  if (stream === null) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else {
    io.out(stream.footer(report));
    if (sqliteFile !== null && report.nextStep !== null) {
      io.out(`The library is kept in ${sqliteFile}; run again with --store sqlite:${sqliteFile} to continue from step ${report.nextStep + 1}.\n`);
    }
  }
  return report.passed ? 0 : 1;
}

/**
 * `yoyaku run` in the commands' table.
 * @category Testing
 * @example
 * await RUN_COMMAND.run({ file: 'demo.json', json: false, values: {} }, io);
 */
export const RUN_COMMAND: CliCommand = {
  name: 'run',
  file: 'scenario.json',
  summary: [
    'Play a scenario and print its timeline, day by day, in the',
    'scenario\'s own time: who did what, each change of state, each',
    'notice, each refusal with its rule.',
  ],
  options: {
    store: { type: 'string', help: '--store        Where the library lives: memory (default) or\n                 sqlite:<file>, which a later run continues from.' },
    until: { type: 'string', help: '--until        Stop after a date (2026-12-07) or an instant\n                 (2026-12-07T18:00:00+09:00).' },
    locale: { type: 'string', help: '--locale       Language of the messages: ja (default), en or ja-easy.' },
    'job-chunk': { type: 'string', help: '--job-chunk    Run the daily jobs in chunks of <n>, each chunk shown\n                 on stderr (chunk k/n).' },
  },
  run: (args, io) =>
    runCommand(
      { file: args.file, json: args.json, store: optionalString(args.values['store']), until: optionalString(args.values['until']), locale: optionalString(args.values['locale']), jobChunk: optionalString(args.values['job-chunk']) },
      io,
    ),
};

function optionalString(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
