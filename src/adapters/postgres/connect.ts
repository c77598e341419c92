import type pg from 'pg';
import { YoyakuError } from '../../errors/yoyaku-error.js';
import { postgresStoreError } from './postgres-errors.js';

/**
 * A client from the pool within `timeoutMs`, or `STORE_UNAVAILABLE`. A host's pool may have no
 * connection timeout of its own: a client that arrives after the deadline goes straight back.
 */
export async function connectClient(pool: pg.Pool, timeoutMs: number): Promise<pg.PoolClient> {
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
  try {
    return await Promise.race([connecting, deadline]);
  } catch (error) {
    throw postgresStoreError(error);
  } finally {
    clearTimeout(timer);
  }
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
