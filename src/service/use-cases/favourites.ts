import type { VolumeId } from '../../model/ids.js';
import type { CartEntry } from '../../ports/cart-store.js';
import type { FavouritesPage } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import { eligiblePatron, onlinePatron } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { halt } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existing } from '../internal/lookups.js';
import { done, refusedBy } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';
import { pageOf } from '../internal/page.js';
import { addEntryToCart } from './cart.js';

/**
 * B5: adds a volume to the patron's favourites. Refused with `ALREADY_IN_FAVOURITES` (B5) when
 * it is listed already; an unknown volume is `NOT_FOUND`.
 * @param ctx - the service context
 * @param actor - the patron, online
 * @param input - the volume
 * @returns the favourites after the change
 * @category Service
 * @example
 * await addFavourite(ctx, patron, { volumeId: 't-1/1' }); // { ok: true, value: ['t-1/1'], events: [] }
 */
export async function addFavourite(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<readonly VolumeId[]>> {
  const patronId = onlinePatron(actor, 'add a favourite');
  const { volumeId } = parseInput(InputSchemas.volume, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    await existing(tx, 'volume', volumeId);
    if (!(await tx.favourites.add(patronId, { volumeId }))) halt(refusedBy('ALREADY_IN_FAVOURITES'));
    return done((await tx.favourites.list(patronId)).map((e) => e.volumeId));
  });
}

/**
 * B5: removes a volume from the favourites; refused with `NOT_IN_CART` (B1: not in the cart or
 * favourites) when it is not listed.
 * @param ctx - the service context
 * @param actor - the patron, online
 * @param input - the volume
 * @returns the favourites after the change
 * @category Service
 * @example
 * await removeFavourite(ctx, patron, { volumeId: 't-1/1' }); // { ok: true, value: [], events: [] }
 */
export async function removeFavourite(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<readonly VolumeId[]>> {
  const patronId = onlinePatron(actor, 'remove a favourite');
  const { volumeId } = parseInput(InputSchemas.volume, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    if (!(await tx.favourites.remove(patronId, volumeId))) halt(refusedBy('NOT_IN_CART'));
    return done((await tx.favourites.list(patronId)).map((e) => e.volumeId));
  });
}

/**
 * B5: the patron's favourites, in the order added.
 * @param ctx - the service context
 * @param actor - the patron, online
 * @returns the volume ids
 * @category Service
 * @example
 * await listFavourites(ctx, patron); // { ok: true, value: ['t-1/1'], events: [] }
 */
export async function listFavourites(ctx: ServiceContext, actor: unknown): Promise<ServiceResult<readonly VolumeId[]>> {
  const patronId = onlinePatron(actor, 'list favourites');
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    return done((await tx.favourites.list(patronId)).map((e) => e.volumeId));
  });
}

/**
 * B5: one page of the patron's favourites, in the order added, paginated as
 * {@link listReservations}: `limit` (default 100, at most 500) and `cursor` (the previous page's
 * `nextCursor`; one that names no entry, such as a volume removed since, is `INVALID_INPUT`).
 * @param ctx - the service context
 * @param actor - the patron, online
 * @param input - `limit` and `cursor`, optional
 * @returns the page
 * @category Service
 * @example
 * await favouritesPage(ctx, patron, { limit: 20 }); // { ok: true, value: { volumeIds: ['t-1/1'], nextCursor: null }, events: [] }
 */
export async function favouritesPage(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<FavouritesPage>> {
  const patronId = onlinePatron(actor, 'list favourites');
  const filter = parseInput(InputSchemas.page, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    const { items, nextCursor } = pageOf(await tx.favourites.list(patronId), (e) => e.volumeId, filter);
    return done<FavouritesPage>({ volumeIds: items.map((e) => e.volumeId), nextCursor });
  });
}

/**
 * B5 → B1: moves a favourite into the cart with a pickup branch. The entry is checked as
 * {@link addToCart} checks it; it leaves the favourites once it is in the cart (a move).
 * Refused with `NOT_IN_CART` (B1) when the volume is not a favourite.
 * @param ctx - the service context
 * @param actor - the patron, online
 * @param input - the volume and its pickup branch
 * @returns the cart after the move
 * @category Service
 * @example
 * await moveFavouriteToCart(ctx, patron, { volumeId: 't-1/1', pickupBranchId: 'akeno' });
 */
export async function moveFavouriteToCart(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<readonly CartEntry[]>> {
  const patronId = onlinePatron(actor, 'move a favourite to the cart');
  const entry = parseInput(InputSchemas.cartEntry, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    if (!(await tx.favourites.remove(patronId, entry.volumeId))) halt(refusedBy('NOT_IN_CART'));
    return done(await addEntryToCart(ctx, tx, patronId, entry));
  });
}
