import { YoyakuError } from '../../errors/yoyaku-error.js';
import type { StoreTable } from '../../ports/store-errors.js';
import type { SetAsideRecord, UnitOfWorkOptions } from '../../ports/unreadable-records.js';

/**
 * The records one attempt of a job's unit of work set aside: the rows the storage could not read
 * (reported through {@link UnitOfWorkOptions.onInvalidRecord}), and the records left undecided
 * because they depend on one. Each once, in the order found.
 * @category Service
 * @example
 * const log = new SetAsideLog();
 * const [patron, clean] = await log.watch(() => tx.patrons.get('p-1'));
 * if (!clean) log.dependent('reservations', 'r-1');
 */
export class SetAsideLog {
  private readonly found: SetAsideRecord[] = [];
  private readonly seen = new Set<string>();
  /** Every report of an unreadable row, the same row read twice counted twice. */
  private reports = 0;
  /** Whether a read under {@link SetAsideLog.ifClean} running now met an unreadable row. */
  private trial: { met: boolean } | null = null;
  /** Whether an unreadable row met now fails the read: the innermost of {@link SetAsideLog.strict} and {@link SetAsideLog.lenient}, else the log's default. */
  private strictNow: boolean;

  /**
   * @param defaultStrict - when true, a read fails on an unreadable row unless it runs under
   *   {@link SetAsideLog.lenient} (an operation that sets aside only what it names); by default a
   *   read sets it aside unless it runs under {@link SetAsideLog.strict} (a job)
   */
  constructor(defaultStrict = false) {
    this.strictNow = defaultStrict;
  }

  /** The unit-of-work options that report unreadable rows here. */
  readonly options: UnitOfWorkOptions = {
    onInvalidRecord: (record) => {
      if (this.strictNow)
        throw new YoyakuError('INVALID_RECORD', `The ${record.table} record ${record.id} cannot be read: it does not match its record schema`, {
          details: { table: record.table, id: record.id },
        });
      if (this.trial !== null) {
        this.trial.met = true;
        return;
      }
      this.reports++;
      this.add(record);
    },
  };

  private add(record: SetAsideRecord): void {
    const key = `${record.table}\u0000${record.id}\u0000${record.code}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.found.push(record);
  }

  /** Records a readable record left undecided because a row it needs is unreadable. */
  dependent(table: StoreTable, id: string): void {
    this.add({ table, id, code: 'DEPENDS_ON_INVALID_RECORD' });
  }

  /** Runs a read and says whether it met no unreadable row. */
  async watch<T>(read: () => Promise<T>): Promise<readonly [T, boolean]> {
    const before = this.reports;
    const value = await read();
    return [value, this.reports === before];
  }

  /** Runs a read in which an unreadable row is not set aside but fails it with `INVALID_RECORD` (a record the operation cannot go without). */
  strict<T>(read: () => Promise<T>): Promise<T> {
    return this.reading(true, read);
  }

  /** Runs a read in which an unreadable row is set aside, whatever the log's default (the queue a freed copy is offered to). */
  lenient<T>(read: () => Promise<T>): Promise<T> {
    return this.reading(false, read);
  }

  private async reading<T>(strict: boolean, read: () => Promise<T>): Promise<T> {
    const before = this.strictNow;
    this.strictNow = strict;
    try {
      return await read();
    } finally {
      this.strictNow = before;
    }
  }

  /**
   * Runs a read and returns its value when it met no unreadable row; when it met one, forgets
   * what it reported and returns `undefined`, so that the caller reads again the way that decides
   * row by row what to set aside (a bulk read, which cannot tell whose rows were bad, tried first).
   */
  async ifClean<T>(read: () => Promise<T>): Promise<T | undefined> {
    const outer = this.trial;
    const trial = { met: false };
    this.trial = trial;
    try {
      const value = await read();
      return trial.met ? undefined : value;
    } finally {
      this.trial = outer;
      if (outer !== null && trial.met) outer.met = true;
    }
  }

  /** Everything set aside. */
  records(): readonly SetAsideRecord[] {
    return [...this.found];
  }
}
