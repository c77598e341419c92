// 8. The service on PostgreSQL, on a throwaway server of its own (scripts/pg-start.sh, as
// `npm run test:db` starts one; stopped at the end): the chunked morning batch through the
// service against raw SQL doing the same writes; online submissions per second from one and from
// four processes against raw SQL from as many; and the patrons' latency while four servers run
// the batch. The floor is the writes the adapter sent, recorded (bench/lib/pg-recorder.ts) and
// replayed on a fresh copy of the same database with prepared statements, in the same
// transactions, from the same number of processes.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { makeComparison, makeMissingComparison } from '../results-schema.mjs';
import { finish, parseArgs, type Measurement } from '../lib/child.js';
import { BATCH_AT, HOKUTO_SIZE, PICKUP_BRANCHES, approvalWorkload, makeCatalogue, walkInLoans } from '../lib/library-data.js';
import { log } from '../lib/measure.js';
import { rawPgReplay, recordPgWrites } from '../lib/pg-recorder.js';
import { bulkSeed } from '../lib/pg-seed.js';
import { databaseUrl, startPgServer } from '../lib/pg-server.js';
import type { WorkerTask } from '../lib/pg-worker.js';
import { createRng } from '../lib/rng.js';
import type { RecordedWrite } from '../lib/sql-recorder.js';
import { builtEntry } from '../lib/built-package.js';

// The service and the PostgreSQL storage as built (bench/lib/built-package.ts).
const { createReservationService, fixedClock } = await builtEntry('index');
const { createPostgresStorage } = await builtEntry('postgres');

const args = parseArgs();
const NAMES = {
  batch: ['service-batch-postgres-vs-raw-sql', 'ms', 'lower', 3],
  submit1: ['service-submit-postgres-vs-raw-sql', 'submissions/s', 'higher', 1 / 3],
  submit4: ['service-submit-postgres-4-processes-vs-raw-sql', 'submissions/s', 'higher', 1 / 3],
} as const;
const missingAll = (why: string) => Object.values(NAMES).map(([n, u, b, t]) => makeMissingComparison(n, u, b, t, why));

// --quick: a small library and batch, so that the suite (server start included) takes some 20 s.
const library = args.quick ? { titles: 2_000, patrons: 5_000 } : HOKUTO_SIZE;
const BATCH = args.quick ? 500 : 100_000;
const CHUNK = args.quick ? 50 : 500;
const PER_PROCESS = args.quick ? 20 : 250;
const IDLE_MS = args.quick ? 500 : 5_000;
const SUBMIT_AT = '2026-12-09T03:00:00.000Z';
const workerFile = fileURLToPath(new URL('../lib/pg-worker.ts', import.meta.url));
const policy = hokutoPolicy();

const server = startPgServer();
if (!server.ok) {
  log(`postgres: ${server.missing}`);
  finish(args, { comparisons: missingAll(server.missing), measurements: [], notes: [`postgres: ${server.missing}`] });
  process.exit(0);
}

const admin = new pg.Client({ connectionString: server.url });
let copies = 0;
/** A fresh copy of the seeded database (`CREATE DATABASE … TEMPLATE`), and its URL. */
async function freshDatabase(): Promise<string> {
  const name = `bench_run_${++copies}`;
  await admin.query(`CREATE DATABASE ${name} TEMPLATE bench_base`);
  return databaseUrl(server.ok ? server.url : '', name);
}
async function dropDatabase(url: string): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)}`);
}

interface Worker {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly done: Promise<Record<string, unknown>>;
}
function startWorker(task: WorkerTask): Worker {
  const child = fork(workerFile, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let ready: () => void = () => undefined;
  const readyP = new Promise<void>((resolve) => (ready = resolve));
  const done = new Promise<Record<string, unknown>>((resolve, reject) => {
    child.on('message', (m: Record<string, unknown>) => {
      if (m['type'] === 'ready') ready();
      else if (m['type'] === 'done') resolve(m);
      else if (m['type'] === 'failed') reject(new Error(`a ${task.role} worker failed: ${String(m['message'])}`));
    });
    child.once('exit', (code) => reject(new Error(`a ${task.role} worker exited (${code})`)));
  });
  done.catch(() => undefined);
  child.send({ type: 'task', task });
  return { child, ready: readyP, done };
}
/** Starts the workers' work together, once all are ready; returns the wall time and their answers. */
async function together(workers: readonly Worker[]): Promise<{ wallMs: number; answers: Record<string, unknown>[] }> {
  await Promise.all(workers.map((w) => w.ready));
  const t0 = performance.now();
  for (const w of workers) w.child.send({ type: 'go' });
  const answers = await Promise.all(workers.map((w) => w.done));
  return { wallMs: performance.now() - t0, answers };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const comparisons = [];
const measurements: Measurement[] = [];
const notes: string[] = [];
try {
  await admin.connect();
  const started = Date.now();
  const cat = makeCatalogue(library);
  const work = approvalWorkload(cat, BATCH);
  await admin.query('CREATE DATABASE bench_base');
  const baseUrl = databaseUrl(server.url, 'bench_base');
  {
    const storage = createPostgresStorage({ connectionString: baseUrl });
    await storage.migrate();
    await storage.close();
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    await bulkSeed(client, {
      patrons: cat.patrons, titles: cat.titles, volumes: cat.volumes, copies: cat.copies,
      reservations: work.snapshot.reservations, loans: walkInLoans(cat, Math.round(BATCH / 5)),
    });
    await client.end();
  }
  log(`postgres: ${BATCH} requests and ${work.snapshot.reservations.length - BATCH} other reservations seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // --- the chunked morning batch, in this process, against its writes replayed ---------------
  const batchUrl = await freshDatabase();
  const storage = createPostgresStorage({ connectionString: batchUrl, clock: fixedClock(BATCH_AT), maxConnections: 2 });
  let chunks = 0;
  const service = createReservationService(storage, policy, { serverId: 'bench', jobChunkSize: CHUNK, onJobProgress: () => void chunks++ });
  const t0 = performance.now();
  const { result, transactions } = await recordPgWrites(() => service.runApprovalBatch({ kind: 'system' }));
  const oursMs = performance.now() - t0;
  await storage.close();
  await dropDatabase(batchUrl);
  if (!result.ok) throw new Error(`the batch failed: ${JSON.stringify(result)}`);
  const writes = transactions.reduce((n, t) => n + t.length, 0);
  log(`postgres batch: ${JSON.stringify(result.value)}; ${chunks} chunks of ${CHUNK}; ${writes} writes in ${transactions.length} transactions; ${oursMs.toFixed(0)} ms`);
  const floorUrl = await freshDatabase();
  const replay = await rawPgReplay(floorUrl, transactions);
  const t1 = performance.now();
  await replay.run();
  const floorMs = performance.now() - t1;
  await replay.close();
  await dropDatabase(floorUrl);
  log(`postgres batch: raw SQL ${floorMs.toFixed(0)} ms`);
  comparisons.push(makeComparison(NAMES.batch[0], oursMs, floorMs, NAMES.batch[1], NAMES.batch[2], NAMES.batch[3], { size: BATCH, chunkSize: CHUNK }));
  measurements.push(
    { label: `chunked approval batch of ${BATCH} (chunks of ${CHUNK}), one server`, value: oursMs, unit: 'ms' },
    { label: `the same ${writes} writes in ${transactions.length} transactions, raw SQL`, value: floorMs, unit: 'ms' },
  );

  // --- online submissions from one and from four processes ----------------------------------
  const rng = createRng(9);
  const reservable = cat.volumes.filter((v) => !policy.nonReservableCategories.includes(cat.titles[+v.titleId.slice(2)]!.category)).map((v) => v.id);
  const eligible = cat.patrons.filter((p) => p.internetRegistered && p.email && !p.unreachable).map((p) => p.id);
  let nextPatron = 0;
  const submissionsFor = () =>
    Array.from({ length: PER_PROCESS }, () => ({ patronId: eligible[(nextPatron++ * 7919) % eligible.length]!, volumeId: rng.pick(reservable), pickupBranchId: rng.pick(PICKUP_BRANCHES) }));
  for (const [key, processes] of [['submit1', 1], ['submit4', 4]] as const) {
    const oursUrl = await freshDatabase();
    const ours = await together(Array.from({ length: processes }, (_, k) => startWorker({ role: 'submit', url: oursUrl, now: SUBMIT_AT, submissions: submissionsFor(), name: `submit_${k}` })));
    await dropDatabase(oursUrl);
    const recorded = ours.answers.map((a) => a['transactions'] as RecordedWrite[][]);
    const created = ours.answers.reduce((n, a) => n + (a['created'] as number), 0);
    const rawUrl = await freshDatabase();
    const raw = await together(recorded.map((transactions) => startWorker({ role: 'raw', url: rawUrl, transactions })));
    await dropDatabase(rawUrl);
    const total = PER_PROCESS * processes;
    const perSecond = (ms: number) => total / (ms / 1000);
    log(`postgres submit ×${processes}: ${created} created; service ${ours.wallMs.toFixed(0)} ms, raw SQL ${raw.wallMs.toFixed(0)} ms`);
    const [name, unit, better, target] = NAMES[key];
    comparisons.push(makeComparison(name, perSecond(ours.wallMs), perSecond(raw.wallMs), unit, better, target, { submissions: total, processes }));
    measurements.push(
      { label: `submissions/s from ${processes} process${processes > 1 ? 'es' : ''}, service`, value: perSecond(ours.wallMs), unit: '/s' },
      { label: `submissions/s from ${processes} process${processes > 1 ? 'es' : ''}, raw SQL (same writes)`, value: perSecond(raw.wallMs), unit: '/s' },
    );
  }

  // --- the patrons' latency while four servers run the batch ---------------------------------
  const loadUrl = await freshDatabase();
  const patrons = Array.from({ length: 4 }, (_, k) =>
    startWorker({ role: 'patron', url: loadUrl, now: BATCH_AT, patronId: eligible[(nextPatron++ * 7919) % eligible.length]!, volumeIds: Array.from({ length: 50 }, () => rng.pick(reservable)), intervalMs: 20, name: `patron_${k}` }),
  );
  const batchers = Array.from({ length: 4 }, (_, k) => startWorker({ role: 'batch', url: loadUrl, now: BATCH_AT, chunkSize: CHUNK, name: `batch_${k}` }));
  await Promise.all([...patrons, ...batchers].map((w) => w.ready));
  for (const p of patrons) p.child.send({ type: 'go' });
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const batchFrom = Date.now();
  const batch = await together(batchers);
  const batchTo = Date.now();
  for (const p of patrons) p.child.send({ type: 'stop' });
  const answers = await Promise.all(patrons.map((p) => p.done));
  await dropDatabase(loadUrl);
  const calls = answers.flatMap((a) => a['calls'] as [number, number][]);
  const errors = answers.flatMap((a) => a['errors'] as string[]);
  const during = calls.filter(([at]) => at >= batchFrom && at < batchTo).map(([, ms]) => ms).sort((a, b) => a - b);
  const before = calls.filter(([at]) => at < batchFrom).map(([, ms]) => ms).sort((a, b) => a - b);
  const batchErrors = batch.answers.flatMap((a) => (a['error'] === null ? [] : [String(a['error'])]));
  log(
    `postgres load: 4 batch servers ${batch.wallMs.toFixed(0)} ms (chunks ${batch.answers.map((a) => a['chunks']).join('/')}); ` +
      `patrons before p50 ${percentile(before, 50).toFixed(1)} / p99 ${percentile(before, 99).toFixed(1)} ms (${before.length} calls), ` +
      `during p50 ${percentile(during, 50).toFixed(1)} / p99 ${percentile(during, 99).toFixed(1)} ms (${during.length} calls); errors: ${[...errors, ...batchErrors].join('; ') || 'none'}`,
  );
  measurements.push(
    { label: `chunked batch of ${BATCH}, four servers sharing the chunks, four patrons working (wall)`, value: batch.wallMs, unit: 'ms' },
    { label: 'patron call latency before the batch, p50', value: percentile(before, 50), unit: 'ms' },
    { label: 'patron call latency before the batch, p99', value: percentile(before, 99), unit: 'ms' },
    { label: 'patron call latency while four servers run the batch, p50', value: percentile(during, 50), unit: 'ms' },
    { label: 'patron call latency while four servers run the batch, p99', value: percentile(during, 99), unit: 'ms' },
  );
  if (errors.length + batchErrors.length > 0) notes.push(`postgres load run: errors reached callers: ${[...errors, ...batchErrors].slice(0, 5).join('; ')}`);
  finish(args, { comparisons, measurements, notes });
} catch (error) {
  log(`postgres: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const done = new Set(comparisons.map((c) => c.name));
  finish(args, {
    comparisons: [...comparisons, ...missingAll(`the suite failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`).filter((c) => !done.has(c.name))],
    measurements,
    notes,
  });
} finally {
  await admin.end().catch(() => undefined);
  server.stop();
}
