import { isYoyakuError } from '../../src/errors/yoyaku-error.js';

/** What `fn` threw; fails the test when it returns. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

/** `'resolved'`, or the `YoyakuError` code the promise rejects with (any other rejection as text). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isYoyakuError(error) ? error.code : String(error);
  }
}
