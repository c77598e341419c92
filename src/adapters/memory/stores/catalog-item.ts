import type { CatalogItem } from '../../../ports/catalog-port.js';
import { rowOrNull } from '../rows.js';
import type { MemoryViews } from '../tables.js';

/** `CatalogPort.getItem` on the memory tables: the volume and its title, as getVolume and getTitle give them. */
export function memoryCatalogItem(views: MemoryViews, id: string): CatalogItem | null {
  const volume = rowOrNull(views.volumes.get(id));
  return volume === null ? null : { volume, title: rowOrNull(views.titles.get(volume.titleId)) };
}
