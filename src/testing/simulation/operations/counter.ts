import type { Copy } from '../../../model/material.js';
import type { Reservation } from '../../../model/reservation.js';
import { staffActor, type SimContext } from '../context.js';
import type { SimPatron } from '../library.js';
import { atCounter, type TrafficOperation } from './types.js';

/** C2: staff place a reservation at the counter of an open library; it joins the queue at once. */
export const counterReservation: TrafficOperation = {
  name: 'counter reservation',
  exercises: ['placeCounterReservation'],
  hours: 'counter',
  weight: (day) => atCounter(9)(day) * day.busy,
  async run(ctx) {
    const branchId = ctx.random.pick(ctx.day.openLibraries);
    const patronId = ctx.popularity.patron(ctx.random);
    const volumeId = ctx.popularity.volume(ctx.random, ctx.day.index);
    const r = await ctx.call('placeCounterReservation', ctx.service.placeCounterReservation(staffActor(branchId), { patronId, volumeId, pickupBranchId: branchId }));
    if (!r.ok) return;
    ctx.world.addReservation({ id: r.value.id, patronId, volumeId, channel: 'counter', pickupBranchId: branchId, at: r.value.placedAt });
    await ctx.readBack([volumeId]);
  },
};

async function readVolume(ctx: SimContext, volumeId: string): Promise<{ copies: Copy[]; reservations: Reservation[] }> {
  return ctx.ports.unitOfWork.run(async (tx) => ({ copies: await tx.copies.listByVolume(volumeId), reservations: await tx.reservations.listByVolume(volumeId) }));
}

async function walkIn(ctx: SimContext, volumeId: string, exceptPatron: string | null): Promise<void> {
  const open = new Set(ctx.day.openLibraries);
  const before = await readVolume(ctx, volumeId);
  const shelved = before.copies.filter((c) => c.status === 'onShelf' && open.has(c.locationBranchId));
  if (shelved.length === 0) return;
  const copy = ctx.random.pick(shelved);
  let patronId = ctx.popularity.patron(ctx.random);
  if (patronId === exceptPatron) patronId = ctx.library.simPatrons[(Number(patronId.slice(1)) % ctx.library.simPatrons.length)]!.id;
  const result = await ctx.call('checkoutWalkIn', ctx.service.checkoutWalkIn(staffActor(copy.locationBranchId), { patronId, copyId: copy.id }));
  ctx.journal.walkIns.push({
    day: ctx.day.date,
    copyId: copy.id,
    patronId,
    branchId: copy.locationBranchId,
    copyBefore: copy,
    reservationsBefore: before.reservations,
    ok: result.ok,
    codes: result.ok ? [] : result.kind === 'refused' ? result.refusals.map((r) => r.code) : [result.code],
  });
  ctx.touched.volumes.add(volumeId);
  if (result.ok) {
    ctx.counts.add('walkInLoans');
    ctx.world.addLoan(result.value, ctx.world.returnDate(ctx.random, result.value.dueDate));
  } else ctx.counts.add('walkInsRefused');
}

/** C3: a walk-in borrows a copy on the shelf that an online request (not yet approved) waits for. */
export const walkInRequested: TrafficOperation = {
  name: 'walk-in loan of a requested copy',
  exercises: ['checkoutWalkIn'],
  hours: 'counter',
  weight: atCounter(5),
  async run(ctx) {
    const pool = [...ctx.world.requested];
    if (pool.length === 0) return;
    const r = ctx.world.reservations.get(ctx.random.pick(pool));
    if (r !== undefined) await walkIn(ctx, r.volumeId, r.patronId);
  },
};

/** C2: a walk-in borrows a copy from the shelf (refused when a queue waits for its volume). */
export const walkInAny: TrafficOperation = {
  name: 'walk-in loan',
  exercises: ['checkoutWalkIn'],
  hours: 'counter',
  weight: (day) => atCounter(5)(day) * day.busy,
  async run(ctx) {
    await walkIn(ctx, ctx.popularity.volume(ctx.random, ctx.day.index + 200), null);
  },
};

/** F3, F4: staff cancel a reservation at the patron's request (a counter one, or a hold). */
export const staffCancel: TrafficOperation = {
  name: 'staff cancellation',
  exercises: ['cancelByStaff'],
  hours: 'counter',
  weight: atCounter(1.5),
  async run(ctx) {
    const pool = ctx.world.recentActive(500);
    if (pool.length === 0) return;
    const r = ctx.world.reservations.get(ctx.random.pick(pool));
    if (r === undefined || (r.channel !== 'counter' && r.status !== 'onHold')) return;
    const branchId = ctx.random.pick(ctx.day.openLibraries);
    const result = await ctx.call('cancelByStaff', ctx.service.cancelByStaff(staffActor(branchId), { reservationId: r.id, note: 'patron asked' }));
    if (!result.ok) return;
    ctx.counts.add('staffCancellations');
    if (result.value.status === 'cancelled' && result.value.cancelledFrom === 'onHold') await ctx.readBack([r.volumeId]);
  },
};

/** F5: staff change the pickup library of a reservation in the queue. */
export const changePickup: TrafficOperation = {
  name: 'pickup changed by staff',
  exercises: ['changePickupByStaff'],
  hours: 'counter',
  weight: atCounter(0.6),
  async run(ctx) {
    const pool = ctx.world.recentActive(500);
    if (pool.length === 0) return;
    const r = ctx.world.reservations.get(ctx.random.pick(pool));
    if (r === undefined || r.status !== 'reserved') return;
    const to = ctx.random.pick(ctx.library.libraries);
    if (to === r.pickupBranchId) return;
    const result = await ctx.call('changePickupByStaff', ctx.service.changePickupByStaff(staffActor(ctx.random.pick(ctx.day.openLibraries)), { reservationId: r.id, pickupBranchId: to }));
    if (result.ok) ctx.counts.add('pickupChanges');
  },
};

/** A3: staff judge a patron unreachable by e-mail; the mark is cleared some days later (A2). */
export const markUnreachable: TrafficOperation = {
  name: 'patron marked unreachable',
  exercises: ['setUnreachable'],
  hours: 'counter',
  weight: atCounter(0.25),
  async run(ctx) {
    const patronId = ctx.popularity.patron(ctx.random);
    if (ctx.world.unreachableUntil.has(patronId)) return;
    const branchId = ctx.random.pick(ctx.day.openLibraries);
    const r = await ctx.call('setUnreachable', ctx.service.setUnreachable(staffActor(branchId), { patronId, unreachable: true }));
    if (!r.ok) return;
    ctx.counts.add('markedUnreachable');
    ctx.world.unreachableUntil.set(patronId, ctx.world.plus(ctx.day.date, 5 + ctx.random.int(25)));
  },
};

/** A1: staff register a patron for the internet service. */
export const registration: TrafficOperation = {
  name: 'internet registration',
  exercises: ['setInternetRegistration'],
  hours: 'counter',
  weight: atCounter(0.8),
  async run(ctx) {
    // The first 50 patrons not yet registered, in the library's order (no need to look further).
    const candidates: SimPatron[] = [];
    for (const p of ctx.library.simPatrons) {
      if (candidates.length === 50) break;
      if (!p.registered && !ctx.world.registered.has(p.id)) candidates.push(p);
    }
    if (candidates.length === 0) return;
    const patron = ctx.random.pick(candidates);
    const r = await ctx.call(
      'setInternetRegistration',
      ctx.service.setInternetRegistration(staffActor(ctx.random.pick(ctx.day.openLibraries)), { patronId: patron.id, registered: true, email: `${patron.id}@example.jp` }),
    );
    if (r.ok) {
      ctx.counts.add('registrations');
      ctx.world.registered.add(patron.id);
    }
  },
};

const STAFF_LISTS = ['toPull', 'holdShelf', 'expiredHolds', 'inTransitTo', 'inTransitFrom', 'hopeless'] as const;

/** P8: staff at an open library look at one of their lists (to pull, the hold shelf, in transit…). */
export const staffListView: TrafficOperation = {
  name: 'staff list viewed',
  exercises: ['staffList'],
  hours: 'counter',
  weight: atCounter(1),
  async run(ctx) {
    const branchId = ctx.random.pick(ctx.day.openLibraries);
    const r = await ctx.call('staffList', ctx.service.staffList(staffActor(branchId), { list: ctx.random.pick(STAFF_LISTS), limit: 50 }));
    if (r.ok) ctx.counts.add('staffListViews');
  },
};
