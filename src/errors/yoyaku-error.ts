import type { z } from 'zod';

const BRAND = Symbol.for('yoyaku-rules.error');

/**
 * Stable codes of {@link YoyakuError}: programmer or data errors, never business refusals.
 *
 * - `INVALID_INPUT`: a function got data that does not match its schema.
 * - `INVALID_POLICY`: a policy does not match the policy schema.
 * - `INVALID_RECORD`: a record read back from storage is not valid (names the table and row).
 * - `CALENDAR_NEVER_OPEN`: a branch calendar has no open day within two years.
 * - `CALENDAR_OUT_OF_RANGE`: a calendar that depends on national holidays was asked about a
 *   date outside the range its holiday data covers (details: `branchId`, `date`, `from`, `to`).
 * - `VERSION_CONFLICT`: a write expected a version that moved on.
 * - `NOT_FOUND`: a referenced record does not exist.
 * - `STORE_UNAVAILABLE`: storage could not be reached in time.
 * - `INVALID_SCENARIO`: a scenario file is malformed (names the step and field).
 * @category Errors
 * @example
 * const code: YoyakuErrorCode = 'INVALID_POLICY';
 */
export type YoyakuErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_POLICY'
  | 'INVALID_RECORD'
  | 'CALENDAR_NEVER_OPEN'
  | 'CALENDAR_OUT_OF_RANGE'
  | 'VERSION_CONFLICT'
  | 'NOT_FOUND'
  | 'STORE_UNAVAILABLE'
  | 'INVALID_SCENARIO';

/**
 * One problem found in input, with the path to the field. Zod issues are kept as they are.
 * @category Errors
 * @example
 * const issue: YoyakuIssue = { path: ['maxOnline'], message: 'Too small: expected number to be >=1' };
 */
export interface YoyakuIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string | undefined;
}

/**
 * The one error class this library throws, for invalid input and storage failures. Business
 * refusals are never thrown: they are {@link Refusal} values. Recognise it across bundle copies
 * with {@link isYoyakuError}. Its message never contains a patron's name, e-mail or card number.
 * @category Errors
 * @example
 * try {
 *   parsePolicy({ maxOnline: -1 });
 * } catch (e) {
 *   if (isYoyakuError(e)) console.log(e.code, e.issues[0]?.path); // 'INVALID_POLICY' ['maxOnline']
 * }
 */
export class YoyakuError extends Error {
  /** The stable code. */
  readonly code: YoyakuErrorCode;
  /** The problems found, each with its path. */
  readonly issues: readonly YoyakuIssue[];
  /** Extra, non-personal facts (table, row id, expected version…). */
  readonly details: Readonly<Record<string, string | number | boolean | null>>;

  constructor(
    code: YoyakuErrorCode,
    message: string,
    options: {
      issues?: readonly YoyakuIssue[];
      details?: Readonly<Record<string, string | number | boolean | null>>;
      cause?: unknown;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'YoyakuError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.details = options.details ?? {};
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Whether a value is a {@link YoyakuError}, even one from another copy of the package.
 * @param value - anything caught
 * @returns true for this library's errors
 * @category Errors
 * @example
 * isYoyakuError(new YoyakuError('NOT_FOUND', 'no such reservation')); // true
 * isYoyakuError(new Error('x')); // false
 */
export function isYoyakuError(value: unknown): value is YoyakuError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/**
 * Turns zod issues into {@link YoyakuIssue}s. Messages are zod's, which never echo input values.
 * @param issues - zod issues
 * @returns the issues with path and message
 * @category Errors
 * @example
 * toYoyakuIssues([]); // []
 */
export function toYoyakuIssues(issues: readonly z.core.$ZodIssue[]): YoyakuIssue[] {
  return issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
}

/**
 * Parses `input` with a zod schema, or throws a {@link YoyakuError} with the given code and
 * the zod issues. The message lists the paths, not the values.
 * @param schema - the zod schema
 * @param input - outside data
 * @param code - the error code to throw with
 * @param what - a short name of the thing parsed, for the message
 * @param details - extra, non-personal facts for the error (table, row id, …)
 * @returns the parsed value
 * @category Errors
 * @example
 * import { z } from 'zod';
 * parseOrThrow(z.number(), 3, 'INVALID_INPUT', 'count'); // 3
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: YoyakuErrorCode,
  what: string,
  details?: Readonly<Record<string, string | number | boolean | null>>,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = toYoyakuIssues(result.error.issues);
  const where = issues.map((i) => formatIssuePath(i.path)).join(', ');
  throw new YoyakuError(code, `Invalid ${what}: ${where}`, { issues, ...(details ? { details } : {}) });
}

/**
 * An issue's path as dotted text: `steps.3.args.volumeId`, or `(root)` when empty.
 * @param path - the path
 * @returns the text
 * @category Errors
 * @example
 * formatIssuePath(['library', 'titles', 0, 'copies']); // 'library.titles.0.copies'
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}
