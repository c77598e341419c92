import type { DomainEvent } from '../../model/domain-event.js';
import type { SetAsideRecord } from '../../ports/unreadable-records.js';
import type { ServiceResult } from '../service-result.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { ServiceContext } from './context.js';
import { runUnit } from './run-unit.js';
import { SetAsideLog } from './set-aside.js';

/**
 * {@link runUnit} with a fresh {@link SetAsideLog} for each attempt: the rows the storage cannot
 * read are set aside in it (unless read under {@link SetAsideLog.strict}) instead of failing the
 * unit. Used by the operations that place a copy with its volume's queue (check-in, a found copy,
 * a confirmed pull, a cancellation that frees a copy): one unreadable queued reservation does not
 * stop them.
 * @param ctx - the service context
 * @param work - the unit's work, given the attempt's log; it may run several times
 * @param mode - `'lenient'`: every read sets an unreadable row aside unless under
 *   {@link SetAsideLog.strict}; `'strict'`: every read fails on one (`INVALID_RECORD`) unless under
 *   {@link SetAsideLog.lenient}, as in `offerCopy`'s read of the queue
 * @returns what the last attempt returned
 * @category Service
 * @example
 * const r = await runUnitSettingAside(ctx, async (tx, aside) => withSetAside(await place(tx, aside), aside));
 */
export function runUnitSettingAside<T>(
  ctx: ServiceContext,
  work: (tx: StoresTx, aside: SetAsideLog) => Promise<T>,
  mode: 'lenient' | 'strict' = 'lenient',
): Promise<T> {
  let aside = new SetAsideLog(mode === 'strict');
  return runUnit(
    ctx,
    (tx) => work(tx, aside),
    () => (aside = new SetAsideLog(mode === 'strict')).options,
  );
}

/**
 * The outcome with `setAside` (table, id, code; no patron data) when the log holds any record, and
 * as it is when it holds none.
 * @param outcome - the operation's outcome
 * @param aside - the attempt's log
 * @returns the outcome, with what was set aside
 * @category Service
 * @example
 * withSetAside({ kind: 'shelve' }, new SetAsideLog()); // { kind: 'shelve' }
 */
export function withSetAside<T extends object>(outcome: T, aside: SetAsideLog): T & { readonly setAside?: readonly SetAsideRecord[] } {
  const setAside = aside.records();
  return setAside.length === 0 ? outcome : { ...outcome, setAside };
}

/**
 * The successful result of an operation whose value is a record (a cancellation), with `setAside`
 * beside it when the log holds any record.
 * @param value - what the operation returns
 * @param events - the domain events of its writes
 * @param aside - the attempt's log
 * @returns `{ ok: true, value, events }`, with `setAside` when something was set aside
 * @category Service
 * @example
 * doneSettingAside(reservation, events, aside).setAside; // undefined when every row was read
 */
export function doneSettingAside<T>(value: T, events: readonly DomainEvent[], aside: SetAsideLog): Extract<ServiceResult<T>, { ok: true }> {
  const setAside = aside.records();
  return setAside.length === 0 ? { ok: true, value, events } : { ok: true, value, events, setAside };
}
