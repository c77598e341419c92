import type { CatalogPort } from '../../../ports/catalog-port.js';
import { titleFromRow, volumeFromRow } from '../record-rows.js';
import { readerOf } from '../row-reader.js';
import type { SqlDialect, SqlSession } from '../sql-session.js';

/** The volume's columns and its title's (prefixed `t_`), one row: the title's are `NULL` when it is missing. */
export const CATALOG_ITEM_SQL =
  'SELECT v.id, v.title_id, v.label, v.is_set, t.id AS t_id, t.name AS t_name, t.category AS t_category, t.audiovisual AS t_audiovisual ' +
  'FROM volumes v LEFT JOIN titles t ON t.id = v.title_id WHERE v.id = ?';

/**
 * `CatalogPort.getItem` in SQL: the volume and its title in one statement, each row part read as
 * its own table's row would be (a bad title is `INVALID_RECORD` of `titles`, or set aside).
 */
export function sqlCatalogItem(session: SqlSession, dialect: SqlDialect): NonNullable<CatalogPort['getItem']> {
  return async (id) => {
    const row = (await session.all(CATALOG_ITEM_SQL, [id]))[0];
    const reader = readerOf(session);
    const volume = reader.one(row === undefined ? undefined : { id: row['id'], title_id: row['title_id'], label: row['label'], is_set: row['is_set'] }, (r) => volumeFromRow(r, dialect));
    if (row === undefined || volume === null) return null;
    const title =
      row['t_id'] === null || row['t_id'] === undefined
        ? null
        : reader.one({ id: row['t_id'], name: row['t_name'], category: row['t_category'], audiovisual: row['t_audiovisual'] }, (r) => titleFromRow(r, dialect));
    return { volume, title };
  };
}
