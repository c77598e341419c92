import type { VolumeId } from '../../../model/ids.js';
import { patronActor, type SimContext } from '../context.js';
import type { TrafficOperation } from './types.js';

function pickupFor(ctx: SimContext, patronId: string): string {
  const home = ctx.library.simPatrons[Number(patronId.slice(1)) - 1]?.homeBranchId;
  return home !== undefined && ctx.random.chance(0.8) ? home : ctx.random.pick(ctx.library.libraries);
}

async function submit(ctx: SimContext, patronId: string, volumeIds: readonly VolumeId[], fromFavourites: boolean): Promise<void> {
  if (volumeIds.length === 0) return;
  const result = await ctx.call('submitCart', ctx.service.submitCart(patronActor(patronId), { volumeIds }));
  if (!result.ok) return;
  const cart = new Map<VolumeId, string>();
  for (const outcome of result.value) {
    if (!outcome.ok) {
      ctx.counts.add('submitRefused');
      continue;
    }
    if (fromFavourites) ctx.counts.add('fromFavourites');
    cart.set(outcome.volumeId, outcome.reservationId);
  }
  const placedAt = ctx.clock.now();
  for (const [volumeId, id] of cart) {
    ctx.world.addReservation({ id, patronId, volumeId, channel: 'online', pickupBranchId: ctx.world.cartPickups.get(`${patronId} ${volumeId}`) ?? '', at: placedAt });
    ctx.world.cartPickups.delete(`${patronId} ${volumeId}`);
    ctx.touched.reservations.add(id);
  }
  for (const v of volumeIds) ctx.world.cartPickups.delete(`${patronId} ${v}`);
}

/** B1–B3: a patron puts one to three volumes in the cart (sometimes takes one out) and submits. */
export const cartRequest: TrafficOperation = {
  name: 'online request from the cart',
  exercises: ['addToCart', 'removeFromCart', 'listCart', 'cartPage', 'submitCart'],
  hours: 'online',
  weight: (day) => 30 * day.busy,
  async run(ctx) {
    const patronId = ctx.popularity.patron(ctx.random);
    const actor = patronActor(patronId);
    const n = ctx.random.chance(0.7) ? 1 : 2 + ctx.random.int(2);
    const added: VolumeId[] = [];
    for (let i = 0; i < n; i++) {
      const volumeId = ctx.popularity.volume(ctx.random, ctx.day.index);
      const pickupBranchId = pickupFor(ctx, patronId);
      const r = await ctx.call('addToCart', ctx.service.addToCart(actor, { volumeId, pickupBranchId }));
      if (r.ok) {
        ctx.counts.add('cartAdds');
        const entry = r.value.find((e) => e.volumeId === volumeId);
        ctx.world.cartPickups.set(`${patronId} ${volumeId}`, entry?.pickupBranchId ?? pickupBranchId);
        if (!added.includes(volumeId)) added.push(volumeId);
      } else ctx.counts.add('cartRefused');
    }
    if (added.length > 1 && ctx.random.chance(0.15)) {
      const dropped = added.pop()!;
      const r = await ctx.call('removeFromCart', ctx.service.removeFromCart(actor, { volumeId: dropped }));
      if (r.ok) ctx.counts.add('cartRemovals');
      ctx.world.cartPickups.delete(`${patronId} ${dropped}`);
      await ctx.call('listCart', ctx.service.listCart(actor));
      await ctx.call('cartPage', ctx.service.cartPage(actor, { limit: 2 }));
    }
    await submit(ctx, patronId, added, false);
  },
};

/** E3, B1: a patron tries to put an in-library-only volume in the cart and is refused at once. */
export const cartInLibraryOnly: TrafficOperation = {
  name: 'in-library-only volume put in the cart',
  exercises: ['addToCart'],
  hours: 'online',
  weight: () => 0.6,
  async run(ctx) {
    if (ctx.library.inLibraryOnlyVolumes.length === 0) return;
    const patronId = ctx.popularity.patron(ctx.random);
    const volumeId = ctx.random.pick(ctx.library.inLibraryOnlyVolumes);
    const r = await ctx.call('addToCart', ctx.service.addToCart(patronActor(patronId), { volumeId, pickupBranchId: pickupFor(ctx, patronId) }));
    ctx.counts.add(r.ok ? 'cartAdds' : 'cartRefused');
  },
};

/** B5: a patron adds a volume to the favourites, and sometimes removes an old one. */
export const favouriteAdd: TrafficOperation = {
  name: 'favourite added or removed',
  exercises: ['addFavourite', 'removeFavourite', 'listFavourites'],
  hours: 'online',
  weight: () => 6,
  async run(ctx) {
    const patronId = ctx.popularity.patron(ctx.random);
    const actor = patronActor(patronId);
    const list = ctx.world.favourites.get(patronId) ?? [];
    if (list.length > 0 && ctx.random.chance(0.15)) {
      const volumeId = list.shift()!;
      const r = await ctx.call('removeFavourite', ctx.service.removeFavourite(actor, { volumeId }));
      if (r.ok) ctx.counts.add('favouritesRemoved');
      return;
    }
    const volumeId = ctx.popularity.volume(ctx.random, ctx.day.index + 60);
    const r = await ctx.call('addFavourite', ctx.service.addFavourite(actor, { volumeId }));
    if (r.ok) {
      ctx.counts.add('favouritesAdded');
      if (!list.includes(volumeId)) list.push(volumeId);
      ctx.world.favourites.set(patronId, list);
    }
  },
};

/** B5 → B1: a patron moves a favourite into the cart and submits it. */
export const favouriteRequest: TrafficOperation = {
  name: 'online request from the favourites',
  exercises: ['listFavourites', 'favouritesPage', 'moveFavouriteToCart', 'submitCart'],
  hours: 'online',
  weight: () => 5,
  async run(ctx) {
    const patrons = [...ctx.world.favourites.keys()];
    if (patrons.length === 0) return;
    const patronId = ctx.random.pick(patrons);
    const actor = patronActor(patronId);
    const listed = await ctx.call('listFavourites', ctx.service.listFavourites(actor));
    await ctx.call('favouritesPage', ctx.service.favouritesPage(actor, { limit: 2 }));
    if (!listed.ok || listed.value.length === 0) return;
    const volumeId = ctx.random.pick(listed.value);
    const pickupBranchId = pickupFor(ctx, patronId);
    const moved = await ctx.call('moveFavouriteToCart', ctx.service.moveFavouriteToCart(actor, { volumeId, pickupBranchId }));
    if (!moved.ok) return;
    const list = ctx.world.favourites.get(patronId) ?? [];
    ctx.world.favourites.set(patronId, list.filter((v) => v !== volumeId));
    ctx.world.cartPickups.set(`${patronId} ${volumeId}`, pickupBranchId);
    await submit(ctx, patronId, [volumeId], true);
  },
};

/** F2, F3: a patron cancels one of their online reservations (pending until the next batch). */
export const cancelOnline: TrafficOperation = {
  name: 'online cancellation',
  exercises: ['cancelOnline'],
  hours: 'online',
  weight: () => 3,
  async run(ctx) {
    const candidates = [...ctx.world.requested].slice(-200);
    const pool = ctx.random.chance(0.5) ? candidates : [...ctx.world.activeIds()].slice(-400);
    if (pool.length === 0) return;
    const r = ctx.world.reservations.get(ctx.random.pick(pool));
    if (r === undefined || r.cancellationPending) return;
    const result = await ctx.call('cancelOnline', ctx.service.cancelOnline(patronActor(r.patronId), { reservationId: r.id }));
    if (result.ok) ctx.counts.add('onlineCancellations');
  },
};

/** F5: a patron tries to change the pickup branch online and is told to contact the library. */
export const changeOnline: TrafficOperation = {
  name: 'online change refused',
  exercises: ['changeOnline'],
  hours: 'online',
  weight: () => 0.4,
  async run(ctx) {
    const pool = [...ctx.world.activeIds()].slice(-300);
    if (pool.length === 0) return;
    const r = ctx.world.reservations.get(ctx.random.pick(pool));
    if (r === undefined) return;
    const result = await ctx.call('changeOnline', ctx.service.changeOnline(patronActor(r.patronId), { reservationId: r.id, pickupBranchId: ctx.random.pick(ctx.library.libraries) }));
    if (!result.ok && result.kind === 'refused') ctx.counts.add('onlineChangesRefused');
  },
};

/** G1–G4, F1: a patron looks at their reservations and loans; a hold they see is one they come for. */
export const statusView: TrafficOperation = {
  name: 'status pages viewed',
  exercises: ['listReservations', 'loanStatusPage'],
  hours: 'online',
  weight: () => 3,
  async run(ctx) {
    const patronId = ctx.popularity.patron(ctx.random);
    const actor = patronActor(patronId);
    const list = await ctx.call('listReservations', ctx.service.listReservations(actor));
    const page = await ctx.call('loanStatusPage', ctx.service.loanStatusPage(actor));
    if (list.ok || page.ok) ctx.counts.add('statusViews');
    if (!list.ok) return;
    for (const view of list.value.reservations) {
      if (view.status === 'onHold' && view.lastDay !== null && !ctx.world.expected.has(view.reservationId)) {
        ctx.world.expected.add(view.reservationId);
        ctx.world.scheduleCollection(view.reservationId, ctx.day.date < view.lastDay ? ctx.day.date : view.lastDay);
      }
    }
  },
};

/** G4: a patron renews a loan online; refused while someone waits. */
export const renewal: TrafficOperation = {
  name: 'renewal',
  exercises: ['renewLoan'],
  hours: 'online',
  weight: () => 5,
  async run(ctx) {
    const loanId = ctx.world.randomLoan(ctx.random);
    const loan = loanId === null ? undefined : ctx.world.loans.get(loanId);
    if (loan === undefined || loan.renewals > 0) return;
    const result = await ctx.call('renewLoan', ctx.service.renewLoan(patronActor(loan.patronId), { loanId: loan.id }));
    if (result.ok) {
      ctx.counts.add('renewals');
      loan.renewals = result.value.renewals;
      loan.dueDate = result.value.dueDate;
      loan.returnOn = ctx.world.returnDate(ctx.random, result.value.dueDate);
      ctx.world.scheduleReturn(loan.id, loan.returnOn);
    } else if (result.kind === 'refused') {
      if (result.refusals.some((r) => r.rule === 'G4')) ctx.counts.add('renewalsRefused');
      else ctx.counts.add('renewalsRefused');
    }
  },
};

/** D5: a patron changes what the hold notice may show. */
export const noticePrivacy: TrafficOperation = {
  name: 'notice privacy changed',
  exercises: ['setNoticePrivacy'],
  hours: 'online',
  weight: () => 0.6,
  async run(ctx) {
    const patronId = ctx.popularity.patron(ctx.random);
    const r = await ctx.call('setNoticePrivacy', ctx.service.setNoticePrivacy(patronActor(patronId), { showName: ctx.random.chance(0.5), showTitle: ctx.random.chance(0.7) }));
    if (r.ok) ctx.counts.add('privacyChanges');
  },
};

/** A2: a patron changes their e-mail address in My Library (confirmed by the host, or not yet). */
export const emailChange: TrafficOperation = {
  name: 'e-mail address changed',
  exercises: ['changeEmail'],
  hours: 'online',
  weight: () => 0.6,
  async run(ctx) {
    const patronId = ctx.popularity.patron(ctx.random);
    const r = await ctx.call('changeEmail', ctx.service.changeEmail(patronActor(patronId), { email: `${patronId}.${ctx.day.index}@example.jp`, confirmed: ctx.random.chance(0.8) }));
    if (r.ok) ctx.counts.add('emailChanges');
  },
};
