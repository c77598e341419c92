import type pg from 'pg';
import { YoyakuError } from '../../errors/yoyaku-error.js';
import { postgresStoreError } from './postgres-errors.js';

/**
 * A client checked out of the pool, with an `'error'` listener for as long as it is out: a
 * connection the server ends while the client is checked out (`pg_terminate_backend`, the
 * `idle_in_transaction_session_timeout`, a restart or a failover) is recorded here instead of
 * being an unhandled `'error'` event that ends the host process.
 */
export interface CheckedOutClient {
  readonly client: pg.PoolClient;
  /** The error the connection emitted while checked out, if it did. */
  lostWith(): unknown;
  /** Gives the client back to the pool, or discards it when `discard` is true or its connection was lost. */
  release(discard: boolean): void;
}

/** Attaches the listener that keeps a lost connection from ending the process; returns the way to read and remove it. */
export function watchClient(client: pg.ClientBase): { lostWith(): unknown; unwatch(): void } {
  let lost: unknown;
  const onError = (error: unknown): void => {
    lost ??= error;
  };
  client.on('error', onError);
  return {
    lostWith: () => lost,
    unwatch: () => {
      client.removeListener('error', onError);
    },
  };
}

const watchedPools = new WeakSet<pg.Pool>();

/**
 * Gives the pool one `'error'` listener (once per pool): an idle client whose server went away
 * emits `'error'` on the pool, which would end the process without one; the pool drops that
 * client and the next unit of work connects anew. The host's own listeners still hear it.
 */
export function watchPool(pool: pg.Pool): void {
  if (watchedPools.has(pool)) return;
  watchedPools.add(pool);
  pool.on('error', () => undefined);
}

/**
 * A client from the pool within `timeoutMs`, or `STORE_UNAVAILABLE`. A host's pool may have no
 * connection timeout of its own: a client that arrives after the deadline goes straight back.
 */
export async function connectClient(pool: pg.Pool, timeoutMs: number): Promise<CheckedOutClient> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const connecting = pool.connect();
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new YoyakuError('STORE_UNAVAILABLE', `PostgreSQL did not accept a connection within ${timeoutMs} ms`, { details: { timeoutMs } }));
    }, timeoutMs);
  });
  connecting.then(
    (client) => {
      if (timedOut) client.release();
    },
    () => undefined,
  );
  let client: pg.PoolClient;
  try {
    client = await Promise.race([connecting, deadline]);
  } catch (error) {
    throw postgresStoreError(error);
  } finally {
    clearTimeout(timer);
  }
  const watch = watchClient(client);
  let released = false;
  return {
    client,
    lostWith: watch.lostWith,
    release(discard) {
      if (released) return;
      released = true;
      const lost = watch.lostWith() !== undefined;
      watch.unwatch();
      client.release(discard || lost);
    },
  };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** The schema name quoted for SQL; `INVALID_INPUT` for anything but a plain identifier. */
export function quoteSchema(schema: string): string {
  if (!IDENTIFIER.test(schema)) {
    throw new YoyakuError('INVALID_INPUT', 'Invalid PostgreSQL schema name: expected letters, digits and underscores', {
      issues: [{ path: ['schema'], message: 'Expected a plain identifier (letters, digits, underscores; not starting with a digit)' }],
    });
  }
  return `"${schema}"`;
}
