import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnsafeTestControls } from '../../src/adapters/sql/unsafe-test-controls.js';
import type { Reservation } from '../../src/model/reservation.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { fixedClock } from '../../src/ports/clock.js';
import type { SeedData } from '../../src/ports/seed-data.js';
import { createPostgresStorage } from '../../src/postgres.js';
import type { Actor } from '../../src/service/actor.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import { createSqliteStorage } from '../../src/sqlite.js';
import type { FromWorker, OpReport, Operation, ToWorker } from './support/concurrency-protocol.js';
import { finishedOrBlocked, pauseAtGetMany } from './support/paused-batch.js';
import { freshPostgresStorage, postgresUrl } from './support/postgres.js';

// Issue 4: worker processes share one database and run, interleaved, online submissions for the
// same titles, the approval batch for the same date with online cancellations, collections of the
// same holds, check-ins of the same copies, and a second approval batch. Afterwards no copy may be
// trapped for two reservations or lent twice, no patron may be over the quota, each approval batch
// must have been applied once, no reservation or loan may be lost or duplicated, and every version
// conflict must have been retried to a result or reported as CONFLICT. Issue 13: the same
// scenario with ONE protection removed at a time (the adapters' `unsafeTestControls`: the version
// check, PostgreSQL's row locks, the transaction) must break one of these, each alone: evidence
// that the test sees every guard.

const WORKERS = 4;
const MAX_ONLINE = 2;
const PATRONS = ['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6'];
const TITLES = ['t-1', 't-2', 't-3'];
const BRANCH = 'akeno';
const GUARDED_ROUNDS = 3;
const UNGUARDED_ROUNDS = 20;
const workerScript = fileURLToPath(new URL('./support/concurrency-worker.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'yoyaku-concurrency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The instant of a Japan wall-clock time. */
const jst = (date: string, time: string): string => new Date(`${date}T${time}:00+09:00`).toISOString();

function seed(): SeedData {
  return {
    patrons: PATRONS.map((id) => ({
      id, cardNumber: `card-${id}`, email: `${id}@example.jp`, internetRegistered: true, unreachable: false, noticePrivacy: { showName: false, showTitle: false },
    })),
    titles: TITLES.map((id) => ({ id, name: `title ${id}`, category: 'book', audiovisual: false })),
    volumes: TITLES.map((id) => ({ id: `${id}/1`, titleId: id })),
    copies: TITLES.flatMap((id) =>
      ['a', 'b'].map((suffix) => ({ id: `c-${id}-${suffix}`, volumeId: `${id}/1`, ownerBranchId: BRANCH, locationBranchId: BRANCH, status: 'onShelf' as const, version: 0 })),
    ),
  };
}

type Row = Record<string, unknown>;

/** One database for one run: where the workers connect, and raw reads of its tables. */
interface World {
  readonly open: Omit<Extract<ToWorker, { type: 'open' }>, 'worker' | 'controls' | 'maxOnline'>;
  rows(table: 'reservations' | 'loans' | 'copies' | 'job_runs'): Promise<Row[]>;
  close(): Promise<void>;
}

let files = 0;
async function sqliteWorld(): Promise<World> {
  const filename = join(dir, `world-${++files}.db`);
  const storage = createSqliteStorage({ filename });
  await storage.seed(seed());
  return {
    open: { type: 'open', engine: 'sqlite', target: filename },
    rows: async (table) => storage.database.prepare(`SELECT * FROM ${table}`).all() as Row[],
    close: () => storage.close(),
  };
}

async function postgresWorld(): Promise<World> {
  const storage = await freshPostgresStorage();
  await storage.seed(seed());
  return {
    open: { type: 'open', engine: 'postgres', target: postgresUrl(), schema: storage.schema },
    rows: async (table) => (await storage.pool.query(`SELECT * FROM "${storage.schema}".${table}`)).rows as Row[],
    close: () => storage.close(),
  };
}

/** A worker process, and a way to send it a message and wait for its answer. */
interface Worker {
  ask(message: ToWorker): Promise<FromWorker>;
  readonly child: ChildProcess;
}

function startWorker(): Worker {
  const child = fork(workerScript, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    child,
    ask: (message) =>
      new Promise<FromWorker>((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`a worker exited (${code}) before answering ${message.type}`));
        child.once('exit', onExit);
        child.once('message', (answer: FromWorker) => {
          child.off('exit', onExit);
          if (answer.type === 'failed') reject(new Error(`a worker failed: ${answer.message}`));
          else resolve(answer);
        });
        child.send(message);
      }),
  };
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const k = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/**
 * Runs a phase in lockstep: at each step every worker starts its next operation at the same
 * moment, so that operations on the same records overlap as much as they can.
 */
async function phase(workers: readonly Worker[], at: string, operationsOf: (worker: number) => Operation[]): Promise<OpReport[]> {
  const lists = workers.map((_, i) => operationsOf(i));
  const reports: OpReport[] = [];
  for (let step = 0; step < Math.max(...lists.map((l) => l.length)); step++) {
    const answers = await Promise.all(workers.map((w, i) => w.ask({ type: 'phase', at, operations: lists[i]?.slice(step, step + 1) ?? [] })));
    reports.push(...answers.flatMap((a) => (a.type === 'reports' ? a.reports : [])));
  }
  return reports;
}

const ACTIVE = new Set(['requested', 'reserved', 'onHold']);

let workers: Worker[] = [];
beforeAll(() => {
  workers = Array.from({ length: WORKERS }, () => startWorker());
});
afterAll(() => {
  for (const w of workers) {
    if (w.child.connected) w.child.send({ type: 'exit' } satisfies ToWorker);
  }
});

/** Runs the whole scenario once on a fresh world, with every worker on it; returns every report and the final rows. */
type Controls = Extract<ToWorker, { type: 'open' }>['controls'];

async function runScenario(makeWorld: () => Promise<World>, controls: Controls) {
  const world = await makeWorld();
  try {
    await Promise.all(workers.map((w, worker) => w.ask({ ...world.open, worker, controls, maxOnline: MAX_ONLINE })));
    const reports: OpReport[] = [];

    const submissions: Operation[] = PATRONS.flatMap((patronId) =>
      TITLES.map((t) => ({ kind: 'submit' as const, patronId, volumeId: `${t}/1`, pickupBranchId: BRANCH })),
    );
    reports.push(...(await phase(workers, jst('2026-12-01', '10:00'), (w) => rotate(submissions, w))));
    // The batch rejects requests over the quota (E1) later; the quota must hold at submission too.
    const afterSubmissions = await world.rows('reservations');

    const toCancel: Operation[] = (await world.rows('reservations'))
      .filter((r) => r['status'] === 'requested' && (r['patron_id'] === 'p-5' || r['patron_id'] === 'p-6'))
      .map((r) => ({ kind: 'cancelOnline' as const, patronId: String(r['patron_id']), reservationId: String(r['id']) }));
    const approve = (date: string): Operation => ({ kind: 'approve', date });
    reports.push(
      ...(await phase(workers, jst('2026-12-02', '09:00'), (w) =>
        w % 2 === 0 ? [approve('2026-12-02'), ...rotate(toCancel, w), approve('2026-12-02')] : [...rotate(toCancel, w), approve('2026-12-02')],
      )),
    );

    const holds = (await world.rows('reservations')).filter((r) => r['status'] === 'onHold').map((r) => String(r['id'])).sort();
    const collections: Operation[] = holds.map((reservationId) => ({ kind: 'collect', reservationId, branchId: BRANCH }));
    const lastHold = holds[holds.length - 1];
    reports.push(
      ...(await phase(workers, jst('2026-12-02', '15:00'), (w) =>
        w === WORKERS - 1 && lastHold !== undefined ? [{ kind: 'cancelByStaff', reservationId: lastHold, branchId: BRANCH }, ...collections] : collections,
      )),
    );

    const copies = (await world.rows('copies')).map((c) => String(c['id'])).sort();
    const checkIns: Operation[] = copies.map((copyId) => ({ kind: 'checkIn', copyId, branchId: BRANCH }));
    reports.push(...(await phase(workers, jst('2026-12-03', '10:00'), () => checkIns)));
    reports.push(...(await phase(workers, jst('2026-12-03', '10:30'), () => [approve('2026-12-03')])));

    const state = {
      afterSubmissions,
      reservations: await world.rows('reservations'),
      loans: await world.rows('loans'),
      jobRuns: await world.rows('job_runs'),
    };
    return { reports, state };
  } finally {
    await Promise.all(workers.map((w) => w.ask({ type: 'close' }).catch(() => undefined)));
    await world.close();
  }
}

type Outcome = Awaited<ReturnType<typeof runScenario>>;

function groupCount<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Every broken invariant, in words. */
function violations({ reports, state }: Outcome): string[] {
  const found: string[] = [];
  for (const [copyId, held] of groupCount(state.reservations.filter((r) => r['status'] === 'onHold'), (r) => String(r['copy_id']))) {
    if (held.length > 1) found.push(`copy ${copyId} is trapped for ${held.map((r) => r['id']).join(', ')}`);
  }
  const openLoans = state.loans.filter((l) => l['returned_at'] === null);
  for (const [copyId, loans] of groupCount(openLoans, (l) => String(l['copy_id']))) {
    if (loans.length > 1) found.push(`copy ${copyId} is lent ${loans.length} times at once`);
  }
  const heldCopies = new Set(state.reservations.filter((r) => r['status'] === 'onHold').map((r) => String(r['copy_id'])));
  for (const loan of openLoans) if (heldCopies.has(String(loan['copy_id']))) found.push(`copy ${String(loan['copy_id'])} is on loan and on hold`);
  for (const [reservationId, loans] of groupCount(state.loans.filter((l) => l['reservation_id'] !== null), (l) => String(l['reservation_id']))) {
    if (loans.length > 1) found.push(`reservation ${reservationId} was collected ${loans.length} times`);
  }
  for (const [when, rows] of [['after the submissions', state.afterSubmissions], ['at the end', state.reservations]] as const) {
    const online = rows.filter((r) => ACTIVE.has(String(r['status'])) && r['channel'] === 'online');
    for (const [patronId, mine] of groupCount(online, (r) => String(r['patron_id']))) {
      if (mine.length > MAX_ONLINE) found.push(`patron ${patronId} has ${mine.length} active online reservations ${when} (quota ${MAX_ONLINE})`);
    }
  }
  const active = state.reservations.filter((r) => ACTIVE.has(String(r['status'])) && r['channel'] === 'online');
  // An online cancellation that was accepted is never undone (F2): cancelled, or still pending for the batch.
  const byId = new Map(state.reservations.map((r) => [String(r['id']), r]));
  for (const r of reports) {
    if (r.op.kind !== 'cancelOnline' || r.outcome !== 'ok') continue;
    const row = byId.get(r.op.reservationId);
    if (row !== undefined && row['status'] !== 'cancelled' && row['cancellation_requested_at'] === null)
      found.push(`the accepted online cancellation of ${r.op.reservationId} was undone (${String(row['status'])})`);
  }
  for (const [key, same] of groupCount(active, (r) => `${String(r['patron_id'])} ${String(r['volume_id'])}`)) {
    if (same.length > 1) found.push(`patron and volume ${key} are reserved ${same.length} times`);
  }
  for (const date of ['2026-12-02', '2026-12-03']) {
    const claimed = reports.filter((r) => r.op.kind === 'approve' && r.op.date === date && r.claimed === true).length;
    if (claimed !== 1) found.push(`the approval batch of ${date} was applied ${claimed} times`);
    const run = state.jobRuns.find((j) => j['job'] === 'approval' && j['run_date'] === date);
    if (run === undefined || run['finished_at'] === null) found.push(`the approval batch of ${date} has no finished run`);
  }
  const reportedReservations = reports.flatMap((r) => (r.createdReservation === undefined ? [] : [r.createdReservation]));
  const storedReservations = state.reservations.map((r) => String(r['id']));
  for (const id of reportedReservations) if (!storedReservations.includes(id)) found.push(`reservation ${id} was reported created but is lost`);
  for (const id of storedReservations) if (!reportedReservations.includes(id)) found.push(`reservation ${id} is stored but no operation created it`);
  const reportedLoans = reports.flatMap((r) => (r.createdLoan === undefined ? [] : [r.createdLoan]));
  const storedLoans = state.loans.map((l) => String(l['id']));
  for (const id of reportedLoans) if (!storedLoans.includes(id)) found.push(`loan ${id} was reported created but is lost`);
  for (const id of storedLoans) if (!reportedLoans.includes(id)) found.push(`loan ${id} is stored but no operation created it`);
  for (const r of reports) {
    if (r.outcome === 'thrown') found.push(`${r.op.kind} threw ${r.codes.join(',')}: ${r.message ?? ''}`);
    if (r.outcome === 'error' && r.codes.includes('CONFLICT') && r.conflicts === 0) found.push(`${r.op.kind} reported CONFLICT without a conflict`);
  }
  return found;
}

/** How many conflicts the run saw and how they ended. */
function conflictSummary(label: string, { reports }: Outcome): string {
  const met = reports.filter((r) => r.conflicts > 0);
  const total = met.reduce((sum, r) => sum + r.conflicts, 0);
  const retried = met.filter((r) => r.outcome === 'ok' || r.outcome === 'refused').length;
  const reported = met.filter((r) => r.outcome === 'error' && r.codes.includes('CONFLICT')).length;
  const other = met.length - retried - reported;
  const byKind = [...groupCount(met, (r) => r.op.kind)].map(([kind, rs]) => `${kind} ${rs.length}`).join(', ');
  return (
    `${label}: ${reports.length} operations, ${total} version conflicts in ${met.length} operations` +
    `${byKind ? ` (${byKind})` : ''}: ${retried} retried to a result, ${reported} reported as CONFLICT, ${other} otherwise`
  );
}

function okCount(outcome: Outcome, kind: Operation['kind']): number {
  return outcome.reports.filter((r) => r.op.kind === kind && r.outcome === 'ok').length;
}

/**
 * Each control removes one protection alone. SQLite has no row locks, and its transaction
 * (`BEGIN IMMEDIATE`, the file's write lock from the first statement) runs units one at a time
 * across processes, so no interleaving can reach its version check: its only guard to control
 * is the transaction.
 */
const engines = [
  { name: 'sqlite', world: sqliteWorld, controls: ['transactions'] },
  { name: 'postgres', world: postgresWorld, controls: ['versionCheck', 'rowLocks', 'transactions'] },
] as const;

describe(`concurrency: ${WORKERS} worker processes on one database`, () => {
  for (const engine of engines) {
    it(`[C1][D1][E1] ${engine.name}: no copy trapped twice or lent twice, no patron over the quota, each batch applied once, nothing lost`, async () => {
      for (let round = 1; round <= GUARDED_ROUNDS; round++) {
        const outcome = await runScenario(engine.world, {});
        console.log(conflictSummary(`${engine.name} (version guard on, round ${round})`, outcome));
        expect(violations(outcome)).toEqual([]);
        expect(okCount(outcome, 'submit')).toBeGreaterThan(0);
        expect(outcome.reports.some((r) => r.op.kind === 'approve' && r.claimed === true)).toBe(true);
        expect(okCount(outcome, 'collect')).toBeGreaterThan(0);
        expect(okCount(outcome, 'checkIn')).toBeGreaterThan(0);
        for (const r of outcome.reports.filter((x) => x.conflicts > 0)) {
          expect(r.outcome === 'ok' || r.outcome === 'refused' || (r.outcome === 'error' && r.codes.includes('CONFLICT'))).toBe(true);
        }
      }
    });

    for (const control of engine.controls) {
      it(`${engine.name}: the same scenario without ${control} alone breaks an invariant (the test sees that guard)`, async () => {
        const seen: string[] = [];
        for (let round = 1; round <= UNGUARDED_ROUNDS && seen.length === 0; round++) {
          const outcome = await runScenario(engine.world, { [control]: false });
          seen.push(...violations(outcome));
          console.log(`${conflictSummary(`${engine.name} (without ${control}, round ${round})`, outcome)}; broken: ${seen.length ? seen.join('; ') : 'nothing'}`);
        }
        expect(seen.length).toBeGreaterThan(0);
      });
    }
  }
}, 600_000);

// Issue 15: `PatronStore.getMany` locks the approval batch's patrons (FOR UPDATE, in id order).
// A deterministic interleaving: the batch stops right after getMany, an online unit of the same
// patron runs, and the test sees whether it finished inside the batch or waited for its lock.
// The control `patronGetManyLocks: false` drops that lock alone (every `patrons.get` still locks).
// What it shows: the lock orders the patron's units after the batch, but the quota (E1) holds
// without it, since the batch never adds to a patron's count (it moves `requested` to `reserved`,
// both counted, or ends reservations) and a submission counts the committed rows after its own
// lock of the patron; and a lost update of an online cancellation (F2) is caught by the version
// check, which the control proves by removing it with the lock.

const RACE_TITLES = [
  ...Array.from({ length: 8 }, (_, i) => ({ id: `b-${i + 1}`, audiovisual: false })),
  ...Array.from({ length: 4 }, (_, i) => ({ id: `v-${i + 1}`, audiovisual: true })),
];

function raceSeed(): SeedData {
  return {
    patrons: ['p-1', 'p-2'].map((id) => ({
      id, cardNumber: `card-${id}`, email: `${id}@example.jp`, internetRegistered: true, unreachable: false, noticePrivacy: { showName: false, showTitle: false },
    })),
    titles: RACE_TITLES.map(({ id, audiovisual }) => ({ id, name: `title ${id}`, category: 'book', audiovisual })),
    volumes: RACE_TITLES.map(({ id }) => ({ id: `${id}/1`, titleId: id })),
    // Every copy is out on loan, so the batch traps nothing: its decisions are the whole story.
    copies: RACE_TITLES.map(({ id }) => ({ id: `c-${id}`, volumeId: `${id}/1`, ownerBranchId: BRANCH, locationBranchId: BRANCH, status: 'onLoan' as const, version: 0 })),
  };
}

const patronActor = (patronId: string): Actor => ({ kind: 'patron', patronId, channel: 'online' });
const SYSTEM_ACTOR: Actor = { kind: 'system' };

/** One PostgreSQL schema, two pools (the batch's server, the patrons' server), and a clock they share. */
async function raceWorld(controls: UnsafeTestControls) {
  const setup = await freshPostgresStorage();
  await setup.seed(raceSeed());
  const clock = fixedClock(jst('2026-12-01', '10:00'));
  const pools = { batch: `yoyaku-race-batch-${setup.schema}`, patrons: `yoyaku-race-patrons-${setup.schema}` };
  const poolOf = (application_name: string) => new pg.Pool({ connectionString: postgresUrl(), application_name, max: 2 });
  const batchPool = poolOf(pools.batch);
  const patronPool = poolOf(pools.patrons);
  const admin = new pg.Pool({ connectionString: postgresUrl(), max: 1 });
  const storageOf = (pool: pg.Pool) => createPostgresStorage({ pool, schema: setup.schema, clock, unsafeTestControls: controls });
  const batchStorage = storageOf(batchPool);
  const patronStorage = storageOf(patronPool);
  const policy = hokutoPolicy();
  let n = 0;
  const ids = () => `r-${String(++n).padStart(3, '0')}`;
  const patrons = createReservationService(patronStorage, policy, { ids, serverId: 'patrons', maxRetries: 5 });
  const submit = async (patronId: string, titleId: string) => {
    const result = await patrons.submitCart(patronActor(patronId), { volumeIds: [`${titleId}/1`] });
    if (!result.ok) throw new Error(`submission of ${titleId} failed: ${result.kind}`);
    return result.value[0];
  };
  const addToCart = async (patronId: string, titleId: string) => {
    const result = await patrons.addToCart(patronActor(patronId), { volumeId: `${titleId}/1`, pickupBranchId: BRANCH });
    if (!result.ok) throw new Error(`adding ${titleId} to the cart failed: ${result.kind}`);
  };
  const setupBatch = createReservationService(setup, policy, { ids, serverId: 'setup' });
  // p-1 ends at the quota (E1: 6 reserved and 1 request, 7 online); p-2 at the audiovisual
  // sub-quota (2 reserved and 1 request, 3 audiovisual). The requests are decided on 12-03.
  for (const t of ['b-1', 'b-2', 'b-3', 'b-4', 'b-5', 'b-6']) { await addToCart('p-1', t); await submit('p-1', t); }
  for (const t of ['v-1', 'v-2']) { await addToCart('p-2', t); await submit('p-2', t); }
  clock.set(jst('2026-12-02', '09:00'));
  const first = await setupBatch.runApprovalBatch(SYSTEM_ACTOR, { date: '2026-12-02' });
  if (!first.ok || first.value.approved !== 8) throw new Error('the setup batch did not approve the 8 requests');
  clock.set(jst('2026-12-02', '10:00'));
  await addToCart('p-1', 'b-7');
  await submit('p-1', 'b-7');
  await addToCart('p-2', 'v-3');
  await submit('p-2', 'v-3');
  // The racing submissions' entries are in the cart before the batch (adding locks the patron too).
  await addToCart('p-1', 'b-8');
  await addToCart('p-2', 'v-4');
  clock.set(jst('2026-12-03', '09:00'));
  return {
    setup, admin, pools, patrons, submit,
    /** The batch of 12-03 on its own server, stopped after its getMany of p-1 until released. */
    pausedBatch(mode: 'one unit' | 'chunked') {
      const paused = pauseAtGetMany(batchStorage, 'p-1');
      const service = createReservationService(paused.ports, policy, { ids, serverId: 'batch', maxRetries: 5, ...(mode === 'chunked' ? { jobChunkSize: 10 } : {}) });
      return { paused, run: service.runApprovalBatch(SYSTEM_ACTOR, { date: '2026-12-03' }) };
    },
    active: (patronId: string) => setup.unitOfWork.run((tx) => tx.reservations.listByPatron(patronId, { active: true })),
    async close() {
      await Promise.all([batchStorage.close(), patronStorage.close()]);
      await Promise.all([batchPool.end(), patronPool.end(), admin.end()]);
      await setup.close();
    },
  };
}

const MODES = ['one unit', 'chunked'] as const;

describe('the approval batch and a patron on PostgreSQL, interleaved at the batch\'s getMany (issue 15)', () => {
  async function raceSubmissions(mode: (typeof MODES)[number], controls: UnsafeTestControls) {
    const world = await raceWorld(controls);
    try {
      const { paused, run } = world.pausedBatch(mode);
      await paused.reached;
      const submissions = Promise.all([world.submit('p-1', 'b-8'), world.submit('p-2', 'v-4')]);
      const seen = await finishedOrBlocked(world.admin, world.pools.patrons, submissions);
      paused.release();
      const batch = await run;
      const outcomes = await submissions;
      return { seen, batch, outcomes, p1: await world.active('p-1'), p2: await world.active('p-2') };
    } finally {
      await world.close();
    }
  }

  for (const mode of MODES) {
    it(`[E1] ${mode}: a submission at the quota while the batch decides waits for getMany's lock, and the quota holds (7 online, 3 audiovisual)`, async () => {
      const { seen, batch, outcomes, p1, p2 } = await raceSubmissions(mode, {});
      expect(seen).toBe('blocked');
      expect(batch.ok && batch.value.approved).toBe(2);
      expect(outcomes.map((o) => (o !== undefined && !o.ok ? o.refusals.map((r) => `${r.rule} ${r.code}`) : o))).toEqual([['E1 QUOTA_EXCEEDED'], ['E1 AUDIOVISUAL_QUOTA_EXCEEDED']]);
      expect(p1.filter((r) => r.channel === 'online')).toHaveLength(7);
      expect(p2.filter((r) => r.channel === 'online' && r.audiovisual)).toHaveLength(3);
    });

    it(`[E1] ${mode}: without getMany's lock alone (patronGetManyLocks: false) the submission runs inside the batch, and the quota still holds: the lock is not E1's guard`, async () => {
      const { seen, batch, outcomes, p1, p2 } = await raceSubmissions(mode, { patronGetManyLocks: false });
      // The control removed the lock: the submissions did not wait for the batch.
      expect(seen).toBe('finished');
      expect(batch.ok && batch.value.approved).toBe(2);
      // Counted before the batch's commit, the request it approves was already counted as requested.
      expect(outcomes.map((o) => (o !== undefined && !o.ok ? o.refusals.map((r) => `${r.rule} ${r.code}`) : o))).toEqual([['E1 QUOTA_EXCEEDED'], ['E1 AUDIOVISUAL_QUOTA_EXCEEDED']]);
      expect(p1.filter((r) => r.channel === 'online')).toHaveLength(7);
      expect(p2.filter((r) => r.channel === 'online' && r.audiovisual)).toHaveLength(3);
    });
  }

  /** p-1 cancels online its request b-7 while the batch, stopped at getMany, has read it `requested`. */
  async function raceCancellation(mode: (typeof MODES)[number], controls: UnsafeTestControls) {
    const world = await raceWorld(controls);
    try {
      const request = (await world.active('p-1')).find((r) => r.volumeId === 'b-7/1');
      if (request === undefined) throw new Error('no request of b-7');
      const { paused, run } = world.pausedBatch(mode);
      await paused.reached;
      const cancellation = world.patrons.cancelOnline(patronActor('p-1'), { reservationId: request.id });
      const seen = await finishedOrBlocked(world.admin, world.pools.patrons, cancellation);
      paused.release();
      const batch = await run;
      const cancelled = await cancellation;
      const after = await world.setup.unitOfWork.run((tx) => tx.reservations.get(request.id));
      return { seen, batch, cancelled, after, conflicts: paused.conflicts() };
    } finally {
      await world.close();
    }
  }

  /** An accepted online cancellation is never undone (F2): cancelled, or still pending for the next batch. */
  const honoured = (r: Reservation | null) => r !== null && (r.status === 'cancelled' || ('cancellationRequestedAt' in r && r.cancellationRequestedAt !== undefined));

  for (const mode of MODES) {
    it(`[F2] ${mode}: an online cancellation while the batch decides waits for getMany's lock and is honoured`, async () => {
      const { seen, batch, cancelled, after, conflicts } = await raceCancellation(mode, {});
      expect(seen).toBe('blocked');
      expect(batch.ok).toBe(true);
      expect(cancelled.ok).toBe(true);
      expect(conflicts).toBe(0);
      expect(after?.status).toBe('reserved');
      expect(honoured(after)).toBe(true);
    });

    it(`[F2] ${mode}: without getMany's lock alone the cancellation commits inside the batch, and the version check catches the batch's stale write (retried, honoured)`, async () => {
      const { seen, batch, cancelled, after, conflicts } = await raceCancellation(mode, { patronGetManyLocks: false });
      expect(seen).toBe('finished');
      expect(cancelled.ok).toBe(true);
      expect(batch.ok).toBe(true);
      expect(conflicts).toBeGreaterThan(0);
      expect(after?.status).toBe('cancelled');
      expect(honoured(after)).toBe(true);
    });

    it(`[F2] ${mode}: without the version check alone getMany's lock still orders the cancellation after the batch (honoured)`, async () => {
      const { seen, cancelled, after } = await raceCancellation(mode, { versionCheck: false });
      expect(seen).toBe('blocked');
      expect(cancelled.ok).toBe(true);
      expect(honoured(after)).toBe(true);
    });

    it(`[F2] ${mode}: without both getMany's lock and the version check the batch overwrites the accepted cancellation (the control sees the lost update)`, async () => {
      const { seen, cancelled, after, conflicts } = await raceCancellation(mode, { patronGetManyLocks: false, versionCheck: false });
      expect(seen).toBe('finished');
      expect(cancelled.ok).toBe(true);
      expect(conflicts).toBe(0);
      expect(after?.status).toBe('reserved');
      expect(honoured(after)).toBe(false);
    });
  }
}, 600_000);
