import type { SqlMigration } from '../../sql/sql-migration.js';

/**
 * The first schema of the SQLite adapter: one table per store, instants and dates as ISO text
 * (they compare as text), booleans as 0 and 1, JSON as text, a `version` column on every record
 * written by compare-and-set, and the indexes of the queries the service makes.
 */
export const SQLITE_0001_INIT: SqlMigration = {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE reservations (
  id TEXT NOT NULL PRIMARY KEY,
  patron_id TEXT NOT NULL,
  title_id TEXT NOT NULL,
  volume_id TEXT NOT NULL,
  audiovisual INTEGER NOT NULL,
  channel TEXT NOT NULL,
  pickup_branch_id TEXT NOT NULL,
  placed_at TEXT NOT NULL,
  status TEXT NOT NULL,
  version INTEGER NOT NULL,
  cancellation_requested_at TEXT,
  queued_at TEXT,
  rejected_at TEXT,
  reasons TEXT,
  copy_id TEXT,
  trapped_at TEXT,
  notice_date TEXT,
  last_day TEXT,
  collected_at TEXT,
  lapsed_at TEXT,
  cancelled_at TEXT,
  cancelled_by TEXT,
  cancelled_from TEXT,
  note TEXT
);
CREATE INDEX reservations_queue ON reservations (status, volume_id, queued_at, placed_at, id);
CREATE INDEX reservations_patron ON reservations (patron_id, status);
CREATE INDEX reservations_holds_by_last_day ON reservations (status, last_day, id);
CREATE INDEX reservations_by_placed_at ON reservations (status, placed_at, id);
CREATE INDEX reservations_pending_cancellations ON reservations (cancellation_requested_at, id)
  WHERE cancellation_requested_at IS NOT NULL;

CREATE TABLE copies (
  id TEXT NOT NULL PRIMARY KEY,
  volume_id TEXT NOT NULL,
  owner_branch_id TEXT NOT NULL,
  location_branch_id TEXT NOT NULL,
  status TEXT NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX copies_volume ON copies (volume_id, id);

CREATE TABLE loans (
  id TEXT NOT NULL PRIMARY KEY,
  patron_id TEXT NOT NULL,
  copy_id TEXT NOT NULL,
  volume_id TEXT NOT NULL,
  title_id TEXT NOT NULL,
  branch_id TEXT NOT NULL,
  lent_at TEXT NOT NULL,
  due_date TEXT NOT NULL,
  renewals INTEGER NOT NULL,
  reservation_id TEXT,
  returned_at TEXT,
  version INTEGER NOT NULL
);
CREATE INDEX loans_patron ON loans (patron_id, lent_at, id);
CREATE INDEX loans_open_by_copy ON loans (copy_id, lent_at, id) WHERE returned_at IS NULL;

CREATE TABLE patrons (
  id TEXT NOT NULL PRIMARY KEY,
  card_number TEXT NOT NULL,
  name TEXT,
  email TEXT,
  internet_registered INTEGER NOT NULL,
  unreachable INTEGER NOT NULL,
  notice_show_name INTEGER NOT NULL,
  notice_show_title INTEGER NOT NULL,
  home_branch_id TEXT,
  version INTEGER NOT NULL
);

CREATE TABLE titles (
  id TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  audiovisual INTEGER NOT NULL
);

CREATE TABLE volumes (
  id TEXT NOT NULL PRIMARY KEY,
  title_id TEXT NOT NULL,
  label TEXT,
  is_set INTEGER
);
CREATE INDEX volumes_title ON volumes (title_id, id);

CREATE TABLE favourites (
  patron_id TEXT NOT NULL,
  volume_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (patron_id, volume_id)
);
CREATE INDEX favourites_order ON favourites (patron_id, position);

CREATE TABLE cart_entries (
  patron_id TEXT NOT NULL,
  volume_id TEXT NOT NULL,
  pickup_branch_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (patron_id, volume_id)
);
CREATE INDEX cart_entries_order ON cart_entries (patron_id, position);

CREATE TABLE outbox (
  id TEXT NOT NULL PRIMARY KEY,
  kind TEXT NOT NULL,
  patron_id TEXT NOT NULL,
  reservation_id TEXT,
  created_at TEXT NOT NULL,
  payload TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outbox_pending ON outbox (created_at, id) WHERE sent_at IS NULL;

CREATE TABLE job_runs (
  job TEXT NOT NULL,
  run_date TEXT NOT NULL,
  owner TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  finished_at TEXT,
  PRIMARY KEY (job, run_date)
);
`,
};
