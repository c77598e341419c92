import type { BranchId, CopyId, VolumeId } from '../model/ids.js';
import type { Copy, CopyStatus } from '../model/material.js';
import type { PageRequest } from './page.js';

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

  /**
   * Every copy of any of the volumes, whatever its status, in `id` order:
   * {@link CopyStore.listByVolume} for many volumes in one read (one statement on SQL). Unknown
   * and repeated ids add nothing; an empty list reads nothing.
   * @example
   * const copies = await tx.copies.listByVolumes(['t-1/1', 't-2/1']);
   * const ofT1 = copies.filter((c) => c.volumeId === 't-1/1'); // as listByVolume('t-1/1')
   */
  listByVolumes(volumeIds: readonly VolumeId[]): Promise<Copy[]>;

  /**
   * A page of the copies whose `locationBranchId` is the branch and whose status is `status`,
   * in `volumeId` then `id` order (P8): the copies to pull at a branch (`awaitingPull`), or
   * those in transit to it (`inTransit`).
   */
  listAt(branchId: BranchId, status: CopyStatus, page: PageRequest): Promise<Copy[]>;

  /** A page of the `inTransit` copies that left the branch (`transitFromBranchId`), in `locationBranchId` then `id` order (P8). */
  listInTransitFrom(branchId: BranchId, page: PageRequest): Promise<Copy[]>;

  /** Stores a new copy as given; throws `VERSION_CONFLICT` (`expected: null`) when the id exists. */
  insert(copy: Copy): Promise<void>;

  /**
   * Replaces the stored copy when its version is `expectedVersion` and
   * `next.version === expectedVersion + 1`; otherwise throws `VERSION_CONFLICT`, or `NOT_FOUND`.
   */
  update(next: Copy, expectedVersion: number): Promise<void>;
}
