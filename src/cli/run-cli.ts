import { parseArgs } from 'node:util';
import type { CliCommand, CliOptionSpec } from './cli-command.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { COMMANDS } from './commands.js';
import { simulateCommand } from './simulate-command.js';
import { didYouMean } from './suggest.js';

const COMMON: Readonly<Record<string, CliOptionSpec>> = {
  json: { type: 'boolean', help: '--json         Print the result as JSON on stdout; an error too.' },
  'no-color': { type: 'boolean', help: '--no-color     No colours, even on a terminal.' },
  color: { type: 'boolean', help: '' },
  help: { type: 'boolean', help: '-h, --help     This help.' },
  version: { type: 'boolean', help: '-v, --version  The version.' },
};
const SHORT: Readonly<Record<string, string>> = { help: 'h', version: 'v' };

function usageLine(command: CliCommand): string {
  const own = Object.keys(command.options).map((name) => `[--${name}${command.options[name]?.type === 'string' ? ' …' : ''}]`);
  const head = `  yoyaku ${command.name} <${command.file}>`;
  // Within 80 columns: options that do not fit go on the next line, under the file.
  const lines = [head];
  for (const option of [...own, '[--json]']) {
    const last = lines.length - 1;
    if (`${lines[last]} ${option}`.length <= 80) lines[last] = `${lines[last]} ${option}`;
    else lines.push(`${' '.repeat(`  yoyaku ${command.name} `.length)}${option}`);
  }
  return lines.join('\n');
}

/**
 * The text of `yoyaku --help` (and of `yoyaku` alone), made from the commands' table.
 * @param commands - the commands
 * @returns the help text
 * @category Testing
 * @example
 * process.stdout.write(cliHelp(COMMANDS));
 */
export function cliHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 3;
  const lines = [
    'yoyaku — play library reservation scenarios and check policies (yoyaku-rules)',
    '',
    'Usage:',
    ...commands.map(usageLine),
    '  yoyaku simulate [--days N] [--seed S] [--start DATE] [--policy policy.json]',
    '                  [--store memory|sqlite:file|postgres:url] [--json] [--strict]',
    '  yoyaku --help | --version',
    '',
    'Commands:',
    ...commands.flatMap((c) => c.summary.map((line, i) => `  ${(i === 0 ? c.name : '').padEnd(width)}${line}`)),
    `  ${'simulate'.padEnd(width)}Play a seeded year at the Hokuto libraries, checking the`,
    `  ${''.padEnd(width)}invariants every day (options: yoyaku simulate --help).`,
    '',
    'Options:',
    ...commands.flatMap((c) => Object.values(c.options).map((o) => `  ${o.help}`)),
    ...Object.values(COMMON).filter((o) => o.help !== '').map((o) => `  ${o.help}`),
    '',
    'Exit codes:',
    '  0  done: every expectation held (run), the policy is valid (check-policy)',
    '  1  an expectation failed',
    '  2  the file cannot be read, is not JSON or is not valid; a usage error;',
    '     a store driver is not installed',
    '',
  ];
  return lines.join('\n');
}

function usage(message: string): CliError {
  return new CliError(message, 2, ['Run "yoyaku --help" for usage.'], 'USAGE');
}

function allOptions(commands: readonly CliCommand[]): Record<string, { type: 'string' | 'boolean'; short?: string }> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const spec of [COMMON, ...commands.map((c) => c.options)]) {
    for (const [name, o] of Object.entries(spec)) options[name] = { type: o.type, ...(SHORT[name] === undefined ? {} : { short: SHORT[name] }) };
  }
  return options;
}

function parse(argv: readonly string[], commands: readonly CliCommand[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: allOptions(commands) });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const unknown = /Unknown option '(--?[^']+)'/.exec(message);
    if (unknown?.[1] !== undefined) {
      const names = Object.keys(allOptions(commands)).map((n) => `--${n}`);
      throw usage(`unknown option ${unknown[1]}.${didYouMean(unknown[1], names)}`);
    }
    throw usage(message.split('\n')[0] ?? message);
  }
}

async function dispatch(argv: readonly string[], io: CliIo, version: string, commands: readonly CliCommand[]): Promise<number> {
  if (argv[0] === 'simulate') return simulateCommand(argv.slice(1), io);
  const { values, positionals } = parse(argv, commands);
  const [name, file, ...extra] = positionals;
  if (values['help'] === true || name === 'help' || (name === undefined && values['version'] !== true)) {
    io.out(cliHelp(commands));
    return 0;
  }
  if (values['version'] === true) {
    io.out(`${version}\n`);
    return 0;
  }
  const names = commands.map((c) => c.name);
  const command = commands.find((c) => c.name === name);
  if (command === undefined) throw usage(`unknown command "${name ?? ''}".${didYouMean(name ?? '', names)} The commands are: ${names.join(', ')}.`);
  if (file === undefined) throw usage(`missing the file: yoyaku ${command.name} <${command.file}>`);
  if (extra.length > 0) throw usage(`unexpected arguments: ${extra.join(' ')}`);
  for (const option of Object.keys(values)) {
    if (option in COMMON || option in command.options) continue;
    const owner = commands.find((c) => option in c.options);
    throw usage(`--${option} is an option of ${owner?.name ?? 'another command'}, not of ${command.name}`);
  }
  const color = values['no-color'] === true ? false : typeof values['color'] === 'boolean' ? values['color'] : io.color;
  return command.run({ file, json: values['json'] === true, values }, { ...io, color });
}

function report(e: unknown, io: CliIo, json: boolean): number {
  const error = e instanceof CliError ? e : new CliError(e instanceof Error ? e.message : String(e), 2, [], 'CLI_ERROR');
  if (json) io.out(`${JSON.stringify({ error: { code: error.code, message: error.message, details: error.details } }, null, 2)}\n`);
  else io.err(`yoyaku: ${error.message}\n${error.details.map((d) => `  ${d}\n`).join('')}`);
  if (!(e instanceof CliError) && process.env['YOYAKU_DEBUG'] && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
  return error.exitCode;
}

/**
 * Runs the `yoyaku` command line with arguments and returns its exit code. Every error is
 * written to `io.err` as a message, never a stack trace (set `YOYAKU_DEBUG=1` for one), or with
 * `--json` to `io.out` as `{ "error": { "code", "message", "details" } }`: exit code 2 for
 * unreadable or invalid files, usage errors and missing store drivers, 1 when a scenario's
 * expectation failed, 0 otherwise. No arguments prints the help.
 * @param argv - the arguments after the program name
 * @param io - where to write
 * @param version - the package version, for `--version`
 * @param commands - the commands (default: all of them)
 * @returns the exit code
 * @category Testing
 * @example
 * const code = await runCli(['run', 'scenario.json', '--json'], { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), color: false });
 */
export async function runCli(argv: readonly string[], io: CliIo, version = '0.0.0', commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  try {
    return await dispatch(argv, io, version, commands);
  } catch (e) {
    return report(e, io, argv.includes('--json'));
  }
}
