import type { SqlMigration } from '../../sql/sql-migration.js';

/**
 * Issue 10 on SQLite: the patron's options and the notice's send instant on reservations, a
 * delivery lease and a "not sent" outcome on outbox rows, an index of returned loans for the
 * retention job, and the `events` table of every domain event with its actor (the record of what
 * happened).
 */
export const SQLITE_0003_HISTORY: SqlMigration = {
  version: 3,
  name: 'history',
  sql: `
ALTER TABLE reservations ADD COLUMN notice_sent_at TEXT;
ALTER TABLE reservations ADD COLUMN not_needed_after TEXT;
ALTER TABLE reservations ADD COLUMN suspended_until TEXT;
CREATE INDEX reservations_not_needed_after ON reservations (not_needed_after, id) WHERE not_needed_after IS NOT NULL;

ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
ALTER TABLE outbox ADD COLUMN lease_until TEXT;
ALTER TABLE outbox ADD COLUMN dropped_at TEXT;
ALTER TABLE outbox ADD COLUMN dropped_reason TEXT;
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (created_at, id) WHERE sent_at IS NULL AND dropped_at IS NULL;
CREATE INDEX outbox_reservation ON outbox (reservation_id);

CREATE INDEX loans_returned ON loans (returned_at, id) WHERE returned_at IS NOT NULL;

CREATE TABLE events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  recorded_at TEXT NOT NULL,
  type TEXT NOT NULL,
  reservation_id TEXT,
  patron_id TEXT,
  copy_id TEXT,
  actor_kind TEXT NOT NULL,
  staff_id TEXT,
  branch_id TEXT,
  event TEXT NOT NULL
);
CREATE INDEX events_reservation ON events (reservation_id, seq);
CREATE INDEX events_patron ON events (patron_id, seq);
CREATE INDEX events_copy ON events (copy_id, seq);
`,
};
