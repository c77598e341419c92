// A worker process of test/db/delivery-concurrency.test.ts: it opens one storage (SQLite file or
// PostgreSQL schema), builds the reservation service on it, delivers every pending notice it can
// claim with a mailer that records each notice handed to it, and reports the ids.
import { hokutoPolicy } from '../../../src/policy/presets/hokuto.js';
import { fixedClock } from '../../../src/ports/clock.js';
import { createPostgresStorage } from '../../../src/postgres.js';
import { createReservationService } from '../../../src/service/create-reservation-service.js';
import { createSqliteStorage } from '../../../src/sqlite.js';

export type ToDeliveryWorker = { readonly engine: 'sqlite' | 'postgres'; readonly target: string; readonly schema?: string; readonly worker: number; readonly at: string };
export type FromDeliveryWorker =
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
      const service = createReservationService(storage, hokutoPolicy(), { serverId: `deliverer-${message.worker}`, deliveryBatchSize: 25, maxRetries: 10 });
      const sent: string[] = [];
      const result = await service.deliverNotices(async (notice) => {
        await new Promise((resolve) => setImmediate(resolve));
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
