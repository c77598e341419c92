import type { CatalogPort } from '../../../ports/catalog-port.js';
import { titleFromRow, volumeFromRow } from '../record-rows.js';
import { perConfig } from '../per-config.js';
import { readerOf } from '../row-reader.js';
import { sqlCatalogItem } from './catalog-item.js';
import type { SqlSession, SqlStoreConfig } from '../sql-session.js';

/** The statements that depend on the engine. */
const texts = perConfig(({ dialect }) => ({
  titlesSql: `SELECT * FROM titles WHERE ${dialect.inList('id')} ORDER BY id`,
  volumesSql: `SELECT * FROM volumes WHERE ${dialect.inList('id')} ORDER BY id`,
}));

/** The catalogue of one SQL unit of work. */
export function sqlCatalog(session: SqlSession, config: SqlStoreConfig): CatalogPort {
  const { dialect } = config;
  const { titlesSql, volumesSql } = texts(config);
  const catalog: CatalogPort = {
    async getTitle(id) {
      const rows = await session.all('SELECT * FROM titles WHERE id = ?', [id]);
      return readerOf(session).one(rows[0], (row) => titleFromRow(row, dialect));
    },
    async getVolume(id) {
      const rows = await session.all('SELECT * FROM volumes WHERE id = ?', [id]);
      return readerOf(session).one(rows[0], (row) => volumeFromRow(row, dialect));
    },
    getTitles: async (ids) =>
      ids.length === 0 ? [] : readerOf(session).all(await session.all(titlesSql, [dialect.listParam(ids)]), (row) => titleFromRow(row, dialect)),
    getVolumes: async (ids) =>
      ids.length === 0 ? [] : readerOf(session).all(await session.all(volumesSql, [dialect.listParam(ids)]), (row) => volumeFromRow(row, dialect)),
    listVolumes: async (titleId) =>
      readerOf(session).all(await session.all('SELECT * FROM volumes WHERE title_id = ? ORDER BY id', [titleId]), (row) => volumeFromRow(row, dialect)),
  };
  // On PostgreSQL, where each statement is a round trip (on SQLite the two reads cost less than the
  // join). Added to the SQLite store's object only there: a spread inside the literal, followed by
  // more methods, took V8's slow path for every unit of work.
  return dialect.engine === 'postgres' ? { ...catalog, getItem: sqlCatalogItem(session, dialect) } : catalog;
}
