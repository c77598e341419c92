import type { TitleId, VolumeId } from '../model/ids.js';
import type { Title, Volume } from '../model/material.js';

/**
 * The catalogue, read only: the library never writes titles or volumes through the service.
 * Adapters fill it their own way (the memory adapter's `seed`, a host's catalogue tables).
 * @category Ports
 * @example
 * const volumes = await storage.unitOfWork.run((tx) => tx.catalog.listVolumes('t-genji'));
 */
export interface CatalogPort {
  /** The title with this id, or `null` when there is none. */
  getTitle(id: TitleId): Promise<Title | null>;

  /** The volume with this id, or `null` when there is none. */
  getVolume(id: VolumeId): Promise<Volume | null>;

  /**
   * The titles with these ids that exist, in `id` order; unknown and repeated ids add nothing, an
   * empty list reads nothing (one statement on SQL).
   * @example
   * const titles = await tx.catalog.getTitles(['t-2', 't-1']); // t-1, t-2
   */
  getTitles(ids: readonly TitleId[]): Promise<Title[]>;

  /**
   * The volumes with these ids that exist, in `id` order; unknown and repeated ids add nothing, an
   * empty list reads nothing (one statement on SQL).
   * @example
   * const volumes = await tx.catalog.getVolumes(['t-1/2', 't-1/1']); // t-1/1, t-1/2
   */
  getVolumes(ids: readonly VolumeId[]): Promise<Volume[]>;

  /** Every volume of the title, set records included, in `id` order; empty for an unknown title. */
  listVolumes(titleId: TitleId): Promise<Volume[]>;
}
