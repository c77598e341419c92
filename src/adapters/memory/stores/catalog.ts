import type { Volume } from '../../../model/material.js';
import type { CatalogPort } from '../../../ports/catalog-port.js';
import { byKeys, copyOrNull, sortedCopies } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

const byId = byKeys<Volume>((v) => v.id);

/** The catalogue of one unit of work. */
export function memoryCatalog(views: MemoryViews): SyncStore<CatalogPort> {
  return {
    getTitle: (id) => copyOrNull(views.titles.get(id)),
    getVolume: (id) => copyOrNull(views.volumes.get(id)),
    listVolumes: (titleId) => sortedCopies(views.volumes.find('title', titleId), byId),
  };
}
