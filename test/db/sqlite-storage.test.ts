import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, test } from 'vitest';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { fixedClock } from '../../src/ports/clock.js';
import { createSqliteStorage, migrateSqlite, SQLITE_MIGRATIONS } from '../../src/sqlite.js';
import { PENDING_CANCELLATIONS_SQL } from '../../src/adapters/sql/stores/reservations.js';
import { runConformance } from '../../src/testing.js';
import { codeOf } from '../support/errors.js';
import { claimFinishAndSend } from '../support/storage.js';
import { unstorableTextTests } from '../support/unstorable-text.js';
import { invalidRecordTests } from './support/invalid-records.js';
import { poisonRowTests } from './support/poison-rows.js';
import { checkInPoisonTests } from '../support/check-in-poison.js';
import { sqlPoison } from './support/sql-poison.js';

const dir = mkdtempSync(join(tmpdir(), 'yoyaku-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshFile = (): string => join(dir, `storage-${++files}.db`);

runConformance({ test, describe, name: 'sqlite storage conformance (a file in WAL mode)', factory: () => createSqliteStorage({ filename: freshFile() }) });

describe('createSqliteStorage: text the databases cannot hold', () => {
  unstorableTextTests(async () => createSqliteStorage({ filename: ':memory:', clock: fixedClock('2026-12-03T01:00:00.000Z') }));
});

describe('createSqliteStorage: poison rows set aside by the jobs', () => {
  poisonRowTests(async (clock) => {
    const storage = createSqliteStorage({ filename: ':memory:', clock });
    return { storage, corrupt: async (sql, params) => void storage.database.prepare(sql).run(...params) };
  });
});

describe('createSqliteStorage: check-in with unreadable rows', () => {
  checkInPoisonTests(async (clock) => {
    const storage = createSqliteStorage({ filename: ':memory:', clock });
    return sqlPoison(storage, async (sql, params) => void storage.database.prepare(sql).run(...params));
  });
});

describe('createSqliteStorage: rows changed behind its back', () => {
  invalidRecordTests(async () => {
    const storage = createSqliteStorage({ filename: ':memory:' });
    return {
      storage,
      corrupt: async (sql, params) => {
        storage.database.prepare(sql).run(...params);
      },
    };
  });
});

describe('migrateSqlite', () => {
  it('applies every migration once: a second run, and a storage opened later, change nothing', async () => {
    const db = new Database(freshFile());
    try {
      expect(migrateSqlite(db)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
      const schema = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
      expect(migrateSqlite(db)).toEqual([]);
      const storage = createSqliteStorage({ database: db });
      expect(await storage.migrate()).toEqual([]);
      await storage.close();
      expect(db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all()).toEqual(schema);
      expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual(SQLITE_MIGRATIONS.map(({ version, name }) => ({ version, name })));
      expect(db.open).toBe(true);
    } finally {
      db.close();
    }
  });

  it('keeps the data of a storage reopened on the same file', async () => {
    const filename = freshFile();
    const first = createSqliteStorage({ filename });
    await first.unitOfWork.run((tx) => tx.cart.add('p-1', { volumeId: 't-1/1', pickupBranchId: 'akeno' }));
    await first.close();
    const second = createSqliteStorage({ filename });
    expect(await second.unitOfWork.run((tx) => tx.cart.list('p-1'))).toEqual([{ volumeId: 't-1/1', pickupBranchId: 'akeno' }]);
    await second.close();
  });

  it('creates the indexes of the service\'s queries', () => {
    const db = new Database(':memory:');
    migrateSqlite(db);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(indexes).toEqual(
      expect.arrayContaining([
        'reservations_queue', 'reservations_patron', 'reservations_holds_by_last_day', 'reservations_by_placed_at',
        'reservations_pending_cancellations', 'loans_open_by_copy', 'outbox_pending',
      ]),
    );
    // The store's queries repeat each partial index's condition word for word (migration 0005).
    const plans = {
      reservations_queue: "SELECT * FROM reservations WHERE status = 'reserved' AND status IN ('requested', 'reserved', 'onHold') AND volume_id = ? AND cancellation_requested_at IS NULL ORDER BY queued_at, placed_at, id",
      reservations_by_placed_at: "SELECT * FROM reservations WHERE status = 'requested' AND status IN ('requested', 'reserved') ORDER BY placed_at, id",
      reservations_waiting_at_pickup: "SELECT * FROM reservations WHERE status = 'reserved' AND pickup_branch_id = ? ORDER BY queued_at, placed_at, id",
      reservations_holds_at_pickup: "SELECT * FROM reservations WHERE status = 'onHold' AND pickup_branch_id = ? ORDER BY last_day, id",
      reservations_holds_by_last_day: "SELECT * FROM reservations WHERE status = 'onHold' AND last_day < ? ORDER BY last_day, id",
    };
    for (const [index, sql] of Object.entries(plans)) {
      const params = Array.from({ length: sql.split('?').length - 1 }, () => 'x');
      expect(JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params))).toContain(`SEARCH reservations USING INDEX ${index} `);
    }
    // The pending cancellations by their own index, in its order, with no sort; the control: the
    // same condition with a bare `status IN (…)` goes through reservations_by_placed_at and sorts.
    const pending = JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN ${PENDING_CANCELLATIONS_SQL}`).all());
    expect(pending).toContain('SEARCH reservations USING INDEX reservations_pending_cancellations ');
    expect(pending).not.toContain('TEMP B-TREE');
    const bare = JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN ${PENDING_CANCELLATIONS_SQL.replace("(status || '')", 'status')}`).all());
    expect(bare).not.toContain('reservations_pending_cancellations');
    db.close();
  });
});

describe('createSqliteStorage', () => {
  it('declares transactions and concurrent writers (processes sharing a file)', async () => {
    const storage = createSqliteStorage({ filename: ':memory:' });
    expect(storage.capabilities).toEqual({ transactions: true, concurrentWriters: true });
    await storage.close();
  });

  it('opens a file in WAL mode', async () => {
    const storage = createSqliteStorage({ filename: freshFile() });
    expect(storage.database.pragma('journal_mode', { simple: true })).toBe('wal');
    await storage.close();
  });

  it('checkpoints its WAL every 10 000 pages by default, or every walAutocheckpointPages', async () => {
    const storage = createSqliteStorage({ filename: freshFile() });
    expect(storage.database.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    await storage.close();
    const tuned = createSqliteStorage({ filename: freshFile(), walAutocheckpointPages: 2_000 });
    expect(tuned.database.pragma('wal_autocheckpoint', { simple: true })).toBe(2_000);
    await tuned.close();
  });

  it("keeps a host's checkpoint interval unless walAutocheckpointPages is given", async () => {
    const db = new Database(freshFile());
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 300');
    await createSqliteStorage({ database: db }).close();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(300);
    await createSqliteStorage({ database: db, migrate: false, walAutocheckpointPages: 5_000 }).close();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(5_000);
    db.close();
  });

  it('commits durably in the WAL as before: synchronous NORMAL, which better-sqlite3 builds as the WAL default', async () => {
    const filename = freshFile();
    const storage = createSqliteStorage({ filename });
    await storage.seed({ titles: [{ id: 't-1', name: '源氏物語', category: 'book', audiovisual: false }] });
    expect(storage.database.pragma('synchronous', { simple: true })).toBe(1);
    await storage.close();
  });

  it('needs exactly one of filename and database (INVALID_INPUT)', () => {
    const codeOfCall = (f: () => unknown): string => {
      try {
        f();
        return 'returned';
      } catch (error) {
        return isYoyakuError(error) ? error.code : String(error);
      }
    };
    expect(codeOfCall(() => createSqliteStorage({}))).toBe('INVALID_INPUT');
    const db = new Database(':memory:');
    expect(codeOfCall(() => createSqliteStorage({ filename: ':memory:', database: db }))).toBe('INVALID_INPUT');
    db.close();
  });

  it('fails with STORE_UNAVAILABLE for a file it cannot open', () => {
    let error: unknown;
    try {
      createSqliteStorage({ filename: join(dir, 'no-such-directory', 'library.db') });
    } catch (e) {
      error = e;
    }
    expect(isYoyakuError(error) && error.code).toBe('STORE_UNAVAILABLE');
  });

  it('without migrations, a unit of work fails with STORE_UNAVAILABLE saying to migrate', async () => {
    const storage = createSqliteStorage({ filename: ':memory:', migrate: false });
    const error = await storage.unitOfWork.run((tx) => tx.reservations.get('r-1')).catch((e: unknown) => e);
    expect(isYoyakuError(error) && error.code).toBe('STORE_UNAVAILABLE');
    expect(String((error as Error).message)).toContain('migrateSqlite');
    await storage.migrate();
    expect(await storage.unitOfWork.run((tx) => tx.reservations.get('r-1'))).toBeNull();
    await storage.close();
  });

  it('waits busyTimeoutMs for another connection holding the write lock, then fails with STORE_UNAVAILABLE', async () => {
    const filename = freshFile();
    const storage = createSqliteStorage({ filename, busyTimeoutMs: 200 });
    const other = new Database(filename);
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    expect(await codeOf(storage.unitOfWork.run((tx) => tx.cart.add('p-1', { volumeId: 't-1/1', pickupBranchId: 'akeno' })))).toBe('STORE_UNAVAILABLE');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    other.exec('COMMIT');
    other.close();
    expect(await storage.unitOfWork.run((tx) => tx.cart.add('p-1', { volumeId: 't-1/1', pickupBranchId: 'akeno' }))).toBe(true);
    await storage.close();
  });

  it('runs units one at a time: a unit started inside another fails with STORE_UNAVAILABLE after lockTimeoutMs', async () => {
    const storage = createSqliteStorage({ filename: ':memory:', lockTimeoutMs: 50 });
    const inner = await storage.unitOfWork.run(async () => codeOf(storage.unitOfWork.run(async () => 'inner')));
    expect(inner).toBe('STORE_UNAVAILABLE');
    await storage.close();
  });

  it('refuses stores used after their unit of work ended, and units after close', async () => {
    const storage = createSqliteStorage({ filename: ':memory:' });
    const leaked = await storage.unitOfWork.run(async (tx) => tx);
    expect(await codeOf(leaked.reservations.get('r-1'))).toBe('STORE_UNAVAILABLE');
    await storage.close();
    expect(await codeOf(storage.unitOfWork.run((tx) => tx.reservations.get('r-1')))).toBe('STORE_UNAVAILABLE');
    expect(storage.database.open).toBe(false);
  });

  it('leaves a host\'s database open when it closes', async () => {
    const db = new Database(':memory:');
    const storage = createSqliteStorage({ database: db });
    await storage.close();
    expect(db.open).toBe(true);
    db.close();
  });

  it('stamps job claims, finishes and sent marks with its clock', async () => {
    const clock = fixedClock('2026-12-04T00:00:00.000Z');
    const storage = createSqliteStorage({ filename: ':memory:', clock });
    expect(storage.clock).toBe(clock);
    await claimFinishAndSend(storage, clock);
    expect(await storage.unitOfWork.run((tx) => tx.jobRuns.get('approval', '2026-12-04'))).toEqual({
      job: 'approval', date: '2026-12-04', owner: 'a', claimedAt: '2026-12-04T00:00:00.000Z', finishedAt: '2026-12-04T00:05:00.000Z',
    });
    expect(storage.database.prepare('SELECT sent_at FROM outbox').pluck().get()).toBe('2026-12-04T00:05:00.000Z');
    await storage.close();
  });

  it('stores a patron\'s null e-mail as NULL and reads it back as absent', async () => {
    const storage = createSqliteStorage({ filename: ':memory:' });
    await storage.seed({ patrons: [{ id: 'p-1', cardNumber: '1', email: null, internetRegistered: false, unreachable: false, noticePrivacy: { showName: false, showTitle: false } }] });
    const patron = await storage.unitOfWork.run((tx) => tx.patrons.get('p-1'));
    expect(patron).not.toHaveProperty('email');
    await storage.close();
  });

  it('seeds atomically: a seed with a bad record writes nothing', async () => {
    const storage = createSqliteStorage({ filename: ':memory:' });
    const bad = { id: 't-2', name: null, category: 'book', audiovisual: false } as unknown as { id: string; name: string; category: string; audiovisual: boolean };
    await expect(storage.seed({ titles: [{ id: 't-1', name: '源氏物語', category: 'book', audiovisual: false }, bad] })).rejects.toThrow();
    expect(await storage.unitOfWork.run((tx) => tx.catalog.getTitle('t-1'))).toBeNull();
    await storage.close();
  });
});
