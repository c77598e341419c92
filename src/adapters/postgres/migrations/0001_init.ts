import type { SqlMigration } from '../../sql/sql-migration.js';

/**
 * The first schema of the PostgreSQL adapter: one table per store, instants and dates as ISO text
 * in the "C" collation (byte order: they compare as text, and ids tie-break as the memory adapter's
 * code-unit order does), booleans, JSON as `jsonb`, a `version` column on every record
 * written by compare-and-set, and the indexes of the queries the service makes.
 */
export const POSTGRES_0001_INIT: SqlMigration = {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE reservations (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  patron_id TEXT COLLATE "C" NOT NULL,
  title_id TEXT COLLATE "C" NOT NULL,
  volume_id TEXT COLLATE "C" NOT NULL,
  audiovisual BOOLEAN NOT NULL,
  channel TEXT COLLATE "C" NOT NULL,
  pickup_branch_id TEXT COLLATE "C" NOT NULL,
  placed_at TEXT COLLATE "C" NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  version INTEGER NOT NULL,
  cancellation_requested_at TEXT COLLATE "C",
  queued_at TEXT COLLATE "C",
  rejected_at TEXT COLLATE "C",
  reasons JSONB,
  copy_id TEXT COLLATE "C",
  trapped_at TEXT COLLATE "C",
  notice_date TEXT COLLATE "C",
  last_day TEXT COLLATE "C",
  collected_at TEXT COLLATE "C",
  lapsed_at TEXT COLLATE "C",
  cancelled_at TEXT COLLATE "C",
  cancelled_by TEXT COLLATE "C",
  cancelled_from TEXT COLLATE "C",
  note TEXT COLLATE "C"
);
CREATE INDEX reservations_queue ON reservations (status, volume_id, queued_at, placed_at, id);
CREATE INDEX reservations_patron ON reservations (patron_id, status);
CREATE INDEX reservations_holds_by_last_day ON reservations (status, last_day, id);
CREATE INDEX reservations_by_placed_at ON reservations (status, placed_at, id);
CREATE INDEX reservations_pending_cancellations ON reservations (cancellation_requested_at, id)
  WHERE cancellation_requested_at IS NOT NULL;

CREATE TABLE copies (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  volume_id TEXT COLLATE "C" NOT NULL,
  owner_branch_id TEXT COLLATE "C" NOT NULL,
  location_branch_id TEXT COLLATE "C" NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX copies_volume ON copies (volume_id, id);

CREATE TABLE loans (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  patron_id TEXT COLLATE "C" NOT NULL,
  copy_id TEXT COLLATE "C" NOT NULL,
  volume_id TEXT COLLATE "C" NOT NULL,
  title_id TEXT COLLATE "C" NOT NULL,
  branch_id TEXT COLLATE "C" NOT NULL,
  lent_at TEXT COLLATE "C" NOT NULL,
  due_date TEXT COLLATE "C" NOT NULL,
  renewals INTEGER NOT NULL,
  reservation_id TEXT COLLATE "C",
  returned_at TEXT COLLATE "C",
  version INTEGER NOT NULL
);
CREATE INDEX loans_patron ON loans (patron_id, lent_at, id);
CREATE INDEX loans_open_by_copy ON loans (copy_id, lent_at, id) WHERE returned_at IS NULL;

CREATE TABLE patrons (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  card_number TEXT COLLATE "C" NOT NULL,
  name TEXT COLLATE "C",
  email TEXT COLLATE "C",
  internet_registered BOOLEAN NOT NULL,
  unreachable BOOLEAN NOT NULL,
  notice_show_name BOOLEAN NOT NULL,
  notice_show_title BOOLEAN NOT NULL,
  home_branch_id TEXT COLLATE "C",
  version INTEGER NOT NULL
);

CREATE TABLE titles (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL,
  category TEXT COLLATE "C" NOT NULL,
  audiovisual BOOLEAN NOT NULL
);

CREATE TABLE volumes (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  title_id TEXT COLLATE "C" NOT NULL,
  label TEXT COLLATE "C",
  is_set BOOLEAN
);
CREATE INDEX volumes_title ON volumes (title_id, id);

CREATE TABLE favourites (
  patron_id TEXT COLLATE "C" NOT NULL,
  volume_id TEXT COLLATE "C" NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (patron_id, volume_id)
);
CREATE INDEX favourites_order ON favourites (patron_id, position);

CREATE TABLE cart_entries (
  patron_id TEXT COLLATE "C" NOT NULL,
  volume_id TEXT COLLATE "C" NOT NULL,
  pickup_branch_id TEXT COLLATE "C" NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (patron_id, volume_id)
);
CREATE INDEX cart_entries_order ON cart_entries (patron_id, position);

CREATE TABLE outbox (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  kind TEXT COLLATE "C" NOT NULL,
  patron_id TEXT COLLATE "C" NOT NULL,
  reservation_id TEXT COLLATE "C",
  created_at TEXT COLLATE "C" NOT NULL,
  payload JSONB NOT NULL,
  sent_at TEXT COLLATE "C"
);
CREATE INDEX outbox_pending ON outbox (created_at, id) WHERE sent_at IS NULL;

CREATE TABLE job_runs (
  job TEXT COLLATE "C" NOT NULL,
  run_date TEXT COLLATE "C" NOT NULL,
  owner TEXT COLLATE "C" NOT NULL,
  claimed_at TEXT COLLATE "C" NOT NULL,
  finished_at TEXT COLLATE "C",
  PRIMARY KEY (job, run_date)
);
`,
};
