import type { SqlMigration } from '../../sql/sql-migration.js';

/**
 * Issue 10 on PostgreSQL: the patron's options and the notice's send instant on reservations, a
 * delivery lease and a "not sent" outcome on outbox rows, an index of returned loans for the
 * retention job, and the `events` table of every domain event with its actor (the record of what
 * happened).
 */
export const POSTGRES_0003_HISTORY: SqlMigration = {
  version: 3,
  name: 'history',
  sql: `
ALTER TABLE reservations ADD COLUMN notice_sent_at TEXT COLLATE "C";
ALTER TABLE reservations ADD COLUMN not_needed_after TEXT COLLATE "C";
ALTER TABLE reservations ADD COLUMN suspended_until TEXT COLLATE "C";
CREATE INDEX reservations_not_needed_after ON reservations (not_needed_after, id) WHERE not_needed_after IS NOT NULL;

ALTER TABLE outbox ADD COLUMN lease_owner TEXT COLLATE "C";
ALTER TABLE outbox ADD COLUMN lease_until TEXT COLLATE "C";
ALTER TABLE outbox ADD COLUMN dropped_at TEXT COLLATE "C";
ALTER TABLE outbox ADD COLUMN dropped_reason TEXT COLLATE "C";
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (created_at, id) WHERE sent_at IS NULL AND dropped_at IS NULL;
CREATE INDEX outbox_reservation ON outbox (reservation_id);

CREATE INDEX loans_returned ON loans (returned_at, id) WHERE returned_at IS NOT NULL;

CREATE TABLE events (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recorded_at TEXT COLLATE "C" NOT NULL,
  type TEXT COLLATE "C" NOT NULL,
  reservation_id TEXT COLLATE "C",
  patron_id TEXT COLLATE "C",
  copy_id TEXT COLLATE "C",
  actor_kind TEXT COLLATE "C" NOT NULL,
  staff_id TEXT COLLATE "C",
  branch_id TEXT COLLATE "C",
  event JSONB NOT NULL
);
CREATE INDEX events_reservation ON events (reservation_id, seq);
CREATE INDEX events_patron ON events (patron_id, seq);
CREATE INDEX events_copy ON events (copy_id, seq);
`,
};
