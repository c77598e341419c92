import type { Patron } from '../../../model/patron.js';
import type { PatronStore } from '../../../ports/patron-store.js';
import { updateRow, type SqlColumns } from '../guarded-writes.js';
import { patronFromRow } from '../record-rows.js';
import { perConfig } from '../per-config.js';
import { readerOf } from '../row-reader.js';
import type { SqlDialect, SqlSession, SqlStoreConfig } from '../sql-session.js';

/** The patron's columns other than `id` and `version`. An absent and a `null` e-mail are both `NULL`. */
export function patronColumns(patron: Patron, dialect: SqlDialect): SqlColumns {
  return {
    card_number: patron.cardNumber,
    name: patron.name ?? null,
    email: patron.email ?? null,
    internet_registered: dialect.bool(patron.internetRegistered),
    unreachable: dialect.bool(patron.unreachable),
    notice_show_name: dialect.bool(patron.noticePrivacy.showName),
    notice_show_title: dialect.bool(patron.noticePrivacy.showTitle),
    home_branch_id: patron.homeBranchId ?? null,
  };
}

/** The statements that depend on the engine. */
const texts = perConfig(({ dialect, lockRows, lockGetManyPatrons }) => ({
  getSql: `SELECT * FROM patrons WHERE id = ?${lockRows ? dialect.lockSuffix : ''}`,
  // ORDER BY before FOR UPDATE: PostgreSQL locks the rows in the order it returns them, by id.
  getManySql: `SELECT * FROM patrons WHERE ${dialect.inList('id')} ORDER BY id${lockRows && lockGetManyPatrons !== false ? dialect.lockSuffix : ''}`,
}));

/** The patron store of one SQL unit of work. */
export function sqlPatrons(session: SqlSession, config: SqlStoreConfig): PatronStore {
  const { dialect } = config;
  const { getSql, getManySql } = texts(config);
  const read = async (id: string) => {
    const rows = await session.all(getSql, [id]);
    return readerOf(session).one(rows[0], (row) => patronFromRow(row, dialect));
  };
  return {
    get: async (id) => (await read(id))?.patron ?? null,
    getVersioned: read,
    getMany: async (ids) =>
      ids.length === 0
        ? []
        : readerOf(session)
            .all(await session.all(getManySql, [dialect.listParam(ids)]), (row) => patronFromRow(row, dialect))
            .map((found) => found.patron),
    update: (next, expectedVersion) =>
      updateRow(session, config, 'patrons', 'patrons', next.id, patronColumns(next, dialect), expectedVersion + 1, expectedVersion),
  };
}
