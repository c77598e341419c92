// A worker process of test/db/delivery-concurrency.test.ts: it opens one storage (SQLite file or
// PostgreSQL schema), builds the reservation service on it, delivers every pending notice it can
// claim with a mailer that records each notice handed to it, and reports the ids.
import { hokutoPolicy } from '../../../src/policy/presets/hokuto.js';
import { fixedClock } from '../../../src/ports/clock.js';
import { createPostgresStorage } from '../../../src/postgres.js';
import { createReservationService } from '../../../src/service/create-reservation-service.js';
import { createSqliteStorage } from '../../../src/sqlite.js';
import type { StoragePorts } from '../../../src/ports/storage-ports.js';

export type ToDeliveryWorker = {
  readonly engine: 'sqlite' | 'postgres';
  readonly target: string;
  readonly schema?: string;
  readonly worker: number;
  readonly at: string;
  /** Control: claims ignore leases (they return the first pending notices), to show the lease is what prevents double sends. */
  readonly withoutLease?: boolean;
};
export type FromDeliveryWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly sent: readonly string[]; readonly notSent: number; readonly failed: number }
  | { readonly type: 'failed'; readonly message: string };

process.once('message', (message: ToDeliveryWorker) => {
  void (async () => {
    const clock = fixedClock(message.at);
    const storage =
      message.engine === 'sqlite'
        ? createSqliteStorage({ filename: message.target, clock, migrate: false, busyTimeoutMs: 30_000, lockTimeoutMs: 60_000 })
        : createPostgresStorage({ connectionString: message.target, schema: message.schema, clock, maxConnections: 2 });
    try {
      const ports: StoragePorts = message.withoutLease
        ? {
            ...storage,
            unitOfWork: {
              run: (work) =>
                storage.unitOfWork.run((tx) =>
                  work({ ...tx, outbox: { ...tx.outbox, claimPending: async (_owner, limit) => (await tx.outbox.listPending()).slice(0, limit) } }),
                ),
            },
          }
        : storage;
      const service = createReservationService(ports, hokutoPolicy(), { serverId: `deliverer-${message.worker}`, deliveryBatchSize: 25, maxRetries: 10 });
      const sent: string[] = [];
      // Start together: every deliverer has its storage open before any delivers.
      const go = new Promise<void>((resolve) => process.once('message', () => resolve()));
      process.send?.({ type: 'ready' } satisfies FromDeliveryWorker);
      await go;
      const result = await service.deliverNotices(async (notice) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        sent.push(notice.id);
      });
      if (!result.ok) throw new Error(`deliverNotices: ${JSON.stringify(result)}`);
      process.send?.({ type: 'done', sent, notSent: result.value.notSent.length, failed: result.value.failed.length } satisfies FromDeliveryWorker);
    } catch (error) {
      process.send?.({ type: 'failed', message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) } satisfies FromDeliveryWorker);
    } finally {
      await storage.close();
      process.disconnect();
    }
  })();
});
