import type { PatronId, VolumeId } from '../model/ids.js';

/**
 * One entry of a patron's favourites list (B5).
 * @category Ports
 * @example
 * const entry: FavouriteEntry = { volumeId: 't-genji/1' };
 */
export interface FavouriteEntry {
  readonly volumeId: VolumeId;
}

/**
 * Each patron's favourites list (B5): a volume appears once at most, entries keep the order in
 * which they were added.
 * @category Ports
 * @example
 * await storage.unitOfWork.run((tx) => tx.favourites.add('p-1', { volumeId: 't-genji/1' })); // true
 */
export interface FavouritesStore {
  /** The patron's entries in the order they were added; empty when none. */
  list(patronId: PatronId): Promise<FavouriteEntry[]>;

  /** Appends the entry; returns `false` and changes nothing when the volume is already listed. */
  add(patronId: PatronId, entry: FavouriteEntry): Promise<boolean>;

  /** Removes the volume's entry; returns `false` when it was not listed. */
  remove(patronId: PatronId, volumeId: VolumeId): Promise<boolean>;
}
