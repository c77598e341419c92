import type { Copy } from '../../../model/material.js';
import type { CopyStore } from '../../../ports/copy-store.js';
import { byKeys, clone, insertVersioned, sortedCopies, updateVersioned } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

const byId = byKeys<Copy>((c) => c.id);

/** The copy store of one unit of work. */
export function memoryCopies(views: MemoryViews): SyncStore<CopyStore> {
  const view = views.copies;
  return {
    get: (id) => {
      const row = view.get(id);
      return row === undefined ? null : clone(row);
    },
    listByVolume: (volumeId) => sortedCopies(view.find('volume', volumeId), byId),
    insert: (copy) => insertVersioned(view, 'copies', copy),
    update: (next, expectedVersion) => updateVersioned(view, 'copies', next, expectedVersion),
  };
}
