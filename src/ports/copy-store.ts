import type { CopyId, VolumeId } from '../model/ids.js';
import type { Copy } from '../model/material.js';

/**
 * Where physical copies live, with their status and version. Same habits as
 * {@link ReservationStore}: Promises, fresh copies, compare-and-set writes, no deletes.
 * @category Ports
 * @example
 * await storage.unitOfWork.run(async (tx) => {
 *   const copy = await tx.copies.get('c-1');
 *   if (copy?.status === 'onShelf') {
 *     await tx.copies.update({ ...copy, status: 'onHoldShelf', version: copy.version + 1 }, copy.version);
 *   }
 * });
 */
export interface CopyStore {
  /** The copy with this id, or `null` when there is none. */
  get(id: CopyId): Promise<Copy | null>;

  /** Every copy of the volume, whatever its status, in `id` order. */
  listByVolume(volumeId: VolumeId): Promise<Copy[]>;

  /** Stores a new copy as given; throws `VERSION_CONFLICT` (`expected: null`) when the id exists. */
  insert(copy: Copy): Promise<void>;

  /**
   * Replaces the stored copy when its version is `expectedVersion` and
   * `next.version === expectedVersion + 1`; otherwise throws `VERSION_CONFLICT`, or `NOT_FOUND`.
   */
  update(next: Copy, expectedVersion: number): Promise<void>;
}
