import { isYoyakuError } from '../../errors/yoyaku-error.js';
import type { StoreTable } from '../../ports/store-errors.js';
import type { UnitOfWorkOptions } from '../../ports/unreadable-records.js';
import type { SqlRow, SqlSession } from './sql-session.js';

/** How one unit of work turns rows into records: strictly (a bad row fails the read), or setting bad rows aside. */
export interface RowReader {
  /** The record of the row, or `null` for no row (or a bad row set aside). */
  one<T>(row: SqlRow | undefined, parse: (row: SqlRow) => T): T | null;
  /** The records of the rows, without the bad rows set aside. */
  all<T>(rows: readonly SqlRow[], parse: (row: SqlRow) => T): T[];
}

/** The row reader of a unit: with `onInvalidRecord`, an `INVALID_RECORD` is reported and the row skipped. */
export function rowReader(options: UnitOfWorkOptions = {}): RowReader {
  const report = options.onInvalidRecord;
  /** Reports a bad row set aside, or throws anything else (and every error without `onInvalidRecord`). */
  const setAside = (error: unknown): void => {
    if (report === undefined || !isYoyakuError(error) || error.code !== 'INVALID_RECORD') throw error;
    report({ table: error.details['table'] as StoreTable, id: String(error.details['id']), code: 'INVALID_RECORD' });
  };
  return {
    one(row, parse) {
      if (row === undefined) return null;
      try {
        return parse(row);
      } catch (error) {
        setAside(error);
        return null;
      }
    },
    all(rows, parse) {
      // No result object per row: the batch reads hundreds of thousands of rows.
      const out = [];
      for (const row of rows) {
        let value;
        try {
          value = parse(row);
        } catch (error) {
          setAside(error);
          continue;
        }
        out.push(value);
      }
      return out;
    },
  };
}

/** The strict reader: every bad row fails its read with `INVALID_RECORD`. */
export const STRICT_ROWS: RowReader = rowReader();

/** The row reader of a session: the unit's, or the strict one. */
export function readerOf(session: SqlSession): RowReader {
  return session.rows ?? STRICT_ROWS;
}
