import { isYoyakuError } from '../../errors/yoyaku-error.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { UnitOfWorkOptions } from '../../ports/unreadable-records.js';
import type { ServiceResult } from '../service-result.js';
import type { ServiceContext } from './context.js';
import { halt, Halt } from './halt.js';
import { recordEvents } from './record-events.js';
import { failed } from './results.js';

/** Whether the store says the unit's connection ended before its commit, so nothing was written and it may run again. */
function isRetryableLoss(error: unknown): boolean {
  return isYoyakuError(error) && error.code === 'STORE_UNAVAILABLE' && error.details['retryable'] === true;
}

function isOkResult(value: unknown): value is Extract<ServiceResult<unknown>, { ok: true }> {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === true && Array.isArray((value as { events?: unknown }).events);
}

/**
 * Runs `work` as one unit of work, and runs it again from the start (re-reading and deciding
 * anew) when the store reports a `VERSION_CONFLICT`, up to `ctx.maxRetries` more times. When the
 * conflicts outlast the retries, the use case stops with a `CONFLICT` error; nothing of the
 * failed attempts is written. A `STORE_UNAVAILABLE` whose `details.retryable` is true (the
 * connection ended before the commit was sent: nothing was written) is retried the same way, on a
 * fresh connection; when it outlasts the retries, or is not retryable, it is thrown on. Any other
 * error, and a {@link Halt}, rolls the unit back and goes on.
 * When `work` returns an ok {@link ServiceResult}, its domain events are stored in the event log
 * in the same unit, with the operation's actor ({@link recordEvents}).
 * @param ctx - the service context
 * @param work - the unit's work; it may run several times
 * @param options - the options of each attempt's unit of work (made anew for each attempt)
 * @returns what the last attempt returned
 * @category Service
 * @example
 * const copy = await runUnit(ctx, (tx) => tx.copies.get('c-1'));
 */
export async function runUnit<T>(ctx: ServiceContext, work: (tx: StoresTx) => Promise<T>, options?: () => UnitOfWorkOptions): Promise<T> {
  const recorded = async (tx: StoresTx): Promise<T> => {
    const value = await work(tx);
    if (isOkResult(value)) await recordEvents(ctx, tx, value.events);
    return value;
  };
  for (let attempt = 0; ; attempt++) {
    try {
      return await (options === undefined ? ctx.ports.unitOfWork.run(recorded) : ctx.ports.unitOfWork.run(recorded, options()));
    } catch (error) {
      if (isRetryableLoss(error) && attempt < ctx.maxRetries) continue;
      if (!isYoyakuError(error) || error.code !== 'VERSION_CONFLICT') throw error;
      if (attempt >= ctx.maxRetries) {
        const table = error.details['table'];
        const id = error.details['id'];
        const where = typeof table === 'string' && typeof id === 'string' ? ` (last on ${table} ${id})` : '';
        halt(failed('CONFLICT', `The store kept changing: gave up after ${attempt + 1} attempts${where}`));
      }
    }
  }
}

/**
 * Runs a whole operation and turns what stopped it into its result: a {@link Halt} gives the
 * failure it carries; a `YoyakuError` `INVALID_INPUT`, `NOT_FOUND` or `CALENDAR_OUT_OF_RANGE` (from a rule or a store)
 * gives an error result with the same code, and `STORE_UNAVAILABLE` (a lost connection, a
 * timeout, a closed storage) an error result with `retryable` (false unless the store said
 * nothing was written). Anything else (a bad record, a bug) is thrown on.
 * @param operation - the operation
 * @returns its result
 * @category Service
 * @example
 * const result = await guarded(() => checkIn(ctx, actor, input));
 */
export async function guarded<T>(operation: () => Promise<ServiceResult<T>>): Promise<ServiceResult<T>> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof Halt) return error.result;
    if (isYoyakuError(error) && (error.code === 'INVALID_INPUT' || error.code === 'NOT_FOUND' || error.code === 'CALENDAR_OUT_OF_RANGE'))
      return failed(error.code, error.message, error.issues);
    if (isYoyakuError(error) && error.code === 'STORE_UNAVAILABLE')
      return { ok: false, kind: 'error', code: 'STORE_UNAVAILABLE', message: error.message, issues: [], retryable: error.details['retryable'] === true };
    throw error;
  }
}
