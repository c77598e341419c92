import type { Title, Volume } from '../../../model/material.js';
import type { CatalogPort } from '../../../ports/catalog-port.js';
import { byKeys, distinct, rowOrNull, sortedRows } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import { memoryCatalogItem } from './catalog-item.js';
import type { SyncStore } from './sync-store.js';

const byId = byKeys<Volume>((v) => v.id);
const titleById = byKeys<Title>((t) => t.id);

/** The rows of the ids that exist, once each. */
function present<T>(ids: readonly string[], get: (id: string) => T | undefined): T[] {
  const out: T[] = [];
  for (const id of distinct(ids)) {
    const row = get(id);
    if (row !== undefined) out.push(row);
  }
  return out;
}

/** The catalogue of one unit of work. */
export function memoryCatalog(views: MemoryViews): SyncStore<CatalogPort> {
  return {
    getTitle: (id) => rowOrNull(views.titles.get(id)),
    getVolume: (id) => rowOrNull(views.volumes.get(id)),
    getTitles: (ids) => sortedRows(present(ids, (id) => views.titles.get(id)), titleById),
    getItem: (id) => memoryCatalogItem(views, id),
    getVolumes: (ids) => sortedRows(present(ids, (id) => views.volumes.get(id)), byId),
    listVolumes: (titleId) => sortedRows(views.volumes.find('title', titleId), byId),
  };
}
