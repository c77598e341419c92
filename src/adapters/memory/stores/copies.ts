import type { Copy } from '../../../model/material.js';
import type { CopyStore } from '../../../ports/copy-store.js';
import { byKeys, sortedCopies, versionedRows } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

const byId = byKeys<Copy>((c) => c.id);

/** The copy store of one unit of work. */
export function memoryCopies(views: MemoryViews): SyncStore<CopyStore> {
  const view = views.copies;
  return {
    ...versionedRows(view, 'copies'),
    listByVolume: (volumeId) => sortedCopies(view.find('volume', volumeId), byId),
  };
}
