import type { CatalogPort } from '../../../ports/catalog-port.js';
import { titleFromRow, volumeFromRow } from '../record-rows.js';
import { readerOf } from '../row-reader.js';
import type { SqlSession, SqlStoreConfig } from '../sql-session.js';

/** The catalogue of one SQL unit of work. */
export function sqlCatalog(session: SqlSession, config: SqlStoreConfig): CatalogPort {
  const { dialect } = config;
  return {
    async getTitle(id) {
      const rows = await session.all('SELECT * FROM titles WHERE id = ?', [id]);
      return readerOf(session).one(rows[0], (row) => titleFromRow(row, dialect));
    },
    async getVolume(id) {
      const rows = await session.all('SELECT * FROM volumes WHERE id = ?', [id]);
      return readerOf(session).one(rows[0], (row) => volumeFromRow(row, dialect));
    },
    listVolumes: async (titleId) =>
      readerOf(session).all(await session.all('SELECT * FROM volumes WHERE title_id = ? ORDER BY id', [titleId]), (row) => volumeFromRow(row, dialect)),
  };
}
