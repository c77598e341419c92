/**
 * An error the command line reports as one message and an exit code, without a stack trace:
 * a file that cannot be read, JSON that does not parse, a scenario or policy that is invalid,
 * a usage mistake, a store driver that is not installed. With `--json` it is printed as
 * `{ "error": { "code", "message", "details" } }`.
 * @category Testing
 * @example
 * throw new CliError('missing the scenario file: yoyaku run <scenario.json>', 2);
 */
export class CliError extends Error {
  /** The process exit code. */
  readonly exitCode: number;
  /** Further lines, such as one per issue with its path. */
  readonly details: readonly string[];
  /**
   * A stable code for `--json` readers: `USAGE`, `FILE_UNREADABLE`, `INVALID_JSON`,
   * `DRIVER_MISSING`, `STORE_UNAVAILABLE`, or the code of the {@link YoyakuError} behind it
   * (`INVALID_SCENARIO`, `INVALID_POLICY` …). Default `CLI_ERROR`.
   */
  readonly code: string;

  constructor(message: string, exitCode = 2, details: readonly string[] = [], code = 'CLI_ERROR') {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.details = details;
    this.code = code;
  }
}
