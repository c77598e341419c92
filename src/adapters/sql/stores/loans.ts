import type { Loan } from '../../../model/loan.js';
import type { LoanStore } from '../../../ports/loan-store.js';
import { ANONYMISED_PATRON_ID } from '../../../ports/event-log.js';
import type { SqlColumns } from '../guarded-writes.js';
import { perConfig } from '../per-config.js';
import { loanFromRow } from '../record-rows.js';
import { readerOf } from '../row-reader.js';
import { insertShaped, rowShape, shapeColumns, updateShaped, type RowShape } from '../row-shapes.js';
import type { SqlSession, SqlStoreConfig, SqlValue } from '../sql-session.js';

/** The loan row's columns other than `id` and `version`, in the order {@link loanValues} gives their values. */
export const LOAN_SHAPE: RowShape = rowShape('loans', 'loans', [
  'patron_id',
  'copy_id',
  'volume_id',
  'title_id',
  'branch_id',
  'lent_at',
  'due_date',
  'renewals',
  'reservation_id',
  'returned_at',
]);

/** The values of the loan's columns other than `id` and `version`, in {@link LOAN_SHAPE}'s order. */
export function loanValues(loan: Loan): SqlValue[] {
  return [
    loan.patronId,
    loan.copyId,
    loan.volumeId,
    loan.titleId,
    loan.branchId,
    loan.lentAt,
    loan.dueDate,
    loan.renewals,
    loan.reservationId ?? null,
    loan.returnedAt,
  ];
}

/** The columns other than `id` and `version`. */
export function loanColumns(loan: Loan): SqlColumns {
  return shapeColumns(LOAN_SHAPE, loanValues(loan));
}

const byPatron = (filter: string) => `SELECT * FROM loans WHERE patron_id = ?${filter} ORDER BY lent_at, id`;
/** A patron's loans: all, the open ones, the returned ones (built once: the statement cache finds a constant string at once). */
const BY_PATRON = { all: byPatron(''), open: byPatron(' AND returned_at IS NULL'), returned: byPatron(' AND returned_at IS NOT NULL') };

/** The statements that depend on the engine. */
const texts = perConfig(({ dialect, lockRows }) => {
  const lock = lockRows ? dialect.lockSuffix : '';
  return {
    getSql: `SELECT * FROM loans WHERE id = ?${lock}`,
    openByCopySql: `SELECT * FROM loans WHERE copy_id = ? AND returned_at IS NULL ORDER BY lent_at DESC, id DESC LIMIT 1${lock}`,
    openByCopiesSql: `SELECT * FROM loans WHERE returned_at IS NULL AND ${dialect.inList('copy_id')} ORDER BY copy_id, lent_at, id`,
  };
});

/** The loan store of one SQL unit of work. */
export function sqlLoans(session: SqlSession, config: SqlStoreConfig): LoanStore {
  const { getSql, openByCopySql, openByCopiesSql } = texts(config);
  return {
    async get(id) {
      const rows = await session.all(getSql, [id]);
      return readerOf(session).one(rows[0], loanFromRow);
    },
    async listByPatron(patronId, options = {}) {
      const sql = options.open === undefined ? BY_PATRON.all : options.open ? BY_PATRON.open : BY_PATRON.returned;
      return readerOf(session).all(await session.all(sql, [patronId]), loanFromRow);
    },
    async findOpenByCopy(copyId) {
      const rows = await session.all(openByCopySql, [copyId]);
      return readerOf(session).one(rows[0], loanFromRow);
    },
    async listOpenByCopies(copyIds) {
      if (copyIds.length === 0) return [];
      return readerOf(session).all(await session.all(openByCopiesSql, [config.dialect.listParam(copyIds)]), loanFromRow);
    },
    async listReturnedBefore(before, limit) {
      const rows = await session.all('SELECT * FROM loans WHERE returned_at IS NOT NULL AND returned_at < ? AND patron_id <> ? ORDER BY id LIMIT ?', [
        before,
        ANONYMISED_PATRON_ID,
        Math.max(0, Math.floor(limit)),
      ]);
      return readerOf(session).all(rows, loanFromRow);
    },
    insert: (loan) => insertShaped(session, LOAN_SHAPE, loan.id, loanValues(loan), loan.version),
    update: (next, expectedVersion) => updateShaped(session, config, LOAN_SHAPE, next.id, loanValues(next), next.version, expectedVersion),
  };
}
