import type { SqlMigration } from '../../sql/sql-migration.js';

/**
 * Copies on the move (issue 9): a copy's 禁帯出 flag (E3), the reservation it is taken for and
 * the branch it left when in transit (P5), and the indexes of the staff's lists (P8).
 */
export const POSTGRES_0002_COPIES_ON_THE_MOVE: SqlMigration = {
  version: 2,
  name: 'copies_on_the_move',
  sql: `
ALTER TABLE copies ADD COLUMN not_for_loan BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE copies ADD COLUMN reservation_id TEXT COLLATE "C";
ALTER TABLE copies ADD COLUMN transit_from_branch_id TEXT COLLATE "C";
CREATE INDEX copies_at_branch ON copies (location_branch_id, status, volume_id, id);
CREATE INDEX copies_in_transit_from ON copies (transit_from_branch_id, location_branch_id, id)
  WHERE transit_from_branch_id IS NOT NULL;
CREATE INDEX reservations_at_pickup ON reservations (pickup_branch_id, status, last_day, id);
`,
};
