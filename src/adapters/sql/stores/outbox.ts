import type { Outbox } from '../../../ports/outbox.js';
import { recordNotFound } from '../../../ports/store-errors.js';
import { insertRow } from '../guarded-writes.js';
import { noticeFromRow } from '../record-rows.js';
import { readerOf } from '../row-reader.js';
import type { SqlSession, SqlStoreConfig } from '../sql-session.js';

/** The outbox of one SQL unit of work. */
export function sqlOutbox(session: SqlSession, config: SqlStoreConfig): Outbox {
  return {
    enqueue: (notice) =>
      insertRow(
        session,
        'outbox',
        'outbox',
        {
          id: notice.id,
          kind: notice.kind,
          patron_id: notice.patronId,
          reservation_id: notice.reservationId ?? null,
          created_at: notice.createdAt,
          payload: JSON.stringify(notice.payload),
        },
        { versioned: false },
      ),
    listPending: async () =>
      readerOf(session).all(await session.all('SELECT * FROM outbox WHERE sent_at IS NULL ORDER BY created_at, id'), (row) => noticeFromRow(row, config.dialect)),
    async markSent(id) {
      if ((await session.run('UPDATE outbox SET sent_at = ? WHERE id = ? AND sent_at IS NULL', [config.clock.now(), id])) > 0) return true;
      if ((await session.all('SELECT id FROM outbox WHERE id = ?', [id])).length === 0) throw recordNotFound('outbox', id);
      return false;
    },
  };
}
