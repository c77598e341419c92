// A process of test/db/load.test.ts: either a batch server (runs the chunked approval batch for
// the date until the day is complete) or a patron server (places, cancels and lists at a steady
// rate until told to stop). It reports timings over IPC.
import { isYoyakuError } from '../../../src/errors/yoyaku-error.js';
import { hokutoPolicy } from '../../../src/policy/presets/hokuto.js';
import { fixedClock } from '../../../src/ports/clock.js';
import { createPostgresStorage } from '../../../src/postgres.js';
import { createReservationService } from '../../../src/service/create-reservation-service.js';
import type { ServiceResult } from '../../../src/service/service-result.js';

interface Start {
  readonly role: 'batch' | 'patron';
  readonly url: string;
  readonly schema: string;
  readonly worker: number;
  readonly now: string;
  readonly date: string;
  readonly chunkSize: number;
  readonly volumes: number;
  readonly intervalMs: number;
}

const send = (message: unknown) => process.send?.(message);
let stopping = false;

function conflictOf(result: ServiceResult<unknown>): string | null {
  return !result.ok && result.kind === 'error' && result.code === 'CONFLICT' ? result.message : null;
}

async function start(m: Start): Promise<void> {
  const url = new URL(m.url);
  url.searchParams.set('application_name', `load_${m.role}_${m.worker}`);
  const storage = createPostgresStorage({ connectionString: url.toString(), schema: m.schema, clock: fixedClock(m.now), maxConnections: 2 });
  let n = 0;
  let chunks = 0;
  const service = createReservationService(storage, hokutoPolicy(), {
    ids: () => `${m.role}${m.worker}-${++n}`,
    serverId: `${m.role}-${m.worker}`,
    jobChunkSize: m.chunkSize,
    onJobProgress: () => void chunks++,
  });
  try {
    if (m.role === 'batch') {
      const started = performance.now();
      const result = await service.runApprovalBatch({ kind: 'system' }, { date: m.date });
      send({
        type: 'batch', worker: m.worker, ms: performance.now() - started, chunks,
        summary: result.ok ? result.value : null, conflict: conflictOf(result), error: result.ok ? null : JSON.stringify(result),
      });
      return;
    }
    const latencies: number[] = [];
    const conflicts: string[] = [];
    const errors: string[] = [];
    const patron = { kind: 'patron', patronId: `lp-${m.worker}`, channel: 'online' } as const;
    let i = 0;
    while (!stopping) {
      const volumeId = `t-${(m.worker * 7919 + i * 104_729) % m.volumes}/1`;
      const timed = async (op: () => Promise<ServiceResult<unknown>>) => {
        const t = performance.now();
        try {
          const result = await op();
          const conflict = conflictOf(result);
          if (conflict !== null) conflicts.push(conflict);
          if (!result.ok && result.kind === 'error' && result.code === 'STORE_UNAVAILABLE') errors.push(result.code);
          return result;
        } catch (error) {
          errors.push(isYoyakuError(error) ? error.code : String(error));
          return null;
        } finally {
          latencies.push(performance.now() - t);
        }
      };
      await timed(() => service.addToCart(patron, { volumeId, pickupBranchId: 'akeno' }));
      const placed = await timed(() => service.submitCart(patron, { volumeIds: [volumeId] }));
      const first = placed?.ok ? (placed.value as readonly { ok: boolean; reservationId?: string }[])[0] : undefined;
      if (first?.ok && first.reservationId !== undefined) {
        const reservationId = first.reservationId;
        await timed(() => service.cancelOnline(patron, { reservationId }));
      }
      await timed(() => service.listReservations(patron, { limit: 20 }));
      i++;
      await new Promise((resolve) => setTimeout(resolve, m.intervalMs));
    }
    send({ type: 'patron', worker: m.worker, latencies, conflicts, errors });
  } finally {
    await storage.close();
  }
}

process.on('message', (message: { type: 'start' } & Start | { type: 'stop' }) => {
  if (message.type === 'stop') {
    stopping = true;
    return;
  }
  start(message).then(
    () => process.disconnect(),
    (error: unknown) => {
      send({ type: 'failed', message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
      process.disconnect();
    },
  );
});
