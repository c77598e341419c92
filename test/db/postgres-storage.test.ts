import { createServer, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberPlaceholders } from '../../src/adapters/postgres/postgres-session.js';
import type { StoresTx } from '../../src/ports/unit-of-work.js';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { fixedClock } from '../../src/ports/clock.js';
import { createPostgresStorage, migratePostgres, POSTGRES_MIGRATIONS } from '../../src/postgres.js';
import { codeOf } from '../support/errors.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import { claimFinishAndSend } from '../support/storage.js';
import { unstorableTextTests } from '../support/unstorable-text.js';
import { invalidRecordTests } from './support/invalid-records.js';
import { poisonRowTests } from './support/poison-rows.js';
import { checkInPoisonTests } from '../support/check-in-poison.js';
import { sqlPoison } from './support/sql-poison.js';
import { dropSchema, freshPostgresStorage, freshSchemaName, postgresUrl } from './support/postgres.js';

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const copy = { id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onShelf' as const, version: 0 };

let admin: pg.Pool;
beforeAll(() => {
  admin = new pg.Pool({ connectionString: postgresUrl(), max: 4 });
});
afterAll(async () => {
  await admin.end();
});

/** Runs raw SQL (with `?` placeholders) in a schema, committed at once. */
async function rawSql(schema: string, sql: string, params: readonly (string | number | null)[] = []): Promise<pg.QueryResult> {
  const client = await admin.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    return await client.query(numberPlaceholders(sql), [...params]);
  } finally {
    await client.query('RESET search_path');
    client.release();
  }
}

describe('createPostgresStorage: text the databases cannot hold', () => {
  unstorableTextTests(() => freshPostgresStorage({ clock: fixedClock('2026-12-03T01:00:00.000Z') }));
});

describe('createPostgresStorage: poison rows set aside by the jobs', () => {
  poisonRowTests(async (clock) => {
    const storage = await freshPostgresStorage({ clock });
    return { storage, corrupt: async (sql, params) => void (await rawSql(storage.schema, sql, params)) };
  });
});

describe('createPostgresStorage: check-in with unreadable rows', () => {
  checkInPoisonTests(async (clock) => {
    const storage = await freshPostgresStorage({ clock });
    return sqlPoison(storage, async (sql, params) => void (await rawSql(storage.schema, sql, params)));
  });
});

describe('createPostgresStorage: rows changed behind its back', () => {
  invalidRecordTests(async () => {
    const storage = await freshPostgresStorage();
    return { storage, corrupt: async (sql, params) => void (await rawSql(storage.schema, sql, params)) };
  });
});

describe('migratePostgres', () => {
  it('applies every migration once: a second run changes nothing', async () => {
    const schema = freshSchemaName();
    try {
      expect(await migratePostgres(admin, { schema })).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
      const tables = async () =>
        (await admin.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [schema])).rows;
      const before = await tables();
      expect(await migratePostgres(admin, { schema })).toEqual([]);
      expect(await tables()).toEqual(before);
      expect((await rawSql(schema, 'SELECT version, name FROM schema_migrations ORDER BY version')).rows).toEqual(POSTGRES_MIGRATIONS.map(({ version, name }) => ({ version, name })));
    } finally {
      await dropSchema(schema);
    }
  });

  it('lets servers migrating at once take turns: exactly one applies the migrations', async () => {
    const schema = freshSchemaName();
    try {
      const results = await Promise.all(Array.from({ length: 4 }, () => migratePostgres(admin, { schema })));
      expect(results.filter((applied) => applied.length > 0)).toEqual([POSTGRES_MIGRATIONS.map((m) => m.version)]);
    } finally {
      await dropSchema(schema);
    }
  });

  it('migrates through a client the host connected', async () => {
    const schema = freshSchemaName();
    const client = await admin.connect();
    try {
      expect(await migratePostgres(client, { schema })).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
      expect(await migratePostgres(client, { schema })).toEqual([]);
    } finally {
      client.release();
      await dropSchema(schema);
    }
  });

  it('creates the indexes of the service\'s queries', async () => {
    const storage = await freshPostgresStorage();
    try {
      const indexes = (await admin.query('SELECT indexname FROM pg_indexes WHERE schemaname = $1', [storage.schema])).rows.map((r: { indexname: string }) => r.indexname);
      expect(indexes).toEqual(
        expect.arrayContaining([
          'reservations_queue', 'reservations_patron', 'reservations_holds_by_last_day', 'reservations_by_placed_at',
          'reservations_pending_cancellations', 'loans_open_by_copy', 'outbox_pending',
        ]),
      );
    } finally {
      await storage.close();
    }
  });

  it('refuses a schema name that is not a plain identifier (INVALID_INPUT)', async () => {
    expect(await codeOf(migratePostgres(admin, { schema: 'x"; DROP TABLE y; --' }))).toBe('INVALID_INPUT');
    expect(() => createPostgresStorage({ connectionString: postgresUrl(), schema: 'a b' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('createPostgresStorage: an unreachable database', () => {
  it('fails with STORE_UNAVAILABLE within a few seconds when nothing listens on the port', async () => {
    const port = await closedPort();
    const storage = createPostgresStorage({ connectionString: `postgres://postgres@127.0.0.1:${port}/yoyaku`, connectionTimeoutMs: 2_000 });
    const started = Date.now();
    const error = await storage.unitOfWork.run((tx) => tx.reservations.get('r-1')).catch((e: unknown) => e);
    expect(isYoyakuError(error) && error.code).toBe('STORE_UNAVAILABLE');
    expect((error as Error).message).toMatch(/PostgreSQL is unavailable/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await codeOf(storage.migrate())).toBe('STORE_UNAVAILABLE');
    await storage.close();
  });

  it('through the service, an unreachable database is an error result STORE_UNAVAILABLE (retryable: nothing written), not a rejected promise', async () => {
    const port = await closedPort();
    const storage = createPostgresStorage({ connectionString: `postgres://postgres@127.0.0.1:${port}/yoyaku`, connectionTimeoutMs: 1_000 });
    const service = createReservationService(storage, hokutoPolicy(), { maxRetries: 0 });
    const result = await service.addToCart({ kind: 'patron', patronId: 'p-1', channel: 'online' }, { volumeId: 't-1/1', pickupBranchId: 'akeno' });
    expect(result).toMatchObject({ ok: false, kind: 'error', code: 'STORE_UNAVAILABLE' });
    expect(await service.runApprovalBatch({ kind: 'system' })).toMatchObject({ ok: false, kind: 'error', code: 'STORE_UNAVAILABLE' });
    await storage.close();
  });

  it('fails with STORE_UNAVAILABLE after connectionTimeoutMs when the server accepts but never answers', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const storage = createPostgresStorage({ connectionString: `postgres://postgres@127.0.0.1:${port}/yoyaku`, connectionTimeoutMs: 500 });
      const started = Date.now();
      expect(await codeOf(storage.unitOfWork.run((tx) => tx.reservations.get('r-1')))).toBe('STORE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(3_000);
      await storage.close();
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('fails with STORE_UNAVAILABLE within connectionTimeoutMs on a host pool that would wait forever', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const pool = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${port}/yoyaku` });
    pool.on('error', () => undefined);
    try {
      const storage = createPostgresStorage({ pool, connectionTimeoutMs: 300 });
      expect(await codeOf(storage.unitOfWork.run((tx) => tx.reservations.get('r-1')))).toBe('STORE_UNAVAILABLE');
      await storage.close();
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
      await pool.end().catch(() => undefined);
    }
  });

  it('fails with STORE_UNAVAILABLE when a statement waits longer than statementTimeoutMs (a row locked elsewhere)', async () => {
    const storage = await freshPostgresStorage({ statementTimeoutMs: 300 });
    const blocker = await admin.connect();
    try {
      await storage.unitOfWork.run((tx) => tx.copies.insert(copy));
      await blocker.query('BEGIN');
      await blocker.query(`SELECT * FROM "${storage.schema}".copies WHERE id = 'c-1' FOR UPDATE`);
      const started = Date.now();
      expect(await codeOf(storage.unitOfWork.run((tx) => tx.copies.update({ ...copy, status: 'onLoan', version: 1 }, 0)))).toBe('STORE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
      await storage.close();
    }
  });

  it('without migrations, a unit of work fails with STORE_UNAVAILABLE saying to migrate', async () => {
    const schema = freshSchemaName();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    const storage = createPostgresStorage({ connectionString: postgresUrl(), schema });
    try {
      const error = await storage.unitOfWork.run((tx) => tx.reservations.get('r-1')).catch((e: unknown) => e);
      expect(isYoyakuError(error) && error.code).toBe('STORE_UNAVAILABLE');
      expect((error as Error).message).toContain('migratePostgres');
    } finally {
      await storage.close();
      await dropSchema(schema);
    }
  });
});

describe('createPostgresStorage: BEGIN with the first statement', () => {
  const odd = { ...copy, id: "c-'\\2", volumeId: 't-1/2' };
  /** The texts a unit of work sends, in order. */
  async function sentBy<T>(work: (tx: StoresTx) => Promise<T>): Promise<{ value: T; sent: string[] }> {
    const storage = await freshPostgresStorage({ maxConnections: 1 });
    const proto = pg.Client.prototype as unknown as { query: (config: unknown, ...rest: unknown[]) => unknown };
    const original = proto.query;
    const sent: string[] = [];
    try {
      await storage.unitOfWork.run(async (tx) => {
        await tx.copies.insert(copy);
        await tx.copies.insert(odd);
      });
      proto.query = function (this: unknown, config: unknown, ...rest: unknown[]) {
        sent.push(typeof config === 'string' ? config : String((config as { text?: unknown }).text));
        return original.call(this, config, ...rest);
      };
      const value = await storage.unitOfWork.run(work);
      return { value, sent };
    } finally {
      proto.query = original;
      await storage.close();
    }
  }

  it('sends a unit\'s BEGIN with its first read, in one round trip, the parameters quoted', async () => {
    const { value, sent } = await sentBy(async (tx) => [await tx.copies.get(odd.id), await tx.copies.get('c-1'), await tx.copies.listAt('akeno', 'onShelf', { limit: 5, offset: 0 })]);
    expect(value).toEqual([odd, copy, [copy, odd]]);
    expect(sent).toEqual([expect.stringMatching(/^BEGIN(; SET LOCAL [^;]+)*; SELECT \* FROM copies WHERE id = +E'c-''\\\\2' FOR UPDATE$/), expect.stringMatching(/^SELECT/), expect.stringMatching(/^SELECT/), 'COMMIT']);
  });

  it('inlines numbers as quoted literals, which the server reads as it reads the parameters', async () => {
    const { value, sent } = await sentBy(async (tx) => tx.copies.listAt('akeno', 'onShelf', { limit: 1, offset: 1 }));
    expect(value).toEqual([odd]);
    expect(sent[0]).toMatch(/LIMIT '1' OFFSET '1'$/);
  });

  it('sends BEGIN alone before a unit\'s first write (a write is always a statement of its own)', async () => {
    const { sent } = await sentBy((tx) => tx.copies.update({ ...copy, status: 'onLoan', version: 1 }, 0));
    expect(sent).toEqual([expect.stringMatching(/^BEGIN(; SET LOCAL [^;]+)*$/), expect.stringMatching(/^UPDATE copies/), 'COMMIT']);
  });

  it('sends nothing for a unit that sends no statement', async () => {
    const { value, sent } = await sentBy(async () => 42);
    expect(value).toBe(42);
    expect(sent).toEqual([]);
  });
});

describe('createPostgresStorage: prepared statements', () => {
  /**
   * The statements the storage's one connection holds prepared after a unit that reads a copy
   * twice (a unit's first statement goes with its BEGIN, as one simple query, unprepared).
   */
  async function preparedAfterARead(preparedStatements?: boolean): Promise<string[]> {
    const storage = await freshPostgresStorage({ maxConnections: 1, ...(preparedStatements === undefined ? {} : { preparedStatements }) });
    try {
      await storage.unitOfWork.run((tx) => tx.copies.insert(copy));
      expect(await storage.unitOfWork.run(async (tx) => [await tx.copies.get('c-1'), await tx.copies.get('c-1')])).toEqual([copy, copy]);
      const client = await storage.pool.connect();
      try {
        return (await client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')).rows.map((r) => r.statement);
      } finally {
        client.release();
      }
    } finally {
      await storage.close();
    }
  }

  it('prepares each statement once per connection by default', async () => {
    expect((await preparedAfterARead()).some((s) => s.startsWith('SELECT * FROM copies WHERE id = $1'))).toBe(true);
  });

  it('with preparedStatements: false, prepares none (for a pooling proxy that keeps none)', async () => {
    expect(await preparedAfterARead(false)).toEqual([]);
  });
});

describe('createPostgresStorage', () => {
  it('declares transactions and concurrent writers', async () => {
    const storage = createPostgresStorage({ connectionString: postgresUrl() });
    expect(storage.capabilities).toEqual({ transactions: true, concurrentWriters: true });
    await storage.close();
  });

  it('needs exactly one of connectionString and pool (INVALID_INPUT)', () => {
    expect(() => createPostgresStorage({})).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => createPostgresStorage({ connectionString: postgresUrl(), pool: admin })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('works on a host\'s pool, and leaves it open when it closes', async () => {
    const schema = freshSchemaName();
    const storage = createPostgresStorage({ pool: admin, schema });
    try {
      expect(await storage.migrate()).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
      await storage.unitOfWork.run((tx) => tx.copies.insert(copy));
      expect(await storage.unitOfWork.run((tx) => tx.copies.get('c-1'))).toEqual(copy);
      await storage.close();
      expect((await admin.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      expect(await codeOf(storage.unitOfWork.run((tx) => tx.copies.get('c-1')))).toBe('STORE_UNAVAILABLE');
    } finally {
      await dropSchema(schema);
    }
  });

  it('refuses stores used after their unit of work ended', async () => {
    const storage = await freshPostgresStorage();
    try {
      const leaked = await storage.unitOfWork.run(async (tx) => tx);
      expect(await codeOf(leaked.copies.get('c-1'))).toBe('STORE_UNAVAILABLE');
    } finally {
      await storage.close();
    }
  });

  it('lets units that read a record then write it take turns instead of conflicting (the row lock of get)', async () => {
    const storage = await freshPostgresStorage();
    try {
      await storage.unitOfWork.run((tx) => tx.copies.insert(copy));
      const moves = ['b-1', 'b-2', 'b-3', 'b-4', 'b-5'];
      await Promise.all(
        moves.map((branch) =>
          storage.unitOfWork.run(async (tx) => {
            const current = await tx.copies.get('c-1');
            if (current === null) throw new Error('c-1 is missing');
            await tx.copies.update({ ...current, locationBranchId: branch, version: current.version + 1 }, current.version);
          }),
        ),
      );
      expect((await storage.unitOfWork.run((tx) => tx.copies.get('c-1')))?.version).toBe(moves.length);
    } finally {
      await storage.close();
    }
  });

  it('turns a deadlock the server breaks into VERSION_CONFLICT, and the other unit commits', async () => {
    const storage = await freshPostgresStorage();
    try {
      await storage.unitOfWork.run(async (tx) => {
        await tx.copies.insert(copy);
        await tx.copies.insert({ ...copy, id: 'c-2' });
      });
      let arrived = 0;
      let releaseBoth: () => void = () => undefined;
      const bothLocked = new Promise<void>((resolve) => (releaseBoth = resolve));
      const crossing = (first: string, second: string) =>
        storage.unitOfWork.run(async (tx) => {
          await tx.copies.get(first);
          if (++arrived === 2) releaseBoth();
          await bothLocked;
          await tx.copies.get(second);
          return 'committed';
        });
      const outcomes = await Promise.all([codeOf(crossing('c-1', 'c-2')), codeOf(crossing('c-2', 'c-1'))]);
      expect(outcomes.sort()).toEqual(['VERSION_CONFLICT', 'resolved']);
    } finally {
      await storage.close();
    }
  });

  it('stamps job claims, finishes and sent marks with its clock', async () => {
    const clock = fixedClock('2026-12-04T00:00:00.000Z');
    const storage = await freshPostgresStorage({ clock });
    try {
      await claimFinishAndSend(storage, clock);
      expect(await storage.unitOfWork.run((tx) => tx.jobRuns.get('approval', '2026-12-04'))).toEqual({
        job: 'approval', date: '2026-12-04', owner: 'a', claimedAt: '2026-12-04T00:00:00.000Z', finishedAt: '2026-12-04T00:05:00.000Z',
      });
      expect((await rawSql(storage.schema, 'SELECT sent_at FROM outbox')).rows).toEqual([{ sent_at: '2026-12-04T00:05:00.000Z' }]);
    } finally {
      await storage.close();
    }
  });

  it('orders ties by id in code-unit order, as the memory adapter does ("C" collation)', async () => {
    const storage = await freshPostgresStorage();
    try {
      const ids = ['r-b', 'r-B', 'r-a', 'r-é', 'r-10', 'r-9', 'r-Z'];
      await storage.unitOfWork.run(async (tx) => {
        for (const id of ids) {
          await tx.reservations.insert({
            id, patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'online',
            pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 0, status: 'requested',
          });
        }
      });
      const listed = await storage.unitOfWork.run((tx) => tx.reservations.listRequested());
      expect(listed.map((r) => r.id)).toEqual([...ids].sort());
    } finally {
      await storage.close();
    }
  });
});
