/**
 * For race tests only: each switch removes one of a SQL storage's protections, so that a test can
 * show the race it prevents. Every switch is on (`true`) by default; a library's storage must
 * never turn one off. The older `versionGuard: false` turns off the version check with the row
 * locks (PostgreSQL) or with the transactions (SQLite).
 * @category Adapters
 * @example
 * // UNSAFE: a race test's control, never a library's storage
 * const controls: UnsafeTestControls = { versionCheck: false };
 */
export interface UnsafeTestControls {
  /** The `AND version = ?` of every update (a stale write overwrites when off). */
  readonly versionCheck?: boolean | undefined;
  /** PostgreSQL's row locks of single-record reads (`SELECT … FOR UPDATE`) and job chunks (`SKIP LOCKED`); off, it drops `patronGetManyLocks` too. */
  readonly rowLocks?: boolean | undefined;
  /**
   * PostgreSQL's locks of the patrons read together by `PatronStore.getMany` (the approval
   * batch's patrons) alone: the single-record locks (`patrons.get`, which every submission
   * takes) stay.
   */
  readonly patronGetManyLocks?: boolean | undefined;
  /** The transaction of a unit of work (each statement commits alone when off). */
  readonly transactions?: boolean | undefined;
}

/** The protections a storage keeps, from its `versionGuard` and `unsafeTestControls` options. */
export function protections(
  versionGuard: boolean | undefined,
  controls: UnsafeTestControls | undefined,
  guardAlsoDrops: 'rowLocks' | 'transactions',
): { versionCheck: boolean; rowLocks: boolean; patronGetManyLocks: boolean; transactions: boolean } {
  const guard = versionGuard ?? true;
  const rowLocks = (guard || guardAlsoDrops !== 'rowLocks') && (controls?.rowLocks ?? true);
  return {
    versionCheck: guard && (controls?.versionCheck ?? true),
    rowLocks,
    patronGetManyLocks: rowLocks && (controls?.patronGetManyLocks ?? true),
    transactions: (guard || guardAlsoDrops !== 'transactions') && (controls?.transactions ?? true),
  };
}
