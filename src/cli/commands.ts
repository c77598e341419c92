import { CHECK_POLICY_COMMAND } from './check-policy-command.js';
import type { CliCommand } from './cli-command.js';
import { RUN_COMMAND } from './run-command.js';

/**
 * The commands of `yoyaku`, in the order `yoyaku --help` lists them. A new command is one entry
 * here (and its import): its usage line, help, options and suggestions follow from it.
 * @category Testing
 * @example
 * COMMANDS.map((c) => c.name); // ['run', 'check-policy']
 */
export const COMMANDS: readonly CliCommand[] = [
  RUN_COMMAND,
  CHECK_POLICY_COMMAND,
];
