import type { Copy } from '../../../model/material.js';
import type { CopyStore } from '../../../ports/copy-store.js';
import type { SqlColumns } from '../guarded-writes.js';
import { copyFromRow } from '../record-rows.js';
import { perConfig } from '../per-config.js';
import { readerOf } from '../row-reader.js';
import { insertShaped, rowShape, shapeColumns, updateShaped, type RowShape } from '../row-shapes.js';
import type { SqlDialect, SqlRow, SqlSession, SqlStoreConfig, SqlValue } from '../sql-session.js';

/** The copy row's columns other than `id` and `version`, in the order {@link copyValues} gives their values. */
export const COPY_SHAPE: RowShape = rowShape('copies', 'copies', [
  'volume_id',
  'owner_branch_id',
  'location_branch_id',
  'status',
  'not_for_loan',
  'reservation_id',
  'transit_from_branch_id',
]);

/** The values of the copy's columns other than `id` and `version`, in {@link COPY_SHAPE}'s order. */
export function copyValues(copy: Copy, dialect: SqlDialect): SqlValue[] {
  return [
    copy.volumeId,
    copy.ownerBranchId,
    copy.locationBranchId,
    copy.status,
    dialect.bool(copy.notForLoan === true),
    copy.reservationId ?? null,
    copy.transitFromBranchId ?? null,
  ];
}

/** The columns other than `id` and `version`. */
export function copyColumns(copy: Copy, dialect: SqlDialect): SqlColumns {
  return shapeColumns(COPY_SHAPE, copyValues(copy, dialect));
}

/** The statements that depend on the engine. */
const texts = perConfig(({ dialect, lockRows }) => ({
  getSql: `SELECT * FROM copies WHERE id = ?${lockRows ? dialect.lockSuffix : ''}`,
  byVolumesSql: `SELECT * FROM copies WHERE ${dialect.inList('volume_id')} ORDER BY id`,
}));

/** The copy store of one SQL unit of work. */
export function sqlCopies(session: SqlSession, config: SqlStoreConfig): CopyStore {
  const { dialect } = config;
  const fromRow = (row: SqlRow) => copyFromRow(row, dialect);
  const list = async (sql: string, params: readonly SqlValue[]) => readerOf(session).all(await session.all(sql, params), fromRow);
  const { getSql, byVolumesSql } = texts(config);
  return {
    async get(id) {
      const rows = await session.all(getSql, [id]);
      return readerOf(session).one(rows[0], fromRow);
    },
    listByVolume: (volumeId) => list('SELECT * FROM copies WHERE volume_id = ? ORDER BY id', [volumeId]),
    listByVolumes: async (volumeIds) => (volumeIds.length === 0 ? [] : list(byVolumesSql, [dialect.listParam(volumeIds)])),
    listAt: (branchId, status, page) =>
      list('SELECT * FROM copies WHERE location_branch_id = ? AND status = ? ORDER BY volume_id, id LIMIT ? OFFSET ?', [branchId, status, page.limit, page.offset]),
    listInTransitFrom: (branchId, page) =>
      list("SELECT * FROM copies WHERE status = 'inTransit' AND transit_from_branch_id = ? ORDER BY location_branch_id, id LIMIT ? OFFSET ?", [
        branchId,
        page.limit,
        page.offset,
      ]),
    insert: (copy) => insertShaped(session, COPY_SHAPE, copy.id, copyValues(copy, dialect), copy.version),
    update: (next, expectedVersion) => updateShaped(session, config, COPY_SHAPE, next.id, copyValues(next, dialect), next.version, expectedVersion),
  };
}
