import type { CliIo } from './cli-io.js';

/**
 * The option types of the command line (those of `node:util` `parseArgs`).
 * @category Testing
 * @example
 * const option: CliOptionSpec = { type: 'string', help: '--store <memory|sqlite:file>  Where the library lives.' };
 */
export interface CliOptionSpec {
  readonly type: 'string' | 'boolean';
  /** One line of `yoyaku --help`, starting with the option as written. */
  readonly help: string;
}

/**
 * What a command receives: its file (the first argument after the command) and the values of
 * the options it declared.
 * @category Testing
 * @example
 * const args: CliCommandArgs = { file: 'demo.json', json: false, values: { store: 'memory' } };
 */
export interface CliCommandArgs {
  readonly file: string;
  /** `--json`: print JSON, and report errors as JSON. */
  readonly json: boolean;
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

/**
 * One command of `yoyaku`: its name, the file it takes, its own options and its help. The
 * commands are listed in `COMMANDS` (src/cli/commands.ts); adding one is one line there.
 * @category Testing
 * @example
 * const hello: CliCommand = { name: 'hello', file: 'scenario.json', summary: ['Say hello.'], options: {}, run: async (_args, io) => (io.out('hello\n'), 0) };
 */
export interface CliCommand {
  readonly name: string;
  /** The file argument as the usage line shows it (`scenario.json`). */
  readonly file: string;
  /** Lines of `yoyaku --help` under the command's name. */
  readonly summary: readonly string[];
  /** Options only this command takes (`--json`, `--help`, `--no-color` are everyone's). */
  readonly options: Readonly<Record<string, CliOptionSpec>>;
  run(args: CliCommandArgs, io: CliIo): Promise<number>;
}
