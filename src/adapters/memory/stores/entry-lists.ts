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
 * patron's list once, at its first write, and then adds to its own copy (the array it wrote to
 * its view) with a membership index, so n additions in a unit cost O(n), not O(n²). The store
 * keeps nothing of a unit's own: its copies are the view's writes, emptied when the unit ends,
 * so one store serves every unit.
 */
function entryList<E extends VolumeEntry>(view: TableView<readonly E[]>, keep: (entry: E) => E) {
  /** The membership index of each list a unit copied to write. */
  const volumesOf = new WeakMap<readonly E[], Set<string>>();
  const mine = (patronId: string): { entries: E[]; volumes: Set<string> } => {
    const written = view.ownWrite(patronId) as E[] | undefined;
    const volumes = written === undefined ? undefined : volumesOf.get(written);
    if (written !== undefined && volumes !== undefined) return { entries: written, volumes };
    const entries = [...(view.get(patronId) ?? [])];
    const index = new Set(entries.map((e) => e.volumeId));
    volumesOf.set(entries, index);
    return { entries, volumes: index };
  };
  return {
    list: (patronId: string): E[] => clone([...(view.get(patronId) ?? [])]),
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
