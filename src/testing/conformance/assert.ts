import { isYoyakuError, type YoyakuError, type YoyakuErrorCode } from '../../errors/yoyaku-error.js';

/**
 * The failure of a conformance check: its message says what was expected and what the storage did.
 * @category Testing
 * @example
 * try {
 *   await someCase();
 * } catch (e) {
 *   if (e instanceof ConformanceFailure) console.log(e.message);
 * }
 */
export class ConformanceFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConformanceFailure';
  }
}

/** JSON text with sorted keys and without `undefined` fields: equal values give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) {
      const field = (v as Record<string, unknown>)[key];
      if (field !== undefined) sorted[key] = field;
    }
    return sorted;
  });
}

/** Deep equality, as `toEqual` sees it: fields holding `undefined` count as absent. */
export function assertEqual(actual: unknown, expected: unknown, what: string): void {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) throw new ConformanceFailure(`${what}\n  expected: ${e}\n  actual:   ${a}`);
}

/** A condition that must hold. */
export function assertTrue(condition: boolean, what: string): void {
  if (!condition) throw new ConformanceFailure(what);
}

/** The ids of records, in order. */
export function idsOf(records: ReadonlyArray<{ readonly id: string }>): string[] {
  return records.map((r) => r.id);
}

/**
 * Awaits `promise`, which must reject with a `YoyakuError` of `code` whose details include
 * `details`; returns the error.
 */
export async function assertRejectsWith(
  promise: Promise<unknown>,
  code: YoyakuErrorCode,
  details: Readonly<Record<string, string | number | null>>,
  what: string,
): Promise<YoyakuError> {
  let outcome: { ok: true } | { ok: false; error: unknown };
  try {
    await promise;
    outcome = { ok: true };
  } catch (error) {
    outcome = { ok: false, error };
  }
  if (outcome.ok) throw new ConformanceFailure(`${what}: expected a YoyakuError ${code}, but it succeeded`);
  const { error } = outcome;
  if (!isYoyakuError(error)) {
    throw new ConformanceFailure(`${what}: expected a YoyakuError ${code}, got ${error instanceof Error ? error.name + ': ' + error.message : String(error)}`);
  }
  if (error.code !== code) throw new ConformanceFailure(`${what}: expected YoyakuError ${code}, got ${error.code}: ${error.message}`);
  for (const [key, value] of Object.entries(details)) {
    assertEqual(error.details[key], value, `${what}: details.${key} of the ${code} error`);
  }
  return error;
}

/** Awaits `promise`, which must reject with exactly `expected` (the same object). */
export async function assertRejectsWithSame(promise: Promise<unknown>, expected: unknown, what: string): Promise<void> {
  try {
    await promise;
  } catch (error) {
    if (error === expected) return;
    throw new ConformanceFailure(`${what}: the unit of work must rethrow the error of its work as it was, got ${String(error)}`);
  }
  throw new ConformanceFailure(`${what}: expected the unit of work to reject, but it succeeded`);
}
