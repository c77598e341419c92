import type { Refusal } from '../errors/refusal.js';
import type { YoyakuIssue } from '../errors/yoyaku-error.js';
import type { DomainEvent } from '../model/domain-event.js';
import type { SetAsideRecord } from '../ports/unreadable-records.js';

/**
 * Why an operation did not happen, when it is not a business refusal:
 *
 * - `INVALID_INPUT`: malformed arguments (a date that is no date, a missing field);
 * - `NOT_FOUND`: an unknown patron, volume, copy, reservation or loan;
 * - `NOT_ALLOWED`: the actor may not perform this operation (P2);
 * - `CONFLICT`: the store kept changing under the operation and retries ran out;
 * - `CALENDAR_OUT_OF_RANGE`: a calendar the operation reads depends on national holidays, and a
 *   date it needs is outside the range their data covers (P15);
 * - `STORE_UNAVAILABLE`: the storage could not be reached or answer (a lost connection, a timeout,
 *   a closed storage, a database not migrated) and retries, when allowed, ran out; `retryable`
 *   says whether nothing was written (`true`) or the outcome of the commit is unknown (`false`).
 * @category Service
 * @example
 * const code: ServiceErrorCode = 'NOT_FOUND';
 */
export type ServiceErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'NOT_ALLOWED' | 'CONFLICT' | 'CALENDAR_OUT_OF_RANGE' | 'STORE_UNAVAILABLE';

/**
 * The result of every service operation. Nothing is written unless `ok` is true (the one
 * exception: `STORE_UNAVAILABLE` with `retryable: false`, a commit whose outcome is unknown).
 *
 * - `{ ok: true, value, events }`: done; `events` are the domain events stored with it; an
 *   operation that passed a freed copy on to its queue past a reservation it could not read (a
 *   staff or online cancellation) lists that row in `setAside` (table, id, code; never patron data)
 *   — the operations whose value is an outcome (check-in, `markCopy`, `confirmPull`) list it in
 *   the value instead;
 * - `{ ok: false, kind: 'refused', refusals }`: a business refusal naming its rules;
 * - `{ ok: false, kind: 'error', code, message, issues }`: bad input, unknown ids, an actor not
 *   allowed, a conflict that retries could not resolve, or a storage that is unavailable (with
 *   `retryable`).
 * @category Service
 * @example
 * function explain<T>(r: ServiceResult<T>): string {
 *   if (r.ok) return 'done';
 *   return r.kind === 'refused' ? r.refusals.map((x) => x.rule).join(',') : r.code;
 * }
 */
export type ServiceResult<T> =
  | { readonly ok: true; readonly value: T; readonly events: readonly DomainEvent[]; readonly setAside?: readonly SetAsideRecord[] }
  | { readonly ok: false; readonly kind: 'refused'; readonly refusals: readonly [Refusal, ...Refusal[]] }
  | {
      readonly ok: false;
      readonly kind: 'error';
      readonly code: ServiceErrorCode;
      readonly message: string;
      readonly issues: readonly YoyakuIssue[];
      /** With `STORE_UNAVAILABLE` only: `true` when nothing of the operation was written, `false` when its commit's outcome is unknown. */
      readonly retryable?: boolean;
    };
