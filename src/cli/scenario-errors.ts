import { formatIssuePath, isYoyakuError } from '../errors/yoyaku-error.js';
import { CliError } from './cli-error.js';

const WHAT: Readonly<Record<string, string>> = {
  INVALID_SCENARIO: 'is not a valid scenario',
  INVALID_POLICY: 'is not a valid policy',
  INVALID_INPUT: 'has an invalid value',
};

/**
 * Turns an error thrown while reading or playing a file into a {@link CliError}: a
 * `YoyakuError` becomes one line per issue with its path (`steps.3.args.volumeId: Unknown
 * volume "x"`); a `CliError` stays as it is; anything else becomes its message. Never a stack.
 * @param file - the file being read or played
 * @param error - what was thrown
 * @returns the error to report, exit code 2
 * @category Testing
 * @example
 * try { parseScenario(json); } catch (e) { throw toCliError('demo.json', e); }
 */
export function toCliError(file: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (isYoyakuError(error)) {
    const what = WHAT[error.code];
    if (what !== undefined && error.issues.length > 0) {
      return new CliError(`${file} ${what}:`, 2, error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`));
    }
    return new CliError(`${file}: ${error.code}: ${error.message}`);
  }
  return new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}
