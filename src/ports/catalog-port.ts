import type { TitleId, VolumeId } from '../model/ids.js';
import type { Title, Volume } from '../model/material.js';

/**
 * A volume with its title, as {@link CatalogPort.getItem} reads them (`title` is `null` when the
 * volume's title is missing).
 * @category Ports
 * @example
 * const item: CatalogItem = { volume: { id: 't-1/1', titleId: 't-1' }, title: { id: 't-1', name: '源氏物語', category: 'book', audiovisual: false } };
 */
export interface CatalogItem {
  readonly volume: Volume;
  readonly title: Title | null;
}

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

  /**
   * Optional: the volume with this id and its title, in one read (one statement, one round trip
   * on PostgreSQL), or `null` when there is no such volume; `title` is `null` when the volume's
   * title is missing. The same records as {@link CatalogPort.getVolume}, then
   * {@link CatalogPort.getTitle} of its `titleId`, which the service reads on a store without it.
   * @example
   * const item = await tx.catalog.getItem?.('t-1/1'); // { volume: { id: 't-1/1', titleId: 't-1' }, title: { id: 't-1', … } }
   */
  getItem?(id: VolumeId): Promise<CatalogItem | null>;

  /** Every volume of the title, set records included, in `id` order; empty for an unknown title. */
  listVolumes(titleId: TitleId): Promise<Volume[]>;
}
