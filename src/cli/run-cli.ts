import { parseArgs } from 'node:util';
import { checkPolicyCommand } from './check-policy-command.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { runCommand } from './run-command.js';
import { simulateCommand } from './simulate-command.js';

/**
 * The text of `yoyaku --help`.
 * @category Testing
 * @example
 * process.stdout.write(CLI_HELP);
 */
const CLI_HELP = `yoyaku — play library reservation scenarios and check policies (yoyaku-rules)

Usage:
  yoyaku run <scenario.json> [--json] [--store memory|sqlite:<file>] [--until <date|instant>] [--locale ja|en]
  yoyaku check-policy <policy.json> [--json]
  yoyaku --help | --version

Commands:
  run            Play a scenario and print a day-by-day timeline (Japan time): who did what,
                 each change of state, each notice, each refusal with its rule and message.
  check-policy   Validate a policy file ({ "preset": "hokuto", ...overrides } or a full policy)
                 and print the effective values.

Options:
  --json         Print the report (or the policy) as JSON.
  --store        Where the library lives: memory (default), or sqlite:<file>, kept in the file
                 so that a later run continues where this one stopped.
  --until        Stop after this Japan date (2026-12-07) or instant (2026-12-07T18:00:00+09:00).
  --locale       Language of the hold notices: ja (default) or en.
  --no-color     No colours, even on a terminal.
  -h, --help     This help.
  -v, --version  The version.

Exit codes:
  0  every expectation held (run), or the policy is valid (check-policy)
  1  an expectation failed
  2  the file cannot be read, is not JSON, or is not a valid scenario or policy; a usage error
`;

function usage(message: string): CliError {
  return new CliError(message, 2, ['Run "yoyaku --help" for usage.']);
}

async function dispatch(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  if (argv[0] === 'simulate') return simulateCommand(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        store: { type: 'string' },
        until: { type: 'string' },
        locale: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw usage(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (values.help || command === 'help') {
    io.out(CLI_HELP);
    return 0;
  }
  if (values.version) {
    io.out(`${version}\n`);
    return 0;
  }
  if (command === undefined) throw usage('missing a command: run or check-policy');
  if (command !== 'run' && command !== 'check-policy') throw usage(`unknown command "${command}"`);
  if (file === undefined) throw usage(`missing the file: yoyaku ${command} <${command === 'run' ? 'scenario' : 'policy'}.json>`);
  if (extra.length > 0) throw usage(`unexpected arguments: ${extra.join(' ')}`);
  const colored: CliIo = { ...io, color: values['no-color'] ? false : (values.color ?? io.color) };
  if (command === 'check-policy') {
    for (const option of ['store', 'until', 'locale'] as const) {
      if (values[option] !== undefined) throw usage(`--${option} is an option of run, not of check-policy`);
    }
    return checkPolicyCommand({ file, json: values.json }, colored);
  }
  return runCommand({ file, json: values.json, store: values.store, until: values.until, locale: values.locale }, colored);
}

/**
 * Runs the `yoyaku` command line with arguments and returns its exit code. Every error is
 * written to `io.err` as a message, never a stack trace (set `YOYAKU_DEBUG=1` for one):
 * exit code 2 for unreadable or invalid files and usage errors, 1 when a scenario's
 * expectation failed, 0 otherwise.
 * @param argv - the arguments after the program name
 * @param io - where to write
 * @param version - the package version, for `--version`
 * @returns the exit code
 * @category Testing
 * @example
 * const code = await runCli(['run', 'scenario.json', '--json'], { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), color: false });
 */
export async function runCli(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  try {
    return await dispatch(argv, io, version);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`yoyaku: ${e.message}\n${e.details.map((d) => `  ${d}\n`).join('')}`);
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`yoyaku: ${message}\n`);
    if (process.env['YOYAKU_DEBUG'] && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return 2;
  }
}
