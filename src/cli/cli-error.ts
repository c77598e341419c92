/**
 * An error the command line reports as one message and an exit code, without a stack trace:
 * a file that cannot be read, JSON that does not parse, a scenario or policy that is invalid,
 * a usage mistake.
 * @category Testing
 * @example
 * throw new CliError('missing the scenario file: yoyaku run <scenario.json>', 2);
 */
export class CliError extends Error {
  /** The process exit code. */
  readonly exitCode: number;
  /** Further lines, such as one per issue with its path. */
  readonly details: readonly string[];

  constructor(message: string, exitCode = 2, details: readonly string[] = []) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.details = details;
  }
}
