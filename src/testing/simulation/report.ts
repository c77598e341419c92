import type { BranchId } from '../../model/ids.js';
import type { LocalDate } from '../../model/time.js';
import type { SimulationCounts } from './counts.js';

/**
 * One invariant's verdict over the run.
 * @category Testing
 * @example
 * const verdict: InvariantVerdict = { name: 'online-quota', checks: 120_000, violations: 0 };
 */
export interface InvariantVerdict {
  readonly name: string;
  readonly checks: number;
  readonly violations: number;
}

/**
 * An invariant found broken, with the day and the records involved (named in `detail`).
 * @category Testing
 * @example
 * const v: SimulationViolation = { day: '2026-04-02', invariant: 'copy-in-one-place', detail: 'copy c000012 is onLoan at akeno and on loan (l-1) and held for r-9' };
 */
export interface SimulationViolation {
  readonly day: LocalDate;
  readonly invariant: string;
  readonly detail: string;
}

/**
 * What `yoyaku simulate --json` prints: the days played, the seed, the store, the counts, each
 * invariant's verdict, and the violations found.
 * @category Testing
 * @example
 * const ok = (r: SimulationSummary) => r.violations.length === 0;
 */
export interface SimulationSummary {
  readonly days: number;
  readonly seed: string;
  readonly store: string;
  readonly counts: SimulationCounts;
  readonly invariants: readonly InvariantVerdict[];
  readonly violations: readonly SimulationViolation[];
}

/**
 * One week of the run, for the charts: reservations placed and collected, lapses, and per
 * pickup library the mean queue length, the mean wait from joining the queue to the hold (in
 * days, `null` when no hold started), and the mean number of holds on the shelf.
 * @category Testing
 * @example
 * const busiest = (weeks: readonly SimulationWeek[]) => Math.max(...weeks.map((w) => w.placed));
 */
export interface SimulationWeek {
  /** The first day of the week. */
  readonly start: LocalDate;
  readonly placed: number;
  readonly collected: number;
  readonly lapsed: number;
  readonly queue: Readonly<Record<BranchId, number>>;
  readonly wait: Readonly<Record<BranchId, number | null>>;
  readonly held: Readonly<Record<BranchId, number>>;
}

/**
 * The full result of {@link runSimulation}: the summary, the first and last day, strict mode,
 * the counts month by month, and the weekly series.
 * @category Testing
 * @example
 * const report = await runSimulation({ days: 30 });
 * report.months.map((m) => `${m.month}: ${m.counts.placedOnline}`);
 */
export interface SimulationReport extends SimulationSummary {
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly strict: boolean;
  readonly libraries: readonly BranchId[];
  readonly months: readonly { readonly month: string; readonly counts: SimulationCounts }[];
  readonly weeks: readonly SimulationWeek[];
  /** Violations found beyond those listed (the list keeps the first 100 of each invariant). */
  readonly violationsOmitted: number;
}

/**
 * The summary of a report: exactly what `yoyaku simulate --json` prints.
 * @param report - a report of {@link runSimulation}
 * @returns `{ days, seed, store, counts, invariants, violations }`
 * @category Testing
 * @example
 * process.stdout.write(JSON.stringify(simulationSummary(await runSimulation({ days: 7 }))));
 */
export function simulationSummary(report: SimulationReport): SimulationSummary {
  const { days, seed, store, counts, invariants, violations } = report;
  return { days, seed, store, counts, invariants, violations };
}
