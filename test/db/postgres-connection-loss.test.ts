import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isYoyakuError, type YoyakuError } from '../../src/errors/yoyaku-error.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { fixedClock } from '../../src/ports/clock.js';
import type { StoragePorts } from '../../src/ports/storage-ports.js';
import type { StoresTx } from '../../src/ports/unit-of-work.js';
import { createPostgresStorage, migratePostgres, type PostgresStorage, type PostgresStorageOptions } from '../../src/postgres.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import { dropSchema, freshSchemaName, postgresUrl } from './support/postgres.js';

// Issue 13: a connection PostgreSQL ends under a unit of work (pg_terminate_backend, the idle
// timeout, a restart) is STORE_UNAVAILABLE, and the process lives on. Without the adapter's
// 'error' listeners, each of these tests would end the vitest worker ("Unhandled 'error' event").

const copy = { id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onShelf' as const, version: 0 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let admin: pg.Pool;
beforeAll(() => {
  admin = new pg.Pool({ connectionString: postgresUrl(), max: 2 });
});
afterAll(async () => {
  await admin.end();
});

/** A connection string whose sessions carry `name` as their application_name, so a test can find and end them. */
function namedUrl(name: string): string {
  const url = new URL(postgresUrl());
  url.searchParams.set('application_name', name);
  return url.toString();
}

/** Ends every session of `name` from another connection; returns how many it ended. */
async function terminate(name: string): Promise<number> {
  const { rows } = await admin.query<{ ended: boolean }>('SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1', [name]);
  return rows.filter((r) => r.ended).length;
}

interface Victim {
  readonly storage: PostgresStorage;
  readonly name: string;
  close(): Promise<void>;
}

async function victim(options: Omit<PostgresStorageOptions, 'connectionString' | 'schema'> = {}): Promise<Victim> {
  const schema = freshSchemaName();
  const name = `victim_${randomBytes(4).toString('hex')}`;
  await migratePostgres(admin, { schema });
  const storage = options.pool === undefined ? createPostgresStorage({ ...options, connectionString: namedUrl(name), schema }) : createPostgresStorage({ ...options, schema });
  await storage.unitOfWork.run((tx) => tx.copies.insert(copy));
  return {
    storage,
    name,
    async close() {
      await storage.close();
      await dropSchema(schema);
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<YoyakuError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isYoyakuError(error)) throw new Error(`expected a YoyakuError, got ${String(error)}`);
  return error;
}

describe('PostgreSQL: a connection ended under a unit of work', () => {
  it('pg_terminate_backend mid-unit: STORE_UNAVAILABLE (retryable, nothing written), the process alive, the next unit served', async () => {
    const v = await victim();
    try {
      const error = await rejection(
        v.storage.unitOfWork.run(async (tx) => {
          await tx.copies.get('c-1');
          expect(await terminate(v.name)).toBe(1);
          await sleep(100);
          await tx.copies.update({ ...copy, status: 'onLoan', version: 1 }, 0);
        }),
      );
      expect(error.code).toBe('STORE_UNAVAILABLE');
      expect(error.details).toMatchObject({ connectionLost: true, retryable: true });
      expect(await v.storage.unitOfWork.run((tx) => tx.copies.get('c-1'))).toEqual(copy);
    } finally {
      await v.close();
    }
  });

  it('pg_terminate_backend while the unit computes, before its commit: STORE_UNAVAILABLE, and the commit is not attempted', async () => {
    const v = await victim();
    try {
      const error = await rejection(
        v.storage.unitOfWork.run(async (tx) => {
          await tx.copies.update({ ...copy, status: 'onLoan', version: 1 }, 0);
          await terminate(v.name);
          await sleep(200);
          return 'done';
        }),
      );
      expect(error.code).toBe('STORE_UNAVAILABLE');
      expect(error.details).toMatchObject({ connectionLost: true, retryable: true });
      expect((await v.storage.unitOfWork.run((tx) => tx.copies.get('c-1')))?.status).toBe('onShelf');
    } finally {
      await v.close();
    }
  });

  it('the idle_in_transaction_session_timeout firing mid-unit: STORE_UNAVAILABLE, the process alive', async () => {
    const v = await victim({ statementTimeoutMs: 200 });
    try {
      const error = await rejection(
        v.storage.unitOfWork.run(async (tx) => {
          await tx.copies.get('c-1');
          await sleep(3_000);
          return tx.copies.get('c-1');
        }),
      );
      expect(error.code).toBe('STORE_UNAVAILABLE');
      expect(error.details).toMatchObject({ connectionLost: true, retryable: true });
      expect(await v.storage.unitOfWork.run((tx) => tx.copies.get('c-1'))).toEqual(copy);
    } finally {
      await v.close();
    }
  });

  it('between units: idle pooled connections ended by the server are dropped, and the next unit connects anew', async () => {
    const v = await victim();
    try {
      await Promise.all([1, 2, 3].map(() => v.storage.unitOfWork.run((tx) => tx.copies.get('c-1'))));
      expect(await terminate(v.name)).toBeGreaterThan(0);
      await sleep(200);
      expect(await v.storage.unitOfWork.run((tx) => tx.copies.get('c-1'))).toEqual(copy);
    } finally {
      await v.close();
    }
  });

  it("on a host's pool with no 'error' listener of its own, a connection ended mid-unit or idle leaves the process alive", async () => {
    const name = `host_${randomBytes(4).toString('hex')}`;
    const pool = new pg.Pool({ connectionString: namedUrl(name), max: 2 });
    const v = await victim({ pool });
    try {
      const error = await rejection(
        v.storage.unitOfWork.run(async (tx) => {
          await tx.copies.get('c-1');
          await terminate(name);
          await sleep(100);
          return tx.copies.get('c-1');
        }),
      );
      expect(error.code).toBe('STORE_UNAVAILABLE');
      await v.storage.unitOfWork.run((tx) => tx.copies.get('c-1'));
      await terminate(name);
      await sleep(200);
      expect(await v.storage.unitOfWork.run((tx) => tx.copies.get('c-1'))).toEqual(copy);
    } finally {
      await v.close();
      await pool.end();
    }
  });

  it('the service runs a unit again on a fresh connection when the first one was ended before its commit', async () => {
    const v = await victim({ clock: fixedClock('2026-12-03T01:00:00.000Z') });
    try {
      await v.storage.seed({
        patrons: [{ id: 'p-1', cardNumber: '0000000001', email: 'p1@example.jp', internetRegistered: true, unreachable: false, noticePrivacy: { showName: false, showTitle: false } }],
      });
      let attempts = 0;
      const flaky: StoragePorts = {
        clock: v.storage.clock,
        capabilities: v.storage.capabilities,
        unitOfWork: {
          run: <T>(work: (tx: StoresTx) => Promise<T>) =>
            v.storage.unitOfWork.run(async (tx) => {
              if (++attempts === 1) {
                await tx.patrons.get('p-1');
                await terminate(v.name);
                await sleep(100);
              }
              return work(tx);
            }),
        },
      };
      const service = createReservationService(flaky, hokutoPolicy());
      const result = await service.setNoticePrivacy({ kind: 'patron', patronId: 'p-1', channel: 'online' }, { showName: true, showTitle: false });
      expect(result).toMatchObject({ ok: true });
      expect(attempts).toBe(2);
      expect((await v.storage.unitOfWork.run((tx) => tx.patrons.get('p-1')))?.noticePrivacy).toEqual({ showName: true, showTitle: false });
    } finally {
      await v.close();
    }
  });
});
