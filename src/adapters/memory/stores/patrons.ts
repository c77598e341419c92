import type { PatronStore } from '../../../ports/patron-store.js';
import { recordNotFound, versionConflict } from '../../../ports/store-errors.js';
import { distinct, rowOrNull, stored } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

/** The patron store of one unit of work. */
export function memoryPatrons(views: MemoryViews): SyncStore<PatronStore> {
  const view = views.patrons;
  return {
    get: (id) => rowOrNull(view.get(id)?.patron),
    getVersioned: (id) => rowOrNull(view.get(id)),
    getMany: (ids) =>
      distinct(ids)
        .sort()
        .flatMap((id) => {
          const found = view.get(id);
          return found === undefined ? [] : [found.patron];
        }),
    update: (next, expectedVersion) => {
      const current = view.get(next.id);
      if (current === undefined) throw recordNotFound('patrons', next.id);
      if (current.version !== expectedVersion) throw versionConflict('patrons', next.id, expectedVersion, current.version);
      view.set(next.id, stored({ patron: next, version: expectedVersion + 1 }));
    },
  };
}
