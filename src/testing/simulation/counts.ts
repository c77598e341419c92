/**
 * The names of the counts of a simulation, in the order they are printed. The first seventeen
 * are those the issue names; the rest count the other operations and refusals.
 * @category Testing
 * @example
 * SIMULATION_COUNT_NAMES.includes('walkInLoans'); // true
 */
export const SIMULATION_COUNT_NAMES = [
  'placedOnline',
  'placedAtCounter',
  'approved',
  'rejected',
  'trapped',
  'collected',
  'lapsed',
  'cancelled',
  'walkInLoans',
  'renewals',
  'renewalsRefused',
  'transits',
  'returnedHome',
  'copiesMarkedMissing',
  'copiesFound',
  'noticesSent',
  'noticesDropped',
  'returns',
  'cartAdds',
  'cartRemovals',
  'cartRefused',
  'submitRefused',
  'favouritesAdded',
  'favouritesRemoved',
  'fromFavourites',
  'onlineCancellations',
  'staffCancellations',
  'walkInsRefused',
  'pickupChanges',
  'onlineChangesRefused',
  'statusViews',
  'markedUnreachable',
  'unreachableCleared',
  'refusedUnreachable',
  'refusedMaintenance',
  'registrations',
  'privacyChanges',
  'emailChanges',
  'staffListViews',
  'noticesRetried',
  'batchRuns',
  'batchRepeatsSkipped',
  'expiryRuns',
  'approvedByStaff',
  'rejectedByStaff',
  'refusedOutsideBranch',
  'holdsExtended',
  'holdExtensionsRefused',
  'pullsConfirmed',
] as const;

/**
 * One count of a simulation.
 * @category Testing
 * @example
 * const name: SimulationCountName = 'lapsed';
 */
export type SimulationCountName = (typeof SIMULATION_COUNT_NAMES)[number];

/**
 * The counts of a simulation (or of one month of it), every name present.
 * @category Testing
 * @example
 * const collected = (counts: SimulationCounts) => counts.collected;
 */
export type SimulationCounts = Record<SimulationCountName, number>;

/** A fresh set of counts, all zero. */
export function zeroCounts(): SimulationCounts {
  return Object.fromEntries(SIMULATION_COUNT_NAMES.map((n) => [n, 0])) as SimulationCounts;
}

/** Counts for the whole run and for each month (`YYYY-MM`) of it. */
export class CountBook {
  readonly total: SimulationCounts = zeroCounts();
  readonly months = new Map<string, SimulationCounts>();
  #month: SimulationCounts = zeroCounts();

  /** Starts counting into the month of a date. */
  enterDay(date: string): void {
    const month = date.slice(0, 7);
    let counts = this.months.get(month);
    if (counts === undefined) {
      counts = zeroCounts();
      this.months.set(month, counts);
    }
    this.#month = counts;
  }

  add(name: SimulationCountName, by = 1): void {
    this.total[name] += by;
    this.#month[name] += by;
  }
}
