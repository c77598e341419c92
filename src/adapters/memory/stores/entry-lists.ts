import type { CartStore } from '../../../ports/cart-store.js';
import type { FavouritesStore } from '../../../ports/favourites-store.js';
import { clone } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { TableView } from '../table.js';
import type { SyncStore } from './sync-store.js';

interface VolumeEntry {
  readonly volumeId: string;
}

/** A per-patron list in which each volume appears once, kept in the order added. */
function entryList<E extends VolumeEntry>(view: TableView<readonly E[]>, keep: (entry: E) => E) {
  return {
    list: (patronId: string): E[] => clone([...(view.get(patronId) ?? [])]),
    add: (patronId: string, entry: E): boolean => {
      const entries = view.get(patronId) ?? [];
      if (entries.some((e) => e.volumeId === entry.volumeId)) return false;
      view.set(patronId, [...entries, keep(entry)]);
      return true;
    },
    remove: (patronId: string, volumeId: string): boolean => {
      const entries = view.get(patronId) ?? [];
      const kept = entries.filter((e) => e.volumeId !== volumeId);
      if (kept.length === entries.length) return false;
      view.set(patronId, kept);
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
