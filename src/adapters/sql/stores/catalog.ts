import type { CatalogPort } from '../../../ports/catalog-port.js';
import { titleFromRow, volumeFromRow } from '../record-rows.js';
import { readerOf } from '../row-reader.js';
import type { SqlRow, SqlSession, SqlStoreConfig } from '../sql-session.js';

/** The columns of `titles` (migration 0001), read beside a volume under these aliases. */
const TITLE_COLUMNS = ['id', 'name', 'category', 'audiovisual'] as const;
/**
 * A volume with its title, in one statement: a unit that reads a volume reads its title next
 * (`existingItem`), and on PostgreSQL each statement is a round trip.
 */
const VOLUME_WITH_TITLE =
  `SELECT v.*, ${TITLE_COLUMNS.map((c) => `t.${c} AS title__${c}`).join(', ')} ` + 'FROM volumes v LEFT JOIN titles t ON t.id = v.title_id WHERE v.id = ?';

/** The volume's own columns and its title's row (`undefined`: no such title) of a {@link VOLUME_WITH_TITLE} row. */
function splitVolumeRow(row: SqlRow): { volume: SqlRow; title: SqlRow | undefined } {
  const volume: Record<string, unknown> = {};
  for (const key in row) if (!key.startsWith('title__')) volume[key] = row[key];
  if (row['title__id'] === null || row['title__id'] === undefined) return { volume, title: undefined };
  const title: Record<string, unknown> = {};
  for (const column of TITLE_COLUMNS) title[column] = row[`title__${column}`];
  return { volume, title };
}

/**
 * The catalogue of one SQL unit of work. The catalogue is not written in units of work, so a
 * title row read beside its volume is kept for the unit's next `getTitle` of it, which then checks
 * it as a row read alone would be (a bad title row still fails that read).
 */
export function sqlCatalog(session: SqlSession, config: SqlStoreConfig): CatalogPort {
  const { dialect } = config;
  const titlesSql = `SELECT * FROM titles WHERE ${dialect.inList('id')} ORDER BY id`;
  const volumesSql = `SELECT * FROM volumes WHERE ${dialect.inList('id')} ORDER BY id`;
  const titleRows = new Map<string, SqlRow | undefined>();
  return {
    async getTitle(id) {
      const row = titleRows.has(id) ? titleRows.get(id) : (await session.all('SELECT * FROM titles WHERE id = ?', [id]))[0];
      return readerOf(session).one(row, (r) => titleFromRow(r, dialect));
    },
    async getVolume(id) {
      const rows = await session.all(VOLUME_WITH_TITLE, [id]);
      if (rows[0] === undefined) return null;
      const { volume, title } = splitVolumeRow(rows[0]);
      const titleId = volume['title_id'];
      if (typeof titleId === 'string') titleRows.set(titleId, title);
      return readerOf(session).one(volume, (r) => volumeFromRow(r, dialect));
    },
    getTitles: async (ids) =>
      ids.length === 0 ? [] : readerOf(session).all(await session.all(titlesSql, [dialect.listParam(ids)]), (row) => titleFromRow(row, dialect)),
    getVolumes: async (ids) =>
      ids.length === 0 ? [] : readerOf(session).all(await session.all(volumesSql, [dialect.listParam(ids)]), (row) => volumeFromRow(row, dialect)),
    listVolumes: async (titleId) =>
      readerOf(session).all(await session.all('SELECT * FROM volumes WHERE title_id = ? ORDER BY id', [titleId]), (row) => volumeFromRow(row, dialect)),
  };
}
