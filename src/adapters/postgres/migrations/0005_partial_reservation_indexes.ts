import { PARTIAL_RESERVATION_INDEXES_SQL } from '../../sql/partial-reservation-indexes.js';
import type { SqlMigration } from '../../sql/sql-migration.js';

/** Issue 15: the partial reservation indexes (`PARTIAL_RESERVATION_INDEXES_SQL`, the same SQL in both dialects). */
export const POSTGRES_0005_PARTIAL_RESERVATION_INDEXES: SqlMigration = {
  version: 5,
  name: 'partial_reservation_indexes',
  sql: PARTIAL_RESERVATION_INDEXES_SQL,
};
