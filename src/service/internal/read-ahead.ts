import type { VolumeId } from '../../model/ids.js';
import type { Title, Volume } from '../../model/material.js';
import type { CatalogItem, CatalogPort } from '../../ports/catalog-port.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import { halt } from './halt.js';
import { failed } from './results.js';
import { existing } from './lookups.js';

/**
 * A read started now and awaited later, so that reads that do not depend on each other are in
 * flight together (on PostgreSQL they share the round trip's wait). Awaited in the order the use
 * case needs them, each fails where it is awaited, as a read made only then would; one never
 * awaited (the operation stopped before it) fails nowhere.
 * @param read - the read, already started
 * @returns the same read
 * @category Service
 * @example
 * const cart = readAhead(tx.cart.list(patronId));
 * const loans = readAhead(tx.loans.listByPatron(patronId, { open: true }));
 * const entries = await cart; // then await loans
 */
export function readAhead<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}

/**
 * {@link existingItem} started now: in one read with {@link CatalogPort.getItem} when the store
 * has it, otherwise the volume read at once and its title as soon as the volume is known. Awaited, it gives the volume and its title, or stops the operation with the same
 * `NOT_FOUND` error, the volume's before the title's.
 * @param tx - the unit's stores
 * @param volumeId - the volume's id
 * @returns the volume and its title, to await
 * @category Service
 * @example
 * const item = existingItemAhead(tx, 't-1/1');
 * const copies = readAhead(tx.copies.listByVolume('t-1/1'));
 * const { title, volume } = await item;
 */
export function existingItemAhead(tx: StoresTx, volumeId: VolumeId): Promise<{ title: Title; volume: Volume }> {
  if (tx.catalog.getItem !== undefined) return readAhead(tx.catalog.getItem(volumeId).then((item) => foundItem(item, volumeId)));
  const volume = existing(tx, 'volume', volumeId);
  return readAhead(volume.then(async (v) => ({ volume: v, title: await existing(tx, 'title', v.titleId) })));
}

/** The item {@link CatalogPort.getItem} read, or the `NOT_FOUND` that getVolume and getTitle would have given. */
function foundItem(item: CatalogItem | null, volumeId: VolumeId): { title: Title; volume: Volume } {
  if (item === null) halt(failed('NOT_FOUND', `No volume ${volumeId}`));
  if (item.title === null) halt(failed('NOT_FOUND', `No title ${item.volume.titleId}`));
  return { volume: item.volume, title: item.title };
}
