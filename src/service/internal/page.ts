import { halt } from './halt.js';
import { DEFAULT_PAGE } from './input.js';
import { failed } from './results.js';

/**
 * One page of a list in its order: at most `limit` items (default {@link DEFAULT_PAGE}) after the
 * one the cursor names, and the cursor of the next page (`null` on the last). A cursor is the id
 * of the last item given (hosts treat it as opaque). A cursor that names no item of the list (made
 * up, or an entry removed since) stops the operation with `INVALID_INPUT` on `cursor`.
 * @param all - the whole list, in its order
 * @param idOf - the id of an item
 * @param filter - the page asked for
 * @returns the page and the next cursor
 * @category Service
 * @example
 * pageOf(['a', 'b', 'c'], (x) => x, { limit: 2 }); // { items: ['a', 'b'], nextCursor: 'b' }
 */
export function pageOf<T>(all: readonly T[], idOf: (item: T) => string, filter: { limit?: number | undefined; cursor?: string | undefined } | undefined) {
  const limit = filter?.limit ?? DEFAULT_PAGE;
  let start = 0;
  if (filter?.cursor !== undefined) {
    const index = all.findIndex((item) => idOf(item) === filter.cursor);
    if (index < 0) halt(failed('INVALID_INPUT', 'Invalid input: cursor', [{ path: ['cursor'], message: 'Not a cursor of this list' }]));
    start = index + 1;
  }
  const items = all.slice(start, start + limit);
  const last = items[items.length - 1];
  const nextCursor = start + limit < all.length && last !== undefined ? idOf(last) : null;
  return { items, nextCursor };
}
