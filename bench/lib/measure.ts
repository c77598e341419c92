// Timing: warm-up, then repeated runs of each contender interleaved (A B, B A, …) so that drift
// in a noisy machine hits both alike; the median of the runs is reported.

declare const gc: undefined | (() => void);

/** Keeps results alive so that the optimiser cannot drop the work. */
export let sink: unknown;

/** Times of one contender. */
export interface Timing {
  readonly medianMs: number;
  readonly samplesMs: readonly number[];
  /** The process's CPU time per run (every thread, the collector's helpers included), median. */
  readonly cpuMedianMs: number;
}

/** A contender: a name and the work of one run. */
export interface Task {
  readonly name: string;
  readonly run: () => unknown;
}

/** How many warm-up and measured runs. */
export interface RunPlan {
  readonly warmup: number;
  readonly runs: number;
}

function collectGarbage(): void {
  if (typeof gc === 'function') gc();
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function timeOnce(task: Task): [wallMs: number, cpuMs: number] {
  // The previous run's result is dropped first: kept alive, it would be marked by every
  // collection of this run, a cost of the harness and not of the task.
  sink = undefined;
  collectGarbage();
  const cpu = cpuMs();
  const start = process.hrtime.bigint();
  sink = task.run();
  return [Number(process.hrtime.bigint() - start) / 1e6, cpuMs() - cpu];
}

/**
 * Runs each task `warmup` times, then `runs` times interleaved (the order rotates each round),
 * with a garbage collection before every timed run when `--expose-gc` is on.
 */
export function timeTasks(tasks: readonly Task[], plan: RunPlan): Record<string, Timing> {
  for (let i = 0; i < plan.warmup; i++) for (const t of tasks) timeOnce(t);
  const samples = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  const cpuSamples = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  for (let round = 0; round < plan.runs; round++) {
    const order = round % 2 === 0 ? tasks : [...tasks].reverse();
    for (const t of order) {
      const [wall, cpu] = timeOnce(t);
      samples.get(t.name)!.push(wall);
      cpuSamples.get(t.name)!.push(cpu);
    }
  }
  sink = undefined;
  const out: Record<string, Timing> = {};
  for (const [name, s] of samples) out[name] = { medianMs: median(s), samplesMs: s, cpuMedianMs: median(cpuSamples.get(name)!) };
  return out;
}

/**
 * How many repetitions of `fn` make one run last about `targetMs` (at least 1), measured after a
 * few calls so that the estimate is not of cold code.
 */
export function repetitionsFor(fn: () => unknown, targetMs: number): number {
  for (let i = 0; i < 3; i++) sink = fn();
  const start = process.hrtime.bigint();
  sink = fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return Math.max(1, Math.round(targetMs / Math.max(ms, 1e-3)));
}

/** `fn` repeated `times` times, as one run. */
export function repeated(fn: () => unknown, times: number): () => unknown {
  return () => {
    let last: unknown;
    for (let i = 0; i < times; i++) last = fn();
    return last;
  };
}

/** Logs progress to stderr (stdout stays free). */
export function log(message: string): void {
  process.stderr.write(`  ${message}\n`);
}
