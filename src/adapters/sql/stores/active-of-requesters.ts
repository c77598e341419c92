import { ACTIVE_RESERVATION_COLUMNS } from '../reservation-rows.js';

/**
 * `ReservationStore.listActiveOfRequesters` in SQL, the same text on SQLite and PostgreSQL: the
 * subquery finds the requesters by `reservations_by_placed_at` (status; partial, on requested and
 * reserved rows, whose condition it repeats word for word for SQLite), the outer query their active
 * rows by `reservations_patron` (patron, status), each row once.
 */
export const ACTIVE_OF_REQUESTERS_SQL =
  `SELECT ${ACTIVE_RESERVATION_COLUMNS} FROM reservations WHERE patron_id IN (SELECT patron_id FROM reservations WHERE status = 'requested' AND status IN ('requested', 'reserved')) ` +
  "AND status IN ('requested', 'reserved', 'onHold') ORDER BY placed_at, id";
