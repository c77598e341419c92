import type { BranchId, PatronId, VolumeId } from '../model/ids.js';

/**
 * One entry of a patron's reservation cart (B1): a volume and the pickup branch chosen for it (B4).
 * @category Ports
 * @example
 * const entry: CartEntry = { volumeId: 't-genji/1', pickupBranchId: 'akeno' };
 */
export interface CartEntry {
  readonly volumeId: VolumeId;
  readonly pickupBranchId: BranchId;
}

/**
 * Each patron's reservation cart (B1): a volume appears once at most, whatever its pickup branch;
 * entries keep the order in which they were added. To change an entry's pickup branch, remove it
 * and add it again. Checking that an entry may be added is the service's job.
 * @category Ports
 * @example
 * await storage.unitOfWork.run((tx) => tx.cart.add('p-1', { volumeId: 't-genji/1', pickupBranchId: 'akeno' })); // true
 */
export interface CartStore {
  /** The patron's entries in the order they were added; empty when none. */
  list(patronId: PatronId): Promise<CartEntry[]>;

  /** Appends the entry; returns `false` and changes nothing when the volume is already in the cart. */
  add(patronId: PatronId, entry: CartEntry): Promise<boolean>;

  /** Removes the volume's entry; returns `false` when it was not in the cart. */
  remove(patronId: PatronId, volumeId: VolumeId): Promise<boolean>;
}
