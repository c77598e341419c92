import type { CartStore } from '../../../ports/cart-store.js';
import type { FavouritesStore } from '../../../ports/favourites-store.js';
import { cartEntryFromRow, favouriteFromRow } from '../record-rows.js';
import { readerOf } from '../row-reader.js';
import type { SqlSession, SqlValue } from '../sql-session.js';

/**
 * The statement that appends `(patron_id, volume_id, …)` at the end of the patron's list
 * (`position` one past the greatest), or does nothing when the volume is listed; its parameters
 * are the patron, the volume, the extra columns' values and the patron again.
 */
function appendSql(table: string, extraColumns: readonly string[]): string {
  const columns = ['patron_id', 'volume_id', ...extraColumns, 'position'];
  const values = ['?', '?', ...extraColumns.map(() => '?'), 'COALESCE(MAX(position), 0) + 1'];
  return `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${table} WHERE patron_id = ? ON CONFLICT (patron_id, volume_id) DO NOTHING`;
}

/** The statements of {@link appendEntry}, written once. */
const APPEND_FAVOURITE = appendSql('favourites', []);
const APPEND_CART_ENTRY = appendSql('cart_entries', ['pickup_branch_id']);

/** Runs an {@link appendSql} statement: `true` when a row was added. */
async function appendEntry(session: SqlSession, sql: string, params: SqlValue[]): Promise<boolean> {
  return (await session.run(sql, params)) > 0;
}

async function removeEntry(session: SqlSession, table: string, patronId: string, volumeId: string): Promise<boolean> {
  return (await session.run(`DELETE FROM ${table} WHERE patron_id = ? AND volume_id = ?`, [patronId, volumeId])) > 0;
}

/** The favourites lists of one SQL unit of work (B5). */
export function sqlFavourites(session: SqlSession): FavouritesStore {
  return {
    list: async (patronId) =>
      readerOf(session).all(await session.all('SELECT * FROM favourites WHERE patron_id = ? ORDER BY position, volume_id', [patronId]), favouriteFromRow),
    add: (patronId, entry) => appendEntry(session, APPEND_FAVOURITE, [patronId, entry.volumeId, patronId]),
    remove: (patronId, volumeId) => removeEntry(session, 'favourites', patronId, volumeId),
  };
}

/** The reservation carts of one SQL unit of work (B1). */
export function sqlCart(session: SqlSession): CartStore {
  return {
    list: async (patronId) =>
      readerOf(session).all(await session.all('SELECT * FROM cart_entries WHERE patron_id = ? ORDER BY position, volume_id', [patronId]), cartEntryFromRow),
    add: (patronId, entry) => appendEntry(session, APPEND_CART_ENTRY, [patronId, entry.volumeId, entry.pickupBranchId, patronId]),
    remove: (patronId, volumeId) => removeEntry(session, 'cart_entries', patronId, volumeId),
  };
}
