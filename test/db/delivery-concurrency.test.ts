import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { OnHoldReservation } from '../../src/model/reservation.js';
import type { SeedData, SeedableStorage } from '../../src/ports/seed-data.js';
import type { StoragePorts } from '../../src/ports/storage-ports.js';
import { createSqliteStorage } from '../../src/sqlite.js';
import type { FromDeliveryWorker, ToDeliveryWorker } from './support/delivery-worker.js';
import { freshPostgresStorage, postgresUrl } from './support/postgres.js';

// Issue 10: four delivery processes share one database holding 1,000 pending hold notices.
// Each notice must reach the mailer; in normal operation (no process killed) each reaches it
// once: the lease on outbox rows hands each to one deliverer. The number sent twice is printed.

const WORKERS = 4;
const NOTICES = 1_000;
const AT = '2026-12-02T07:00:00.000Z';
const workerScript = fileURLToPath(new URL('./support/delivery-worker.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'yoyaku-delivery-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function seed(count = NOTICES): SeedData {
  const ids = Array.from({ length: count }, (_, i) => String(i).padStart(4, '0'));
  return {
    patrons: ids.map((i) => ({ id: `p-${i}`, cardNumber: `card-${i}`, email: `p-${i}@example.jp`, internetRegistered: true, unreachable: false, noticePrivacy: { showName: false, showTitle: false } })),
    titles: [{ id: 't-1', name: 'title', category: 'book', audiovisual: false }],
    volumes: [{ id: 't-1/1', titleId: 't-1' }],
    reservations: ids.map(
      (i): OnHoldReservation => ({
        id: `r-${i}`, patronId: `p-${i}`, titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'counter', pickupBranchId: 'akeno',
        placedAt: '2026-12-01T00:00:00.000Z', version: 1, status: 'onHold', queuedAt: '2026-12-01T00:00:00.000Z', copyId: `c-${i}`,
        trappedAt: '2026-12-01T09:00:00.000Z', noticeDate: '2026-12-01', lastDay: '2026-12-08',
      }),
    ),
  };
}

async function fill(storage: StoragePorts & SeedableStorage, count = NOTICES): Promise<void> {
  await storage.seed(seed(count));
  for (let start = 0; start < count; start += 250) {
    await storage.unitOfWork.run(async (tx) => {
      for (let i = start; i < Math.min(count, start + 250); i++) {
        const n = String(i).padStart(4, '0');
        await tx.outbox.enqueue({ id: `n-${n}`, kind: 'holdNotice', patronId: `p-${n}`, reservationId: `r-${n}`, createdAt: '2026-12-01T09:00:00.000Z', payload: { pickupBranchId: 'akeno' } });
      }
    });
  }
}

interface Deliverer {
  readonly ready: Promise<void>;
  readonly done: Promise<Extract<FromDeliveryWorker, { type: 'done' }>>;
  go(): void;
}

/** A deliverer process: ready once its storage is open; it delivers when told to go. */
function deliverer(message: ToDeliveryWorker): Deliverer {
  const child = fork(workerScript, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const done = new Promise<Extract<FromDeliveryWorker, { type: 'done' }>>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`a deliverer exited (${code}) before answering`));
    child.once('exit', onExit);
    child.on('message', (answer: FromDeliveryWorker) => {
      if (answer.type === 'ready') return onReady();
      child.off('exit', onExit);
      if (answer.type === 'failed') reject(new Error(`a deliverer failed: ${answer.message}`));
      else resolve(answer);
    });
    child.send(message);
  });
  done.catch(() => onReady());
  return { ready, done, go: () => child.send('go') };
}

async function race(engine: 'sqlite' | 'postgres', target: string, schema?: string, withoutLease = false): Promise<{ counts: Map<string, number>; twice: number }> {
  const deliverers = Array.from({ length: WORKERS }, (_, worker) => deliverer({ engine, target, worker, at: AT, withoutLease, ...(schema === undefined ? {} : { schema }) }));
  await Promise.all(deliverers.map((d) => d.ready));
  const started = Date.now();
  for (const d of deliverers) d.go();
  const answers = await Promise.all(deliverers.map((d) => d.done));
  const counts = new Map<string, number>();
  for (const answer of answers) for (const id of answer.sent) counts.set(id, (counts.get(id) ?? 0) + 1);
  const twice = [...counts.values()].filter((n) => n > 1).length;
  console.log(
    `[D1] ${engine}${withoutLease ? ' (control, without the lease)' : ''}: ${WORKERS} deliverers: ${counts.size} notices sent, ${twice} sent twice, per deliverer ${answers.map((a) => a.sent.length).join('/')}, ${Date.now() - started} ms`,
  );
  if (!withoutLease) for (const answer of answers) expect(answer.failed + answer.notSent).toBe(0);
  return { counts, twice };
}

describe('[D1] delivery from four processes', () => {
  it('[D1] on SQLite, every one of 1,000 notices is sent, none twice', async () => {
    const filename = join(dir, 'delivery.db');
    const storage = createSqliteStorage({ filename });
    await fill(storage);
    await storage.close();
    const { counts, twice } = await race('sqlite', filename);
    expect(counts.size).toBe(NOTICES);
    expect(twice).toBe(0);
    const check = createSqliteStorage({ filename });
    expect(await check.unitOfWork.run((tx) => tx.outbox.listPending())).toEqual([]);
    await check.close();
  }, 180_000);

  it('[D1] on PostgreSQL, every one of 1,000 notices is sent, none twice', async () => {
    const storage = await freshPostgresStorage();
    try {
      await fill(storage);
      const { counts, twice } = await race('postgres', postgresUrl(), storage.schema);
      expect(counts.size).toBe(NOTICES);
      expect(twice).toBe(0);
      expect(await storage.unitOfWork.run((tx) => tx.outbox.listPending())).toEqual([]);
      const held = await storage.unitOfWork.run((tx) => tx.reservations.get('r-0999'));
      expect(held).toMatchObject({ status: 'onHold', noticeDate: '2026-12-02', lastDay: '2026-12-09' });
    } finally {
      await storage.close();
    }
  }, 180_000);

  it('[D1] control: on SQLite, without the lease, four deliverers send some notices twice', async () => {
    const filename = join(dir, 'delivery-control.db');
    const storage = createSqliteStorage({ filename });
    await fill(storage, 200);
    await storage.close();
    const { counts, twice } = await race('sqlite', filename, undefined, true);
    expect(counts.size).toBe(200);
    expect(twice).toBeGreaterThan(0);
  }, 180_000);

  it('[D1] control: on PostgreSQL, without the lease, four deliverers send some notices twice', async () => {
    const storage = await freshPostgresStorage();
    try {
      await fill(storage, 200);
      const { counts, twice } = await race('postgres', postgresUrl(), storage.schema, true);
      expect(counts.size).toBe(200);
      expect(twice).toBeGreaterThan(0);
    } finally {
      await storage.close();
    }
  }, 180_000);
});
