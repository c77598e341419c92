import type { Loan } from '../../../model/loan.js';
import type { LoanStore } from '../../../ports/loan-store.js';
import { ANONYMISED_PATRON_ID } from '../../../ports/event-log.js';
import { insertVersionedRow, updateRow, type SqlColumns } from '../guarded-writes.js';
import { perConfig } from '../per-config.js';
import { loanFromRow } from '../record-rows.js';
import { readerOf } from '../row-reader.js';
import type { SqlSession, SqlStoreConfig } from '../sql-session.js';

/** The columns other than `id` and `version`. */
export function loanColumns(loan: Loan): SqlColumns {
  return {
    patron_id: loan.patronId,
    copy_id: loan.copyId,
    volume_id: loan.volumeId,
    title_id: loan.titleId,
    branch_id: loan.branchId,
    lent_at: loan.lentAt,
    due_date: loan.dueDate,
    renewals: loan.renewals,
    reservation_id: loan.reservationId ?? null,
    returned_at: loan.returnedAt,
  };
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
  };
});

/** The loan store of one SQL unit of work. */
export function sqlLoans(session: SqlSession, config: SqlStoreConfig): LoanStore {
  const { getSql, openByCopySql } = texts(config);
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
    async listReturnedBefore(before, limit) {
      const rows = await session.all('SELECT * FROM loans WHERE returned_at IS NOT NULL AND returned_at < ? AND patron_id <> ? ORDER BY id LIMIT ?', [
        before,
        ANONYMISED_PATRON_ID,
        Math.max(0, Math.floor(limit)),
      ]);
      return readerOf(session).all(rows, loanFromRow);
    },
    insert: (loan) => insertVersionedRow(session, 'loans', 'loans', loan.id, loanColumns(loan), loan.version),
    update: (next, expectedVersion) => updateRow(session, config, 'loans', 'loans', next.id, loanColumns(next), next.version, expectedVersion),
  };
}
