import type { ReservationStore } from '../../../ports/reservation-store.js';
import { ANONYMISED_PATRON_ID } from '../../../ports/event-log.js';
import { ACTIVE_RESERVATION_COLUMNS, RESERVATION_SHAPE, reservationFromRow, reservationValues } from '../reservation-rows.js';
import { insertShaped, updateShaped } from '../row-shapes.js';
import { perConfig } from '../per-config.js';
import { readerOf } from '../row-reader.js';
import type { SqlRow, SqlSession, SqlStoreConfig, SqlValue } from '../sql-session.js';
import { ACTIVE_OF_REQUESTERS_SQL } from './active-of-requesters.js';
import { reservedOrHeldByVolumesSql } from './reserved-or-held.js';

const ACTIVE = "status IN ('requested', 'reserved', 'onHold')";
const FINAL = "status NOT IN ('requested', 'reserved', 'onHold')";

/** A query of whole reservation rows (built once: the statement cache finds a constant string at once). */
const select = (where: string, orderBy: string) => `SELECT * FROM reservations WHERE ${where} ORDER BY ${orderBy}`;
/** A query whose condition admits active reservations only: their columns alone ({@link ACTIVE_RESERVATION_COLUMNS}). */
const selectActive = (where: string, orderBy: string) => `SELECT ${ACTIVE_RESERVATION_COLUMNS} FROM reservations WHERE ${where} ORDER BY ${orderBy}`;
const BY_PATRON = {
  all: select('patron_id = ?', 'placed_at, id'),
  active: selectActive(`patron_id = ? AND ${ACTIVE}`, 'placed_at, id'),
  final: select(`patron_id = ? AND ${FINAL}`, 'placed_at, id'),
};
// `ACTIVE` or `WAITING` beside a narrower status: SQLite uses a partial index (`reservations_queue`,
// `reservations_by_placed_at`) only when its condition is in the query word for word.
const QUEUE = selectActive(`status = 'reserved' AND ${ACTIVE} AND volume_id = ? AND cancellation_requested_at IS NULL`, 'queued_at, placed_at, id');
const BY_VOLUME = selectActive(`${ACTIVE} AND volume_id = ?`, 'placed_at, id');
const WAITING = "status IN ('requested', 'reserved')";
const REQUESTED = selectActive(`status = 'requested' AND ${WAITING}`, 'placed_at, id');
// `status || ''`, a condition no index serves: SQLite would otherwise read every waiting row by
// `reservations_by_placed_at` and sort them, instead of the few in `reservations_pending_cancellations`,
// already in order (2 000 of 130 000 rows in the bench's batch: 200 ms against 10 ms).
export const PENDING_CANCELLATIONS_SQL = selectActive("cancellation_requested_at IS NOT NULL AND (status || '') IN ('requested', 'reserved')", 'cancellation_requested_at, id');

/** The statements that depend on the engine. */
const texts = perConfig(({ dialect, lockRows }) => ({
  getSql: `SELECT * FROM reservations WHERE id = ?${lockRows ? dialect.lockSuffix : ''}`,
  activeByPatrons: selectActive(`${dialect.inList('patron_id')} AND ${ACTIVE}`, 'placed_at, id'),
  activeByVolumes: selectActive(`${dialect.inList('volume_id')} AND ${ACTIVE}`, 'placed_at, id'),
  reservedOrHeldByVolumes: reservedOrHeldByVolumesSql(dialect),
}));

/** The reservation store of one SQL unit of work. */
export function sqlReservations(session: SqlSession, config: SqlStoreConfig): ReservationStore {
  const { dialect } = config;
  const fromRow = (row: SqlRow) => reservationFromRow(row, dialect);
  const query = async (sql: string, params: readonly SqlValue[]) => readerOf(session).all(await session.all(sql, params), fromRow);
  const listActive = (where: string, orderBy: string, params: readonly SqlValue[]) => query(selectActive(where, orderBy), params);
  const { getSql, activeByPatrons, activeByVolumes, reservedOrHeldByVolumes } = texts(config);
  const many = async (sql: string, ids: readonly string[]) => (ids.length === 0 ? [] : query(sql, [dialect.listParam(ids)]));
  return {
    async get(id) {
      const rows = await session.all(getSql, [id]);
      return readerOf(session).one(rows[0], fromRow);
    },
    listByPatron: (patronId, options = {}) => query(options.active === undefined ? BY_PATRON.all : options.active ? BY_PATRON.active : BY_PATRON.final, [patronId]),
    listQueue: (volumeId) => query(QUEUE, [volumeId]),
    listByVolume: (volumeId) => query(BY_VOLUME, [volumeId]),
    listActiveByPatrons: (patronIds) => many(activeByPatrons, patronIds),
    listByVolumes: (volumeIds) => many(activeByVolumes, volumeIds),
    listRequested: () => query(REQUESTED, []),
    listActiveOfRequesters: () => query(ACTIVE_OF_REQUESTERS_SQL, []),
    listReservedOrHeldByVolumes: (volumeIds) => many(reservedOrHeldByVolumes, volumeIds),
    listPendingCancellations: () => query(PENDING_CANCELLATIONS_SQL, []),
    listHoldsAt: (branchId, options) =>
      options.endingBefore === undefined
        ? listActive("status = 'onHold' AND pickup_branch_id = ?", 'last_day, id LIMIT ? OFFSET ?', [branchId, options.limit, options.offset])
        : listActive("status = 'onHold' AND pickup_branch_id = ? AND last_day < ?", 'last_day, id LIMIT ? OFFSET ?', [
            branchId,
            options.endingBefore,
            options.limit,
            options.offset,
          ]),
    listWaitingAt: (branchId) => listActive("status = 'reserved' AND pickup_branch_id = ?", 'queued_at, placed_at, id', [branchId]),
    listHoldsEndingBefore: (date) => listActive("status = 'onHold' AND last_day < ?", 'last_day, id', [date]),
    listFinishedBefore: async (before, limit) =>
      readerOf(session).all(
        await session.all(
          `SELECT * FROM reservations WHERE ${FINAL} AND patron_id <> ? AND COALESCE(rejected_at, collected_at, lapsed_at, cancelled_at) < ? ORDER BY id LIMIT ?`,
          [ANONYMISED_PATRON_ID, before, Math.max(0, Math.floor(limit))],
        ),
        (row) => reservationFromRow(row, dialect),
      ),
    listPatronOptionsEndingBefore: (date) =>
      listActive(`${WAITING} AND (not_needed_after < ? OR suspended_until < ?)`, 'id', [date, date]),
    insert: (reservation) => insertShaped(session, RESERVATION_SHAPE, reservation.id, reservationValues(reservation, dialect), reservation.version),
    update: (next, expectedVersion) => updateShaped(session, config, RESERVATION_SHAPE, next.id, reservationValues(next, dialect), next.version, expectedVersion),
  };
}
