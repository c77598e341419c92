import type { CartStore } from '../../../ports/cart-store.js';
import type { FavouritesStore } from '../../../ports/favourites-store.js';
import { cartEntryFromRow, favouriteFromRow } from '../record-rows.js';
import { readerOf } from '../row-reader.js';
import type { SqlSession } from '../sql-session.js';

/**
 * Appends `(patron_id, volume_id, …)` at the end of the patron's list (`position` one past the
 * greatest), or does nothing when the volume is listed: `true` when a row was added.
 */
async function appendEntry(session: SqlSession, table: string, extra: Readonly<Record<string, string>>, patronId: string, volumeId: string): Promise<boolean> {
  const columns = ['patron_id', 'volume_id', ...Object.keys(extra), 'position'];
  const values = ['?', '?', ...Object.keys(extra).map(() => '?'), 'COALESCE(MAX(position), 0) + 1'];
  const added = await session.run(
    `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${table} WHERE patron_id = ? ` +
      'ON CONFLICT (patron_id, volume_id) DO NOTHING',
    [patronId, volumeId, ...Object.values(extra), patronId],
  );
  return added > 0;
}

async function removeEntry(session: SqlSession, table: string, patronId: string, volumeId: string): Promise<boolean> {
  return (await session.run(`DELETE FROM ${table} WHERE patron_id = ? AND volume_id = ?`, [patronId, volumeId])) > 0;
}

/** The favourites lists of one SQL unit of work (B5). */
export function sqlFavourites(session: SqlSession): FavouritesStore {
  return {
    list: async (patronId) =>
      readerOf(session).all(await session.all('SELECT * FROM favourites WHERE patron_id = ? ORDER BY position, volume_id', [patronId]), favouriteFromRow),
    add: (patronId, entry) => appendEntry(session, 'favourites', {}, patronId, entry.volumeId),
    remove: (patronId, volumeId) => removeEntry(session, 'favourites', patronId, volumeId),
  };
}

/** The reservation carts of one SQL unit of work (B1). */
export function sqlCart(session: SqlSession): CartStore {
  return {
    list: async (patronId) =>
      readerOf(session).all(await session.all('SELECT * FROM cart_entries WHERE patron_id = ? ORDER BY position, volume_id', [patronId]), cartEntryFromRow),
    add: (patronId, entry) => appendEntry(session, 'cart_entries', { pickup_branch_id: entry.pickupBranchId }, patronId, entry.volumeId),
    remove: (patronId, volumeId) => removeEntry(session, 'cart_entries', patronId, volumeId),
  };
}
