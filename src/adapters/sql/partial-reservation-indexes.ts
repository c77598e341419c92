/**
 * The SQL of migration 5 (issue 15), the same in SQLite and PostgreSQL: the reservation indexes
 * that served one status each hold only the rows of that status (partial indexes), and the queue
 * index only the active rows, with `volume_id` first. A status change then touches only the
 * indexes of the statuses it leaves and enters, and the final rows, which grow all year, are in
 * none of them. The queries name each index's condition word for word (SQLite uses a partial
 * index only then; PostgreSQL proves it too).
 */
export const PARTIAL_RESERVATION_INDEXES_SQL = `
DROP INDEX reservations_queue;
CREATE INDEX reservations_queue ON reservations (volume_id, status, queued_at, placed_at, id)
  WHERE status IN ('requested', 'reserved', 'onHold');
DROP INDEX reservations_holds_by_last_day;
CREATE INDEX reservations_holds_by_last_day ON reservations (last_day, id) WHERE status = 'onHold';
DROP INDEX reservations_by_placed_at;
CREATE INDEX reservations_by_placed_at ON reservations (status, placed_at, id, patron_id)
  WHERE status IN ('requested', 'reserved');
DROP INDEX reservations_at_pickup;
CREATE INDEX reservations_holds_at_pickup ON reservations (pickup_branch_id, last_day, id) WHERE status = 'onHold';
CREATE INDEX reservations_waiting_at_pickup ON reservations (pickup_branch_id, queued_at, placed_at, id) WHERE status = 'reserved';
`;
