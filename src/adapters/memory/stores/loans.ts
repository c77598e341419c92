import type { Loan } from '../../../model/loan.js';
import type { LoanStore } from '../../../ports/loan-store.js';
import { byKeys, distinct, rowOrNull, sortedRows, versionedRows } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

const byId = byKeys<Loan>((l) => l.id);
const byLentAt = byKeys<Loan>((l) => l.lentAt, (l) => l.id);
const byCopyLentAt = byKeys<Loan>((l) => l.copyId, (l) => l.lentAt, (l) => l.id);

/** The loan store of one unit of work. */
export function memoryLoans(views: MemoryViews): SyncStore<LoanStore> {
  const view = views.loans;
  return {
    ...versionedRows(view, 'loans'),
    listByPatron: (patronId, options = {}) => {
      const rows = options.open === true ? view.find('openPatron', patronId) : view.find('patron', patronId);
      const kept = options.open === undefined ? rows : rows.filter((l) => (l.returnedAt === null) === options.open);
      return sortedRows(kept, byLentAt);
    },
    listReturnedBefore: (before, limit) => sortedRows(view.findBelow('returnedNamed', before), byId).slice(0, Math.max(0, limit)),
    findOpenByCopy: (copyId) => {
      const open = sortedRows(view.find('openCopy', copyId).filter((l) => l.returnedAt === null), byLentAt);
      return rowOrNull(open[open.length - 1]);
    },
    listOpenByCopies: (copyIds) => {
      const rows: Loan[] = [];
      // Only open loans are filed under `openCopy` (a unit's own returned ones are left out by their key).
      for (const id of distinct(copyIds)) view.findInto('openCopy', id, rows);
      return sortedRows(rows, byCopyLentAt);
    },
  };
}
