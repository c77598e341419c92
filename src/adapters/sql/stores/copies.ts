import type { Copy } from '../../../model/material.js';
import type { CopyStore } from '../../../ports/copy-store.js';
import { insertRow, updateRow, type SqlColumns } from '../guarded-writes.js';
import { copyFromRow } from '../record-rows.js';
import { readerOf } from '../row-reader.js';
import type { SqlSession, SqlStoreConfig } from '../sql-session.js';

/** The columns other than `id` and `version`. */
export function copyColumns(copy: Copy): SqlColumns {
  return {
    volume_id: copy.volumeId,
    owner_branch_id: copy.ownerBranchId,
    location_branch_id: copy.locationBranchId,
    status: copy.status,
  };
}

/** The copy store of one SQL unit of work. */
export function sqlCopies(session: SqlSession, config: SqlStoreConfig): CopyStore {
  return {
    async get(id) {
      const rows = await session.all(`SELECT * FROM copies WHERE id = ?${config.lockRows ? config.dialect.lockSuffix : ''}`, [id]);
      return readerOf(session).one(rows[0], copyFromRow);
    },
    listByVolume: async (volumeId) => readerOf(session).all(await session.all('SELECT * FROM copies WHERE volume_id = ? ORDER BY id', [volumeId]), copyFromRow),
    insert: (copy) => insertRow(session, 'copies', 'copies', { id: copy.id, ...copyColumns(copy), version: copy.version }),
    update: (next, expectedVersion) => updateRow(session, config, 'copies', 'copies', next.id, copyColumns(next), next.version, expectedVersion),
  };
}
