import type { CartStore } from '../../../ports/cart-store.js';
import type { FavouritesStore } from '../../../ports/favourites-store.js';
import { clone } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { TableView } from '../table.js';
import type { SyncStore } from './sync-store.js';

interface VolumeEntry {
  readonly volumeId: string;
}

/**
 * A per-patron list in which each volume appears once, kept in the order added. A unit copies a
 * patron's list once, at its first write, and then adds to its own copy with a membership index,
 * so n additions in a unit cost O(n), not O(n²).
 */
function entryList<E extends VolumeEntry>(view: TableView<readonly E[]>, keep: (entry: E) => E) {
  const own = new Map<string, { entries: E[]; volumes: Set<string> }>();
  const mine = (patronId: string) => {
    let list = own.get(patronId);
    if (list === undefined) {
      const entries = [...(view.get(patronId) ?? [])];
      list = { entries, volumes: new Set(entries.map((e) => e.volumeId)) };
      own.set(patronId, list);
    }
    return list;
  };
  return {
    list: (patronId: string): E[] => clone([...(own.get(patronId)?.entries ?? view.get(patronId) ?? [])]),
    add: (patronId: string, entry: E): boolean => {
      const list = mine(patronId);
      if (list.volumes.has(entry.volumeId)) return false;
      list.volumes.add(entry.volumeId);
      list.entries.push(keep(entry));
      view.set(patronId, list.entries);
      return true;
    },
    remove: (patronId: string, volumeId: string): boolean => {
      const list = mine(patronId);
      if (!list.volumes.delete(volumeId)) return false;
      list.entries.splice(list.entries.findIndex((e) => e.volumeId === volumeId), 1);
      view.set(patronId, list.entries);
      return true;
    },
  };
}

/** The favourites lists of one unit of work (B5). */
export function memoryFavourites(views: MemoryViews): SyncStore<FavouritesStore> {
  return entryList(views.favourites, (e) => ({ volumeId: e.volumeId }));
}

/** The reservation carts of one unit of work (B1). */
export function memoryCart(views: MemoryViews): SyncStore<CartStore> {
  return entryList(views.carts, (e) => ({ volumeId: e.volumeId, pickupBranchId: e.pickupBranchId }));
}
