import type { CatalogPort } from '../../../ports/catalog-port.js';
import { titleFromRow, volumeFromRow } from '../record-rows.js';
import type { SqlSession, SqlStoreConfig } from '../sql-session.js';

/** The catalogue of one SQL unit of work. */
export function sqlCatalog(session: SqlSession, config: SqlStoreConfig): CatalogPort {
  const { dialect } = config;
  return {
    async getTitle(id) {
      const rows = await session.all('SELECT * FROM titles WHERE id = ?', [id]);
      return rows[0] === undefined ? null : titleFromRow(rows[0], dialect);
    },
    async getVolume(id) {
      const rows = await session.all('SELECT * FROM volumes WHERE id = ?', [id]);
      return rows[0] === undefined ? null : volumeFromRow(rows[0], dialect);
    },
    listVolumes: async (titleId) =>
      (await session.all('SELECT * FROM volumes WHERE title_id = ? ORDER BY id', [titleId])).map((row) => volumeFromRow(row, dialect)),
  };
}
