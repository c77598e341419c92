import type { Loan } from '../../../model/loan.js';
import type { LoanStore } from '../../../ports/loan-store.js';
import { ANONYMISED_PATRON_ID } from '../../../ports/event-log.js';
import { insertVersionedRow, updateRow, type SqlColumns } from '../guarded-writes.js';
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

/** The loan store of one SQL unit of work. */
export function sqlLoans(session: SqlSession, config: SqlStoreConfig): LoanStore {
  const lock = config.lockRows ? config.dialect.lockSuffix : '';
  return {
    async get(id) {
      const rows = await session.all(`SELECT * FROM loans WHERE id = ?${lock}`, [id]);
      return readerOf(session).one(rows[0], loanFromRow);
    },
    async listByPatron(patronId, options = {}) {
      const filter = options.open === undefined ? '' : options.open ? ' AND returned_at IS NULL' : ' AND returned_at IS NOT NULL';
      return readerOf(session).all(await session.all(`SELECT * FROM loans WHERE patron_id = ?${filter} ORDER BY lent_at, id`, [patronId]), loanFromRow);
    },
    async findOpenByCopy(copyId) {
      const rows = await session.all(
        `SELECT * FROM loans WHERE copy_id = ? AND returned_at IS NULL ORDER BY lent_at DESC, id DESC LIMIT 1${lock}`,
        [copyId],
      );
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
