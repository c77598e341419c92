// A process of the PostgreSQL suite (bench/suites/postgres.ts), told over IPC what to be:
// - `submit`: online submissions (add to cart, then submit) through the service, its writes recorded;
// - `raw`: the recorded writes of a `submit` process replayed as raw SQL;
// - `batch`: the chunked approval batch through the service, until the day is complete;
// - `patron`: a patron who places, cancels and lists at a steady rate until told to stop, timing each call.
// Each says `ready`, waits for `go` (so that several start together), and answers with its figures.
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import type { ServiceResult } from '../../src/service/service-result.js';
import { rawPgReplay, recordPgWrites } from './pg-recorder.js';
import type { RecordedWrite } from './sql-recorder.js';
import { builtEntry } from './built-package.js';

// The service and the PostgreSQL storage as built (bench/lib/built-package.ts).
const { createReservationService, fixedClock } = await builtEntry('index');
const { createPostgresStorage } = await builtEntry('postgres');

interface Submission {
  readonly patronId: string;
  readonly volumeId: string;
  readonly pickupBranchId: string;
}

/** What the suite sends first. */
export type WorkerTask =
  | { readonly role: 'submit'; readonly url: string; readonly now: string; readonly submissions: readonly Submission[]; readonly name: string }
  | { readonly role: 'raw'; readonly url: string; readonly transactions: readonly (readonly RecordedWrite[])[] }
  | { readonly role: 'batch'; readonly url: string; readonly now: string; readonly chunkSize: number; readonly name: string }
  | { readonly role: 'patron'; readonly url: string; readonly now: string; readonly patronId: string; readonly volumeIds: readonly string[]; readonly intervalMs: number; readonly name: string };

/** Sends a message and resolves once it has gone (a large answer must leave before the process disconnects). */
const send = (message: unknown) => new Promise<void>((resolve) => (process.send ? process.send(message, undefined, {}, () => resolve()) : resolve()));
let stopping = false;
let go: () => void = () => undefined;
const started = new Promise<void>((resolve) => (go = resolve));

function storageFor(url: string, now: string, name: string) {
  const u = new URL(url);
  u.searchParams.set('application_name', name);
  return createPostgresStorage({ connectionString: u.toString(), clock: fixedClock(now), maxConnections: 2 });
}

function failure(result: ServiceResult<unknown>): string | null {
  return result.ok ? null : JSON.stringify(result);
}

async function submit(task: Extract<WorkerTask, { role: 'submit' }>): Promise<void> {
  const storage = storageFor(task.url, task.now, task.name);
  let n = 0;
  const service = createReservationService(storage, hokutoPolicy(), { serverId: task.name, ids: () => `${task.name}-${++n}` });
  try {
    await send({ type: 'ready' });
    await started;
    const t0 = performance.now();
    const { result: created, transactions } = await recordPgWrites(async () => {
      let made = 0;
      for (const s of task.submissions) {
        const actor = { kind: 'patron', patronId: s.patronId, channel: 'online' } as const;
        const added = await service.addToCart(actor, { volumeId: s.volumeId, pickupBranchId: s.pickupBranchId });
        if (!added.ok) throw new Error(`addToCart failed: ${failure(added)}`);
        const submitted = await service.submitCart(actor, { volumeIds: [s.volumeId] });
        if (!submitted.ok) throw new Error(`submitCart failed: ${failure(submitted)}`);
        if (submitted.value[0]?.ok) made++;
      }
      return made;
    });
    await send({ type: 'done', ms: performance.now() - t0, created, transactions });
  } finally {
    await storage.close();
  }
}

async function raw(task: Extract<WorkerTask, { role: 'raw' }>): Promise<void> {
  const replay = await rawPgReplay(task.url, task.transactions);
  try {
    await send({ type: 'ready' });
    await started;
    const t0 = performance.now();
    const rows = await replay.run();
    await send({ type: 'done', ms: performance.now() - t0, rows });
  } finally {
    await replay.close();
  }
}

async function batch(task: Extract<WorkerTask, { role: 'batch' }>): Promise<void> {
  const storage = storageFor(task.url, task.now, task.name);
  let chunks = 0;
  const service = createReservationService(storage, hokutoPolicy(), { serverId: task.name, jobChunkSize: task.chunkSize, onJobProgress: () => void chunks++ });
  try {
    await send({ type: 'ready' });
    await started;
    const t0 = performance.now();
    const result = await service.runApprovalBatch({ kind: 'system' });
    await send({ type: 'done', ms: performance.now() - t0, chunks, summary: result.ok ? result.value : null, error: failure(result) });
  } finally {
    await storage.close();
  }
}

async function patron(task: Extract<WorkerTask, { role: 'patron' }>): Promise<void> {
  const storage = storageFor(task.url, task.now, task.name);
  let n = 0;
  const service = createReservationService(storage, hokutoPolicy(), { serverId: task.name, ids: () => `${task.name}-${++n}` });
  const calls: [at: number, ms: number][] = [];
  const errors: string[] = [];
  const actor = { kind: 'patron', patronId: task.patronId, channel: 'online' } as const;
  const timed = async <T>(op: () => Promise<ServiceResult<T>>): Promise<ServiceResult<T> | null> => {
    const at = Date.now();
    const t = performance.now();
    try {
      const result = await op();
      if (!result.ok && result.kind === 'error') errors.push(result.code);
      return result;
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
      return null;
    } finally {
      calls.push([at, performance.now() - t]);
    }
  };
  try {
    await send({ type: 'ready' });
    await started;
    for (let i = 0; !stopping; i++) {
      const volumeId = task.volumeIds[i % task.volumeIds.length]!;
      await timed(() => service.addToCart(actor, { volumeId, pickupBranchId: 'akeno' }));
      const placed = await timed(() => service.submitCart(actor, { volumeIds: [volumeId] }));
      const first = placed?.ok ? placed.value[0] : undefined;
      if (first?.ok) await timed(() => service.cancelOnline(actor, { reservationId: first.reservationId }));
      await timed(() => service.listReservations(actor, { limit: 20 }));
      await new Promise((resolve) => setTimeout(resolve, task.intervalMs));
    }
    await send({ type: 'done', calls, errors });
  } finally {
    await storage.close();
  }
}

process.on('message', (message: { type: 'task'; task: WorkerTask } | { type: 'go' } | { type: 'stop' }) => {
  if (message.type === 'go') return go();
  if (message.type === 'stop') {
    stopping = true;
    return;
  }
  const { task } = message;
  const run = task.role === 'submit' ? submit(task) : task.role === 'raw' ? raw(task) : task.role === 'batch' ? batch(task) : patron(task);
  run.then(
    () => process.disconnect(),
    async (error: unknown) => {
      await send({ type: 'failed', message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
      process.disconnect();
    },
  );
});
