import { combineVerdicts } from '../../errors/refusal.js';
import type { PatronId } from '../../model/ids.js';
import type { CartEntry } from '../../ports/cart-store.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import { checkPickupBranch } from '../../rules/pickup.js';
import { checkLendable, checkReservable } from '../../rules/reservability.js';
import type { CartPage } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import { eligiblePatron, onlinePatron } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { halt, haltUnless } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existingItemAhead, readAhead } from '../internal/read-ahead.js';
import { quickCartEntry } from '../internal/quick-input.js';
import { done, refusedBy } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';
import { pageOf } from '../internal/page.js';

/**
 * Checks a cart entry (B1: the item is reservable, E2 and E3; the pickup branch is one, B4 and
 * E5; every refusal at once) and adds it, inside the caller's unit; stops the operation
 * otherwise, with `ALREADY_IN_CART` (B1) for a volume already in the cart.
 * @param ctx - the service context
 * @param tx - the unit's stores
 * @param patronId - whose cart
 * @param entry - the volume and pickup branch
 * @returns the cart after the addition
 * @category Service
 * @example
 * const cart = await addEntryToCart(ctx, tx, 'p-1', { volumeId: 't-1/1', pickupBranchId: 'akeno' });
 */
export async function addEntryToCart(ctx: ServiceContext, tx: StoresTx, patronId: PatronId, entry: CartEntry): Promise<CartEntry[]> {
  // The three reads are independent: in flight together, awaited in the order the checks need them.
  const item = existingItemAhead(tx, entry.volumeId);
  const copies = readAhead(tx.copies.listByVolume(entry.volumeId));
  const cart = readAhead(tx.cart.list(patronId));
  haltUnless(
    combineVerdicts([
      checkReservable(await item, ctx.policy),
      checkLendable(await copies),
      checkPickupBranch(ctx.policy, entry.pickupBranchId),
    ]),
  );
  const inCart = await cart;
  if (inCart.length >= ctx.policy.maxCartEntries && !inCart.some((e) => e.volumeId === entry.volumeId))
    halt(refusedBy('CART_FULL', { limit: ctx.policy.maxCartEntries }));
  const added: CartEntry = { volumeId: entry.volumeId, pickupBranchId: entry.pickupBranchId };
  if (!(await tx.cart.add(patronId, added))) halt(refusedBy('ALREADY_IN_CART'));
  // The store appends (B1: entries keep the order added), and the patron's row is this unit's:
  // the cart is the one read above with the entry at its end, without reading it again.
  return [...inCart, added];
}

/**
 * B1: adds an entry to the cart. A set record (E2), in-library-only material (E3), a branch
 * that is no pickup library (B4) or the museum (E5) is refused at once with every rule that
 * applies; an unknown volume is `NOT_FOUND`. The quota (E1) is checked at submission.
 * @param ctx - the service context
 * @param actor - the patron, online
 * @param input - the volume and pickup branch
 * @returns the cart after the addition
 * @category Service
 * @example
 * await addToCart(ctx, patron, { volumeId: 't-1/1', pickupBranchId: 'museum' });
 * // { ok: false, kind: 'refused', refusals: [{ code: 'MUSEUM_NOT_PICKUP', rule: 'E5', params: { branchId: 'museum' } }] }
 */
export async function addToCart(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<readonly CartEntry[]>> {
  const patronId = onlinePatron(actor, 'add to the cart');
  const entry = quickCartEntry(input) ?? parseInput(InputSchemas.cartEntry, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    return done(await addEntryToCart(ctx, tx, patronId, entry));
  });
}

/**
 * B1: removes a volume's entry from the cart; refused with `NOT_IN_CART` (B1) when absent.
 * @param ctx - the service context
 * @param actor - the patron, online
 * @param input - the volume
 * @returns the cart after the removal
 * @category Service
 * @example
 * await removeFromCart(ctx, patron, { volumeId: 't-1/1' }); // { ok: true, value: [], events: [] }
 */
export async function removeFromCart(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<readonly CartEntry[]>> {
  const patronId = onlinePatron(actor, 'remove from the cart');
  const { volumeId } = parseInput(InputSchemas.volume, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    if (!(await tx.cart.remove(patronId, volumeId))) halt(refusedBy('NOT_IN_CART'));
    return done(await tx.cart.list(patronId));
  });
}

/**
 * B1: the patron's cart, in the order added.
 * @param ctx - the service context
 * @param actor - the patron, online
 * @returns the entries
 * @category Service
 * @example
 * await listCart(ctx, patron); // { ok: true, value: [{ volumeId: 't-1/1', pickupBranchId: 'akeno' }], events: [] }
 */
export async function listCart(ctx: ServiceContext, actor: unknown): Promise<ServiceResult<readonly CartEntry[]>> {
  const patronId = onlinePatron(actor, 'list the cart');
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    return done(await tx.cart.list(patronId));
  });
}

/**
 * B1: one page of the patron's cart, in the order added, paginated as {@link listReservations}:
 * `limit` (default 100, at most 500) and `cursor` (the previous page's `nextCursor`, the volume of
 * its last entry; one that names no entry, such as a volume removed since, is `INVALID_INPUT`).
 * @param ctx - the service context
 * @param actor - the patron, online
 * @param input - `limit` and `cursor`, optional
 * @returns the page
 * @category Service
 * @example
 * await cartPage(ctx, patron, { limit: 20 }); // { ok: true, value: { entries: [{ volumeId: 't-1/1', pickupBranchId: 'akeno' }], nextCursor: null }, events: [] }
 */
export async function cartPage(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<CartPage>> {
  const patronId = onlinePatron(actor, 'list the cart');
  const filter = parseInput(InputSchemas.page, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    const { items, nextCursor } = pageOf(await tx.cart.list(patronId), (e) => e.volumeId, filter);
    return done<CartPage>({ entries: items, nextCursor });
  });
}
