import type { ReservationStore } from '../../../ports/reservation-store.js';
import { ANONYMISED_PATRON_ID } from '../../../ports/event-log.js';
import { insertRow, updateRow } from '../guarded-writes.js';
import { reservationColumns, reservationFromRow } from '../reservation-rows.js';
import { readerOf } from '../row-reader.js';
import type { SqlSession, SqlStoreConfig, SqlValue } from '../sql-session.js';

const ACTIVE = "status IN ('requested', 'reserved', 'onHold')";
const FINAL = "status NOT IN ('requested', 'reserved', 'onHold')";

/** The reservation store of one SQL unit of work. */
export function sqlReservations(session: SqlSession, config: SqlStoreConfig): ReservationStore {
  const { dialect } = config;
  const list = async (where: string, orderBy: string, params: readonly SqlValue[]) =>
    readerOf(session).all(await session.all(`SELECT * FROM reservations WHERE ${where} ORDER BY ${orderBy}`, params), (row) => reservationFromRow(row, dialect));
  return {
    async get(id) {
      const rows = await session.all(`SELECT * FROM reservations WHERE id = ?${config.lockRows ? dialect.lockSuffix : ''}`, [id]);
      return readerOf(session).one(rows[0], (row) => reservationFromRow(row, dialect));
    },
    listByPatron: (patronId, options = {}) => {
      const filter = options.active === undefined ? '' : ` AND ${options.active ? ACTIVE : FINAL}`;
      return list(`patron_id = ?${filter}`, 'placed_at, id', [patronId]);
    },
    listQueue: (volumeId) =>
      list("status = 'reserved' AND volume_id = ? AND cancellation_requested_at IS NULL", 'queued_at, placed_at, id', [volumeId]),
    listByVolume: (volumeId) => list(`${ACTIVE} AND volume_id = ?`, 'placed_at, id', [volumeId]),
    listRequested: () => list("status = 'requested'", 'placed_at, id', []),
    listPendingCancellations: () =>
      list("cancellation_requested_at IS NOT NULL AND status IN ('requested', 'reserved')", 'cancellation_requested_at, id', []),
    listHoldsAt: (branchId, options) =>
      options.endingBefore === undefined
        ? list("status = 'onHold' AND pickup_branch_id = ?", 'last_day, id LIMIT ? OFFSET ?', [branchId, options.limit, options.offset])
        : list("status = 'onHold' AND pickup_branch_id = ? AND last_day < ?", 'last_day, id LIMIT ? OFFSET ?', [
            branchId,
            options.endingBefore,
            options.limit,
            options.offset,
          ]),
    listWaitingAt: (branchId) => list("status = 'reserved' AND pickup_branch_id = ?", 'queued_at, placed_at, id', [branchId]),
    listHoldsEndingBefore: (date) => list("status = 'onHold' AND last_day < ?", 'last_day, id', [date]),
    listFinishedBefore: async (before, limit) =>
      readerOf(session).all(
        await session.all(
          `SELECT * FROM reservations WHERE ${FINAL} AND patron_id <> ? AND COALESCE(rejected_at, collected_at, lapsed_at, cancelled_at) < ? ORDER BY id LIMIT ?`,
          [ANONYMISED_PATRON_ID, before, Math.max(0, Math.floor(limit))],
        ),
        (row) => reservationFromRow(row, dialect),
      ),
    listPatronOptionsEndingBefore: (date) =>
      list("status IN ('requested', 'reserved') AND (not_needed_after < ? OR suspended_until < ?)", 'id', [date, date]),
    insert: (reservation) =>
      insertRow(session, 'reservations', 'reservations', {
        id: reservation.id,
        ...reservationColumns(reservation, dialect),
        version: reservation.version,
      }),
    update: (next, expectedVersion) =>
      updateRow(session, config, 'reservations', 'reservations', next.id, reservationColumns(next, dialect), next.version, expectedVersion),
  };
}
