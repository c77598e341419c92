import type { Outbox } from '../../../ports/outbox.js';
import { recordNotFound } from '../../../ports/store-errors.js';
import { ANONYMISED_PATRON_ID } from '../../../ports/event-log.js';
import { insertRow } from '../guarded-writes.js';
import { noticeFromRow } from '../record-rows.js';
import { readerOf } from '../row-reader.js';
import type { SqlSession, SqlStoreConfig } from '../sql-session.js';

const PENDING = 'sent_at IS NULL AND dropped_at IS NULL';

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
      readerOf(session).all(await session.all(`SELECT * FROM outbox WHERE ${PENDING} ORDER BY created_at, id`), (row) => noticeFromRow(row, config.dialect)),
    async markSent(id) {
      if ((await session.run(`UPDATE outbox SET sent_at = ? WHERE id = ? AND ${PENDING}`, [config.clock.now(), id])) > 0) return true;
      if ((await session.all('SELECT id FROM outbox WHERE id = ?', [id])).length === 0) throw recordNotFound('outbox', id);
      return false;
    },
    // issue 10: leases for several deliverers, and notices dropped unsent
    async claimPending(owner, limit, leaseMs) {
      const now = config.clock.now();
      const until = new Date(Date.parse(now) + leaseMs).toISOString();
      const skipLocked = config.dialect.engine === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
      const rows = await session.all(
        `UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE id IN (SELECT id FROM outbox WHERE ${PENDING} AND (lease_until IS NULL OR lease_until <= ?) ORDER BY created_at, id LIMIT ?${skipLocked}) RETURNING *`,
        [owner, until, now, Math.max(0, Math.floor(limit))],
      );
      return readerOf(session).all(rows, (row) => noticeFromRow(row, config.dialect)).sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1));
    },
    async release(id, owner) {
      return (await session.run(`UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ? AND ${PENDING}`, [id, owner])) > 0;
    },
    anonymiseReservation: (reservationId) =>
      session.run(`UPDATE outbox SET patron_id = ?, payload = ? WHERE reservation_id = ? AND patron_id <> ? AND NOT (${PENDING})`, [
        ANONYMISED_PATRON_ID,
        '{}',
        reservationId,
        ANONYMISED_PATRON_ID,
      ]),
    async markDropped(id, reason) {
      if ((await session.run(`UPDATE outbox SET dropped_at = ?, dropped_reason = ? WHERE id = ? AND ${PENDING}`, [config.clock.now(), reason, id])) > 0) return true;
      if ((await session.all('SELECT id FROM outbox WHERE id = ?', [id])).length === 0) throw recordNotFound('outbox', id);
      return false;
    },
  };
}
