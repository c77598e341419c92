import type { BranchId } from '../../model/ids.js';
import type { LocalDate } from '../../model/time.js';
import type { SimulationCounts } from './counts.js';
import type { SimulationWeek } from './report.js';
import type { World } from './world.js';

interface OpenWeek {
  start: LocalDate;
  days: number;
  placed: number;
  collected: number;
  lapsed: number;
  queue: Map<BranchId, number>;
  held: Map<BranchId, number>;
  waits: Map<BranchId, number[]>;
}

/** Collects the weekly series of the charts from the world and the counts, day by day. */
export class WeeklySeries {
  readonly weeks: SimulationWeek[] = [];
  #open: OpenWeek | null = null;
  #last = { placed: 0, collected: 0, lapsed: 0 };

  constructor(private readonly libraries: readonly BranchId[]) {}

  endOfDay(date: LocalDate, dayIndex: number, world: World, total: SimulationCounts): void {
    if (dayIndex % 7 === 0) this.#close();
    const w = (this.#open ??= { start: date, days: 0, placed: 0, collected: 0, lapsed: 0, queue: new Map(), held: new Map(), waits: new Map() });
    w.days++;
    const placed = total.placedOnline + total.placedAtCounter;
    w.placed += placed - this.#last.placed;
    w.collected += total.collected - this.#last.collected;
    w.lapsed += total.lapsed - this.#last.lapsed;
    this.#last = { placed, collected: total.collected, lapsed: total.lapsed };
    for (const b of this.libraries) {
      w.queue.set(b, (w.queue.get(b) ?? 0) + (world.queuedByBranch.get(b) ?? 0));
      w.held.set(b, (w.held.get(b) ?? 0) + (world.heldByBranch.get(b) ?? 0));
    }
    for (const s of world.waits) {
      const list = w.waits.get(s.branchId) ?? [];
      list.push(s.days);
      w.waits.set(s.branchId, list);
    }
    world.waits = [];
  }

  #close(): void {
    const w = this.#open;
    if (w === null) return;
    const round = (n: number): number => Math.round(n * 10) / 10;
    this.weeks.push({
      start: w.start,
      placed: w.placed,
      collected: w.collected,
      lapsed: w.lapsed,
      queue: Object.fromEntries(this.libraries.map((b) => [b, round((w.queue.get(b) ?? 0) / w.days)])),
      wait: Object.fromEntries(
        this.libraries.map((b) => {
          const list = w.waits.get(b) ?? [];
          return [b, list.length === 0 ? null : round(list.reduce((a, x) => a + x, 0) / list.length)];
        }),
      ),
      held: Object.fromEntries(this.libraries.map((b) => [b, round((w.held.get(b) ?? 0) / w.days)])),
    });
    this.#open = null;
  }

  finish(): readonly SimulationWeek[] {
    this.#close();
    return this.weeks;
  }
}
