// 5. Through the service: online submissions (add to cart, then submit) per second, and one
// morning approval batch, on the memory adapter and on the SQLite adapter. The floor for SQLite
// is the same rows written by raw SQL: the writes the adapter made, recorded, then replayed with
// prepared statements on a copy of the same database — one transaction per submission, and one
// for the whole batch. Beside it, a second floor for submissions replays the same writes in the
// two transactions the guide's flow forces (the cart's, then the submission's: two requests of the
// patron's browser, with a login between), compared with the same target.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { makeComparison, makeMissingComparison } from '../results-schema.mjs';
import { finish, parseArgs, type Measurement } from '../lib/child.js';
import { BATCH_AT, HOKUTO_SIZE, PICKUP_BRANCHES, approvalWorkload, makeCatalogue, walkInLoans } from '../lib/library-data.js';
import { log, median } from '../lib/measure.js';
import { createRng } from '../lib/rng.js';
import { rawSqlReplay, recordWrites, type RecordedWrite } from '../lib/sql-recorder.js';
import { serviceSlots } from '../slots/service.js';

declare const gc: undefined | (() => void);

const args = parseArgs();
const NAMES = {
  submit: ['service-submit-sqlite-vs-raw-sql', 'submissions/s', 'higher', 1 / 2],
  submit2: ['service-submit-sqlite-vs-raw-sql-two-transactions', 'submissions/s', 'higher', 1 / 2],
  batch: ['service-batch-sqlite-vs-raw-sql', 'ms', 'lower', 2],
} as const;

const slots = await serviceSlots();
if (!slots.ok) {
  log(`service: ${slots.missing}`);
  finish(args, {
    comparisons: Object.values(NAMES).map(([n, u, b, t]) => makeMissingComparison(n, u, b, t, slots.missing)),
    measurements: [],
  });
  process.exit(0);
}
const { createReservationService, createMemoryStorage, createSqliteStorage, fixedClock } = slots;

// A smaller library in --quick: seeding 200k patrons into SQLite alone would take most of the
// two minutes. The ratio to raw SQL hardly depends on it.
const library = args.quick ? { titles: 10_000, patrons: 40_000 } : HOKUTO_SIZE;
const BATCH = args.quick ? 5_000 : 100_000;
const SUBMISSIONS = args.quick ? 100 : 1_000;
const RUNS = args.quick ? 3 : 3;
// Untimed submissions before the timed runs: V8 goes on optimizing the service's and the adapter's
// functions for about the first 5 000 submissions of a process (on SQLite a run of 1 000 uses a
// third less CPU by the fifth run than by the second, and stays; docs/performance.md, section 5), and
// the floors' few statements are warm after one run. The same for every build: the timed runs are
// the warm service, as a server that has been up a while runs it. Not in --quick, which stays a
// quick check (its hundred submissions would need fifty runs, a fresh copy of the file each).
const WARM_SUBMISSIONS = 5_000;
const SUBMIT_WARMUP_RUNS = args.quick ? 1 : Math.ceil(WARM_SUBMISSIONS / SUBMISSIONS);
const SUBMIT_AT = '2026-12-09T03:00:00.000Z';
const policy = hokutoPolicy();
const dir = join(process.cwd(), '.tmp', 'bench', 'service');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const started = Date.now();
const cat = makeCatalogue(library);
const work = approvalWorkload(cat, BATCH);
const seedFor = (reservations: typeof work.snapshot.reservations) => ({
  patrons: cat.patrons,
  titles: cat.titles,
  volumes: cat.volumes,
  copies: cat.copies,
  reservations,
  loans: walkInLoans(cat, Math.round(BATCH / 5)),
});
const seed = seedFor(work.snapshot.reservations);

const rng = createRng(9);
const reservable = cat.volumes.filter((v) => !policy.nonReservableCategories.includes(cat.titles[+v.titleId.slice(2)]!.category));
const eligible = cat.patrons.filter((p) => p.internetRegistered && p.email && !p.unreachable);
const submissions = Array.from({ length: SUBMISSIONS }, (_, i) => ({
  actor: { kind: 'patron' as const, patronId: eligible[(i * 7919) % eligible.length]!.id, channel: 'online' },
  entry: { volumeId: rng.pick(reservable).id, pickupBranchId: rng.pick(PICKUP_BRANCHES) },
}));

const base = join(dir, 'base.sqlite');
{
  const storage = createSqliteStorage({ filename: base, clock: fixedClock(BATCH_AT) });
  await storage.seed(seed);
  storage.database.pragma('wal_checkpoint(TRUNCATE)');
  await storage.close();
}
log(`service: ${BATCH} requests and ${seed.reservations.length - BATCH} other reservations seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

let copies = 0;
function freshCopy(): string {
  const file = join(dir, `run-${copies++}.sqlite`);
  copyFileSync(base, file);
  return file;
}
function drop(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}
function collect(): void {
  if (typeof gc === 'function') gc();
}
const seconds = (ms: number) => ms / 1000;
const now = () => performance.now();

async function submitAll(service: ReturnType<typeof createReservationService>): Promise<number> {
  let created = 0;
  for (const { actor, entry } of submissions) {
    const added = await service.addToCart(actor, entry);
    if (!added.ok) throw new Error(`addToCart failed: ${JSON.stringify(added)}`);
    const submitted = await service.submitCart(actor, { volumeIds: [entry.volumeId] });
    if (!submitted.ok) throw new Error(`submitCart failed: ${JSON.stringify(submitted)}`);
    if (submitted.value[0]?.ok) created++;
  }
  return created;
}

// Submissions only: the last run's storage and service, kept referenced until the next run has been
// timed. A server makes its service once; once nothing references a run's functions, the forced
// collection before the next run lets V8 drop their optimized code, and every timed run of a second
// would compile ours again (docs/performance.md, section 5, "Submissions: what a BEGIN/COMMIT pair
// costs"). The batch's nine seconds do not notice the compiling, and its runs are not kept.
let lastRun: unknown = null;

/** One run through the service on a fresh SQLite copy; records the writes when asked. */
async function sqliteRun(kind: 'submit' | 'batch', record: boolean) {
  const file = freshCopy();
  const storage = createSqliteStorage({ filename: file, clock: fixedClock(kind === 'batch' ? BATCH_AT : SUBMIT_AT) });
  const service = createReservationService(storage, policy, { serverId: 'bench' });
  collect();
  const t0 = now();
  const go = async () => (kind === 'batch' ? service.runApprovalBatch({ kind: 'system' }) : submitAll(service));
  const { result, transactions } = record ? await recordWrites(go) : { result: await go(), transactions: [] as RecordedWrite[][] };
  const ms = now() - t0;
  await storage.close();
  drop(file);
  lastRun = kind === 'submit' ? { storage, service } : null;
  return { ms, result, transactions };
}

async function memoryRun(kind: 'submit' | 'batch', data = seed) {
  const storage = createMemoryStorage({ seed: data, clock: fixedClock(kind === 'batch' ? BATCH_AT : SUBMIT_AT) });
  const service = createReservationService(storage, policy, { serverId: 'bench' });
  collect();
  const t0 = now();
  const result = kind === 'batch' ? await service.runApprovalBatch({ kind: 'system' }) : await submitAll(service);
  const ms = now() - t0;
  await storage.close();
  return { ms, result };
}

function floorRun(transactions: readonly (readonly RecordedWrite[])[]) {
  const file = freshCopy();
  const replay = rawSqlReplay(file, transactions);
  collect();
  const t0 = now();
  const rows = replay.run();
  const ms = now() - t0;
  replay.close();
  drop(file);
  return { ms, rows };
}

async function measure(kind: 'submit' | 'batch') {
  // The first run records the writes and warms everything up (with more for submissions); it is not timed.
  const first = await sqliteRun(kind, true);
  if (kind === 'submit') for (let i = 1; i < SUBMIT_WARMUP_RUNS; i++) await sqliteRun(kind, false);
  const summary = kind === 'batch' ? JSON.stringify((first.result as { value?: unknown }).value ?? first.result) : `${first.result} created`;
  if (kind === 'batch' && !(first.result as { ok: boolean }).ok) throw new Error(`the batch failed: ${summary}`);
  const grouped = kind === 'batch' ? [first.transactions.flat()] : pairUp(first.transactions);
  // Submissions only: the same writes in the transactions the service wrote them in (two per submission).
  const asWritten = kind === 'batch' ? null : first.transactions;
  const writes = grouped.reduce((n, t) => n + t.length, 0);
  log(`service ${kind}: ${summary}; ${writes} writes in ${grouped.length} transaction(s)`);
  floorRun(grouped);
  if (asWritten !== null) floorRun(asWritten);
  const ours: number[] = [];
  const floor: number[] = [];
  const floor2: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? ['ours', 'floor', 'floor2'] : ['floor2', 'floor', 'ours'];
    for (const which of order) {
      if (which === 'ours') ours.push((await sqliteRun(kind, false)).ms);
      else if (which === 'floor') floor.push(floorRun(grouped).ms);
      else if (asWritten !== null) floor2.push(floorRun(asWritten).ms);
    }
  }
  const m = { ours: median(ours), floor: median(floor), floor2: asWritten === null ? Number.NaN : median(floor2), writes };
  log(
    `service ${kind}: SQLite ${m.ours.toFixed(0)} ms, raw SQL ${m.floor.toFixed(0)} ms` +
      (asWritten === null ? '' : `, raw SQL in the two transactions ${m.floor2.toFixed(0)} ms`) +
      ` (median of ${RUNS})`,
  );
  return m;
}

async function memorySubmissions(): Promise<number> {
  for (let i = 0; i < SUBMIT_WARMUP_RUNS; i++) await memoryRun('submit');
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push((await memoryRun('submit')).ms);
  return median(runs);
}

/**
 * The batch on the memory adapter at a hundredth and a tenth of the size (a tenth in --quick), then
 * at the full size: the per-request figures show how it grows.
 */
async function memoryLadder(): Promise<{ size: number; ms: number }[]> {
  const sizes = args.quick ? [BATCH / 10, BATCH] : [BATCH / 100, BATCH / 10, BATCH];
  const done: { size: number; ms: number }[] = [];
  for (const size of sizes) {
    const data = size === BATCH ? seed : seedFor(approvalWorkload(cat, size).snapshot.reservations);
    const run = await memoryRun('batch', data);
    if (!(run.result as { ok: boolean }).ok) throw new Error(`the memory batch failed: ${JSON.stringify(run.result)}`);
    log(`service memory batch ${size}: ${run.ms.toFixed(0)} ms`);
    done.push({ size, ms: run.ms });
  }
  return done;
}

/** A submission is two units of work (add to cart, submit); the floor writes both in one transaction. */
function pairUp(transactions: RecordedWrite[][]): RecordedWrite[][] {
  if (transactions.length !== 2 * SUBMISSIONS) throw new Error(`expected ${2 * SUBMISSIONS} transactions, recorded ${transactions.length}`);
  const out: RecordedWrite[][] = [];
  for (let i = 0; i < transactions.length; i += 2) out.push([...transactions[i]!, ...transactions[i + 1]!]);
  return out;
}

const submit = await measure('submit');
const batch = await measure('batch');
const memorySubmitMs = await memorySubmissions();
const ladder = await memoryLadder();
const perSecond = (ms: number) => SUBMISSIONS / seconds(ms);
const measurements: Measurement[] = [
  { label: 'submissions/s, SQLite adapter', value: perSecond(submit.ours), unit: '/s' },
  { label: 'submissions/s, raw SQL (same rows)', value: perSecond(submit.floor), unit: '/s' },
  { label: 'submissions/s, raw SQL (same rows, in the two transactions of the flow)', value: perSecond(submit.floor2), unit: '/s' },
  { label: 'submissions/s, memory adapter', value: perSecond(memorySubmitMs), unit: '/s' },
  { label: `approval batch of ${BATCH}, SQLite adapter`, value: batch.ours, unit: 'ms' },
  { label: `approval batch of ${BATCH}, raw SQL (same ${batch.writes} writes)`, value: batch.floor, unit: 'ms' },
  { label: 'approval batch per request, SQLite adapter', value: (batch.ours * 1000) / BATCH, unit: 'µs' },
  ...ladder.map((r) => ({ label: `approval batch of ${r.size}, memory adapter (per request)`, value: (r.ms * 1000) / r.size, unit: 'µs' })),
  { label: `approval batch of ${BATCH}, memory adapter`, value: ladder.at(-1)!.ms, unit: 'ms' },
];
finish(args, {
  comparisons: [
    makeComparison(NAMES.submit[0], perSecond(submit.ours), perSecond(submit.floor), NAMES.submit[1], NAMES.submit[2], NAMES.submit[3], { submissions: SUBMISSIONS }),
    makeComparison(NAMES.submit2[0], perSecond(submit.ours), perSecond(submit.floor2), NAMES.submit2[1], NAMES.submit2[2], NAMES.submit2[3], {
      submissions: SUBMISSIONS,
      note: 'the floor writes the same rows in the two transactions the flow forces: the cart\'s, then the submission\'s',
    }),
    makeComparison(NAMES.batch[0], batch.ours, batch.floor, NAMES.batch[1], NAMES.batch[2], NAMES.batch[3], { size: BATCH }),
  ],
  measurements,
});
rmSync(dir, { recursive: true, force: true });
