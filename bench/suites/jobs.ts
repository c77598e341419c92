// 2 and 3. One job in its own process, so that its peak memory is its own:
// `--job approval|trap|expiry --sizes 10000,100000 [--mode memory]`. Sizes run in ascending order over the same
// catalogue (built again from its seed for each size of trapping and expiry); each one's data is dropped before the next. Times the job against its floor (the
// same records sorted by queue key plus one pass), interleaved, and reports the peak resident set
// size during its first run (the data it reads included, the garbage of building it not).
import { holdLastDay } from '../../src/calendar/hold-last-day.js';
import { japanDateOf } from '../../src/calendar/japan-date.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { finish, parseArgs, peakRssMiB, resetPeakRss } from '../lib/child.js';
import { HOKUTO_SIZE, approvalWorkload, expiryWorkload, makeCatalogue, trapWorkload } from '../lib/library-data.js';
import { log, timeTasks, type RunPlan } from '../lib/measure.js';
import { approvalFloor, expiryFloor, trapFloor } from '../floors/queue-floor.js';
import { approvalTightFloor, expiryTightFloor, trapTightFloor } from '../floors/tight-floor.js';
import { approvalBatchSlot, holdExpirySlot, trapCopiesSlot } from '../slots/jobs.js';

declare const gc: undefined | (() => void);

const args = parseArgs();
const job = args.values.job ?? 'approval';
const sizes = (args.values.sizes ?? '10000').split(',').map(Number).sort((a, b) => a - b);
/** Only the peak memory of one run (the runner caps this process's heap at the budget). */
const memoryOnly = args.values.mode === 'memory';
const policy = hokutoPolicy();

function planFor(n: number): RunPlan {
  if (args.quick) return { warmup: 1, runs: 3 };
  if (n >= 1_000_000) return { warmup: 0, runs: 3 };
  if (n >= 100_000) return { warmup: 2, runs: 5 };
  return { warmup: 3, runs: 11 };
}

interface JobBench {
  /** Records the job is about (requests, returned copies, holds). */
  readonly items: number;
  readonly ours: () => unknown;
  readonly floor: () => unknown;
  /** The least work any implementation could do (bench/floors/tight-floor.ts). */
  readonly tight: () => unknown;
  /** A line about what the job did, checked to be plausible. */
  readonly check: (result: unknown) => string;
}

// Each copy is returned at most once, so a million returned copies need a larger catalogue than
// Hokuto's (about 140 000 copies); the proportions (queued reservations and holds per copy) stay.
const largest = sizes[sizes.length - 1] ?? 0;
const catalogueSize = job === 'trap' && largest > 100_000 ? { ...HOKUTO_SIZE, titles: Math.ceil(largest / 2) } : undefined;
// The approval batch reads the catalogue (patrons, titles, volumes, copies), so it stays alive.
// Trapping and expiry read only the records built from it: their catalogue is built for each size
// and dropped once the records are made, so that the timed runs, ours and the floors', do not
// mark a catalogue the job never reads (at 1M returned copies, 500 000 titles and 1.25 million
// copies).
const sharedCatalogue = job === 'approval' ? makeCatalogue(catalogueSize, undefined, true) : null;
const catalogueFor = () => sharedCatalogue ?? makeCatalogue(catalogueSize, undefined, false);

async function prepare(size: number): Promise<JobBench | { missing: string }> {
  if (job === 'approval') {
    const slot = await approvalBatchSlot();
    if (slot.value === null) return { missing: slot.missing };
    const run = slot.value;
    const w = approvalWorkload(catalogueFor(), size);
    const options = { date: w.date, at: w.at, policy };
    return {
      items: size,
      ours: () => run(w.snapshot, options),
      floor: () => approvalFloor(w.snapshot.reservations, w.at),
      tight: () => approvalTightFloor(w.snapshot.reservations, w.at),
      check(result) {
        const { decisions } = result as ReturnType<typeof run>;
        const count = (k: string) => decisions.filter((d) => d.kind === k).length;
        if (decisions.length < size * 0.7) throw new Error(`approval decided only ${decisions.length} of ${size} requests`);
        return `${count('approved')} approved, ${count('rejected')} rejected, ${count('cancellationFinalised')} cancellations finalised`;
      },
    };
  }
  if (job === 'trap') {
    const slot = await trapCopiesSlot();
    if (slot.value === null) return { missing: slot.missing };
    const run = slot.value;
    const w = trapWorkload(catalogueFor(), size);
    const noticeDate = japanDateOf(w.at);
    const lastDay = holdLastDay(policy, 'akeno', noticeDate);
    return {
      items: size,
      ours: () => run({ copies: w.copies, reservations: w.reservations, at: w.at, policy }),
      floor: () => trapFloor(w.copies, w.reservations, w.at, noticeDate, lastDay),
      tight: () => trapTightFloor(w.copies, w.reservations, w.at, noticeDate, lastDay),
      check(result) {
        const { results } = result as ReturnType<typeof run>;
        const kinds: Record<string, number> = {};
        for (const r of results) kinds[r.ok ? r.kind : r.refusal.code] = (kinds[r.ok ? r.kind : r.refusal.code] ?? 0) + 1;
        if (results.length !== size || !kinds.hold) throw new Error(`trapping gave ${JSON.stringify(kinds)} for ${size} copies`);
        return Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ');
      },
    };
  }
  if (job === 'expiry') {
    const slot = await holdExpirySlot();
    if (slot.value === null) return { missing: slot.missing };
    const run = slot.value;
    const w = expiryWorkload(catalogueFor(), size);
    const options = { date: w.date, at: w.at, policy };
    const noticeDate = japanDateOf(w.at);
    const lastDay = holdLastDay(policy, 'akeno', noticeDate);
    return {
      items: size,
      ours: () => run(w.snapshot, options),
      floor: () => expiryFloor(w.snapshot.reservations, w.snapshot.copies, w.date, w.at, noticeDate, lastDay),
      tight: () => expiryTightFloor(w.snapshot.reservations, w.snapshot.copies, w.date, w.at, noticeDate, lastDay),
      check(result) {
        const { lapsed, holds, copies } = result as ReturnType<typeof run>;
        if (lapsed.length < size * 0.1) throw new Error(`expiry lapsed only ${lapsed.length} of ${size} holds`);
        return `${lapsed.length} lapsed, ${holds.length} new holds, ${copies.length} copies moved`;
      },
    };
  }
  throw new Error(`unknown job ${job}`);
}

const raw: Record<string, unknown>[] = [];
for (const size of sizes) {
  const started = Date.now();
  const bench = await prepare(size);
  if ('missing' in bench) {
    log(`${job}: ${bench.missing}`);
    raw.push({ job, size, missing: bench.missing });
    break;
  }
  if (typeof gc === 'function') gc();
  const { rss, heapUsed } = process.memoryUsage();
  const baselineRssMiB = rss / 2 ** 20;
  const liveHeapMiB = heapUsed / 2 ** 20;
  const windowed = resetPeakRss();
  log(`${job} ${size}: data ready in ${((Date.now() - started) / 1000).toFixed(1)} s, RSS ${baselineRssMiB.toFixed(0)} MiB, live heap ${liveHeapMiB.toFixed(0)} MiB`);
  let first: unknown = bench.ours();
  const peak = peakRssMiB();
  log(`${job} ${size}: ${bench.check(first)}; peak RSS ${peak.toFixed(0)} MiB${windowed ? '' : ' (since the process started)'}`);
  // Dropped before the timed runs: kept, the first run's result (half a gigabyte at 1M) would be
  // live heap that every collection of every later run marks, ours and the floors'.
  first = null;
  if (memoryOnly) {
    raw.push({ job, size, items: bench.items, peakRssMiB: peak, baselineRssMiB, liveHeapMiB, peakWindowed: windowed });
    continue;
  }
  const plan = planFor(size);
  // The first run above warmed ours up; without a warm-up round, the floor gets one of its own.
  if (plan.warmup === 0) {
    bench.floor();
    bench.tight();
  }
  const t = timeTasks(
    [
      { name: 'ours', run: bench.ours },
      { name: 'floor', run: bench.floor },
      { name: 'tight', run: bench.tight },
    ],
    plan,
  );
  log(`${job} ${size}: ours ${t.ours!.medianMs.toFixed(1)} ms, floor ${t.floor!.medianMs.toFixed(1)} ms, tight floor ${t.tight!.medianMs.toFixed(1)} ms (median of ${plan.runs}); CPU ours ${t.ours!.cpuMedianMs.toFixed(0)} ms, tight floor ${t.tight!.cpuMedianMs.toFixed(0)} ms`);
  raw.push({
    job, size, items: bench.items, oursMs: t.ours!.medianMs, floorMs: t.floor!.medianMs, tightMs: t.tight!.medianMs,
    oursCpuMs: t.ours!.cpuMedianMs, tightCpuMs: t.tight!.cpuMedianMs,
    peakRssMiB: peak, baselineRssMiB, liveHeapMiB, peakWindowed: windowed, runs: plan.runs,
  });
}
finish(args, { comparisons: [], measurements: [], raw } as never);
