import type { Copy } from '../../../model/material.js';
import type { CopyStore } from '../../../ports/copy-store.js';
import { byKeys, distinct, page, sortedRows, versionedRows } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

const byId = byKeys<Copy>((c) => c.id);
const byVolume = byKeys<Copy>((c) => c.volumeId, (c) => c.id);
const byDestination = byKeys<Copy>((c) => c.locationBranchId, (c) => c.id);

/** The copy store of one unit of work. */
export function memoryCopies(views: MemoryViews): SyncStore<CopyStore> {
  const view = views.copies;
  return {
    ...versionedRows(view, 'copies'),
    listByVolume: (volumeId) => sortedRows(view.find('volume', volumeId), byId),
    listByVolumes: (volumeIds) => {
      const rows: Copy[] = [];
      for (const id of distinct(volumeIds)) view.findInto('volume', id, rows);
      return sortedRows(rows, byId);
    },
    listAt: (branchId, status, request) => page(sortedRows(view.find('location', `${branchId}\u0000${status}`), byVolume), request),
    listInTransitFrom: (branchId, request) => page(sortedRows(view.find('transitFrom', branchId), byDestination), request),
  };
}
