import { isYoyakuError, YoyakuError } from '../../errors/yoyaku-error.js';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/**
 * SQLSTATEs of a server that cannot serve: connection exceptions (08), too many connections,
 * query cancelled by `statement_timeout`, lock timeout, shutdown, bad login, unknown database.
 */
const UNAVAILABLE_STATES = new Set(['53300', '53400', '57014', '55P03', '57P01', '57P02', '57P03', '25P03', '57P05', '28000', '28P01', '3D000']);

/**
 * SQLSTATEs and driver messages of a connection that ended under the unit: the server ended it
 * (administrator command, crash, shutdown, `idle_in_transaction_session_timeout`,
 * `idle_session_timeout`) or the socket went away.
 */
const LOST_STATES = new Set(['57P01', '57P02', '57P03', '25P03', '57P05', 'ECONNRESET', 'EPIPE']);
const LOST_MESSAGES = /Connection terminated|connection error|not queryable|terminating connection/i;

/** SQLSTATEs of a transaction that lost a race and may be retried: serialization failure, deadlock. */
const RETRYABLE_STATES = new Set(['40001', '40P01']);

const UNAVAILABLE_MESSAGES = /timeout|Connection terminated|Client has encountered a connection error|Client was closed|Cannot use a pool after calling end/i;

/** Whether the error leaves the connection unusable, so the pool must drop it. */
export function isConnectionError(error: unknown): boolean {
  return isYoyakuError(error) && error.code === 'STORE_UNAVAILABLE';
}

function stateOf(error: unknown): string {
  if (isYoyakuError(error)) {
    const code = error.details['code'];
    return typeof code === 'string' ? code : '';
  }
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Whether the error says the connection itself ended (not a timeout or a refused login). */
export function isLostConnection(error: unknown): boolean {
  const state = stateOf(error);
  if (LOST_STATES.has(state) || state.startsWith('08')) return true;
  return error instanceof Error && state === '' && LOST_MESSAGES.test(error.message);
}

/**
 * The `STORE_UNAVAILABLE` of a unit whose connection ended under it. `retryable` says whether
 * the unit's outcome is known to be "nothing written" (the connection ended before `COMMIT` was
 * sent, so the server rolled it back) and the unit may be run again; after `COMMIT` was sent the
 * outcome is unknown, and `retryable` is false.
 */
export function lostConnectionError(error: unknown, retryable: boolean): YoyakuError {
  const state = stateOf(error);
  const reason = error instanceof Error ? error.message.replace(/^PostgreSQL is unavailable[^:]*: /, '') : String(error);
  const outcome = retryable ? 'nothing of the unit was written; it may be run again' : 'the outcome of its COMMIT is unknown';
  return new YoyakuError('STORE_UNAVAILABLE', `PostgreSQL ended the connection of the unit of work${state ? ` (${state})` : ''}: ${reason}; ${outcome}`, {
    details: { code: state || null, connectionLost: true, retryable },
    cause: error,
  });
}

/**
 * The error to throw for a failure of `pg`: an unreachable or timed-out server becomes
 * `STORE_UNAVAILABLE`, a missing schema too (with the hint to migrate), a serialization failure or
 * deadlock `VERSION_CONFLICT` (retry the unit), an integrity constraint violation `INVALID_INPUT`
 * without the driver's text (it quotes the row); this library's own errors and anything else pass
 * through unchanged.
 */
export function postgresStoreError(error: unknown): unknown {
  if (isYoyakuError(error) || !(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  const state = typeof code === 'string' ? code : '';
  if (NETWORK_CODES.has(state) || UNAVAILABLE_STATES.has(state) || state.startsWith('08') || (state === '' && UNAVAILABLE_MESSAGES.test(error.message))) {
    return new YoyakuError('STORE_UNAVAILABLE', `PostgreSQL is unavailable${state ? ` (${state})` : ''}: ${error.message}`, {
      details: { code: state || null },
      cause: error,
    });
  }
  if (state === '42P01') {
    return new YoyakuError('STORE_UNAVAILABLE', `The PostgreSQL schema has no yoyaku-rules tables (${error.message}): apply migratePostgres() first`, {
      details: { code: state },
      cause: error,
    });
  }
  if (state.startsWith('23')) {
    // The driver's message and detail quote the refused row, which may hold a patron's card
    // number, name or e-mail: keep only the SQLSTATE, the constraint and the table.
    const { constraint, table } = error as { constraint?: unknown; table?: unknown };
    return new YoyakuError('INVALID_INPUT', `PostgreSQL refused the row: integrity constraint violation (${state})`, {
      details: { code: state, constraint: typeof constraint === 'string' ? constraint : null, table: typeof table === 'string' ? table : null },
    });
  }
  if (RETRYABLE_STATES.has(state)) {
    return new YoyakuError('VERSION_CONFLICT', `PostgreSQL aborted the unit of work to resolve a conflict (${state}); run it again`, {
      details: { code: state, table: null, id: null, expected: null, actual: null },
      cause: error,
    });
  }
  return error;
}
