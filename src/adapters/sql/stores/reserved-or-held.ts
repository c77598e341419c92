import { ACTIVE_RESERVATION_COLUMNS } from '../reservation-rows.js';
import type { SqlDialect } from '../sql-session.js';

/** `ReservationStore.listReservedOrHeldByVolumes` in SQL: the list of ids is one parameter; `reservations_queue` (volume, status; partial, on the active rows, whose condition the query repeats word for word for SQLite) serves it. */
export function reservedOrHeldByVolumesSql(dialect: SqlDialect): string {
  return `SELECT ${ACTIVE_RESERVATION_COLUMNS} FROM reservations WHERE ${dialect.inList('volume_id')} AND status IN ('reserved', 'onHold') AND status IN ('requested', 'reserved', 'onHold') ORDER BY placed_at, id`;
}
