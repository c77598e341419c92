import type { StoreTable } from './store-errors.js';

/**
 * A record a job set aside instead of deciding, in its summary: the table, the row's id and why,
 * never the row's data (it may hold a patron's card number, name or e-mail).
 *
 * - `INVALID_RECORD`: the row does not match its record schema (a missing card number, an
 *   unknown status, a malformed payload …);
 * - `DEPENDS_ON_INVALID_RECORD`: the record is readable, but a row it is decided with is not (a
 *   request whose patron, title, volume or copies cannot all be read).
 * @category Ports
 * @example
 * const aside: SetAsideRecord = { table: 'patrons', id: 'p-7', code: 'INVALID_RECORD' };
 */
export interface SetAsideRecord {
  readonly table: StoreTable;
  readonly id: string;
  readonly code: 'INVALID_RECORD' | 'DEPENDS_ON_INVALID_RECORD';
}

/**
 * Options of one unit of work ({@link UnitOfWork.run}).
 * @category Ports
 * @example
 * const unreadable: SetAsideRecord[] = [];
 * const options: UnitOfWorkOptions = { onInvalidRecord: (r) => unreadable.push(r) };
 * const requested = await storage.unitOfWork.run((tx) => tx.reservations.listRequested(), options);
 */
export interface UnitOfWorkOptions {
  /**
   * When given, a row that does not match its record schema does not fail the read with
   * `INVALID_RECORD`: it is reported here (`code: 'INVALID_RECORD'`, the table and row id) and
   * read as absent (left out of lists, `null` from a get). The jobs use it to decide every record
   * they can and set the bad ones aside. A storage that cannot hold invalid rows never calls it.
   */
  readonly onInvalidRecord?: ((record: SetAsideRecord) => void) | undefined;
}

/**
 * What a storage's health check found: every row it holds that does not match its record schema
 * (an unknown status included, which no status query would ever return), by table and id only.
 * @category Ports
 * @example
 * const health: StoreHealth = { ok: false, unreadable: [{ table: 'reservations', id: 'r-9', code: 'INVALID_RECORD' }] };
 */
export interface StoreHealth {
  /** True when every row could be read. */
  readonly ok: boolean;
  readonly unreadable: readonly SetAsideRecord[];
}

/**
 * A storage that can check its own rows ({@link StoreHealth}).
 * @category Ports
 * @example
 * const health = await storage.checkHealth();
 * if (!health.ok) for (const r of health.unreadable) console.warn(`${r.table} ${r.id}: ${r.code}`);
 */
export interface HealthCheckable {
  /** Reads every row of every table, in one unit of work, and lists the rows it cannot read. */
  checkHealth(): Promise<StoreHealth>;
}
