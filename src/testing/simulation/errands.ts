import type { CopyId } from '../../model/ids.js';
import type { Copy } from '../../model/material.js';
import type { CheckInOutcome } from '../../service/reservation-service.js';
import type { ServiceResult } from '../../service/service-result.js';
import { patronActor, staffActor, type SimContext } from './context.js';
import type { CourierErrand } from './world.js';

/** Notes what a check-in did: a transit sets out with its reason, a copy shelved away from home waits for the courier. */
export function afterCheckIn(ctx: SimContext, result: ServiceResult<CheckInOutcome>): void {
  if (!result.ok) return;
  const outcome = result.value;
  const copy = outcome.copy;
  ctx.world.copies.set(copy.id, { status: copy.status, location: copy.locationBranchId });
  ctx.touched.volumes.add(copy.volumeId);
  if (outcome.kind === 'transit') {
    ctx.counts.add('transits');
    ctx.journal.transitReasons.set(copy.id, { to: copy.locationBranchId, reason: `reservation ${outcome.reservationId}` });
    ctx.world.scheduleCourier(ctx.world.plus(ctx.day.date, 1), { copyId: copy.id, to: copy.locationBranchId, kind: 'arrival' });
  } else if (outcome.kind === 'shelve' && copy.locationBranchId !== copy.ownerBranchId) {
    ctx.world.scheduleCourier(ctx.world.plus(ctx.day.date, 1 + ctx.random.int(2)), { copyId: copy.id, to: copy.ownerBranchId, kind: 'home' });
  }
}

/** D1: the loans due back today (and any left from earlier days) come back, at the library where they were lent or at another open one. */
export async function returnLoans(ctx: SimContext, share: number, part: number): Promise<void> {
  if (part === 0) ctx.world.returningToday = ctx.day.openLibraries.length === 0 ? [] : ctx.world.takeDue(ctx.world.returnsOn, ctx.day.date);
  const open = ctx.day.openLibraries;
  for (const [i, loanId] of ctx.world.returningToday.entries()) {
    if (i % share !== part) continue;
    const loan = ctx.world.loans.get(loanId);
    if (loan === undefined || loan.returnOn > ctx.day.date) continue;
    const owner = ctx.library.ownerOfCopy.get(loan.copyId);
    const branchId = owner !== undefined && open.includes(owner) && ctx.random.chance(0.7) ? owner : ctx.random.pick(open);
    const result = await ctx.call('checkIn', ctx.service.checkIn(staffActor(branchId), { copyId: loan.copyId }));
    if (result.ok) {
      ctx.counts.add('returns');
      ctx.world.closeLoan(loanId);
    }
    afterCheckIn(ctx, result);
  }
}

/** D2: patrons who know of their hold come to collect it on the day they chose (or the next open one), if the library is open. */
export async function collectHolds(ctx: SimContext, share: number, part: number): Promise<void> {
  if (part === 0) ctx.world.collectingToday = ctx.world.takeDue(ctx.world.collectionsOn, ctx.day.date);
  for (const [i, id] of ctx.world.collectingToday.entries()) {
    if (i % share !== part) continue;
    const r = ctx.world.reservations.get(id);
    if (r === undefined || r.status !== 'onHold') continue;
    if (!ctx.day.openLibraries.includes(r.pickupBranchId)) {
      if (r.lastDay !== null && r.lastDay > ctx.day.date) ctx.world.scheduleCollection(id, ctx.world.plus(ctx.day.date, 1));
      continue;
    }
    const result = await ctx.call('collectHold', ctx.service.collectHold(staffActor(r.pickupBranchId), { reservationId: id }));
    if (result.ok) ctx.world.addLoan(result.value, ctx.world.returnDate(ctx.random, result.value.dueDate));
  }
}

async function readCopies(ctx: SimContext, ids: readonly CopyId[]): Promise<Map<CopyId, Copy>> {
  return ctx.ports.unitOfWork.run(async (tx) => {
    const out = new Map<CopyId, Copy>();
    for (const id of ids) {
      const c = await tx.copies.get(id);
      if (c !== null) out.set(id, c);
    }
    return out;
  });
}

/** The courier: copies in transit arrive and are checked in (D1), copies shelved away from home go back (E5). */
export async function runCouriers(ctx: SimContext): Promise<void> {
  const errands = ctx.world.takeDue(ctx.world.couriersOn, ctx.day.date);
  for (const e of errands) ctx.world.scheduledCopies.delete(e.copyId);
  const copies = await readCopies(ctx, errands.map((e) => e.copyId));
  const open = new Set([...ctx.day.openLibraries, ...ctx.day.openMuseums]);
  const later: CourierErrand[] = [];
  for (const errand of errands) {
    const copy = copies.get(errand.copyId);
    if (copy === undefined) continue;
    const stillDue =
      errand.kind === 'arrival'
        ? copy.status === 'inTransit' && copy.locationBranchId === errand.to
        : copy.status === 'onShelf' && copy.locationBranchId !== copy.ownerBranchId;
    if (!stillDue) continue;
    if (!open.has(errand.to)) {
      later.push(errand);
      continue;
    }
    const result = await ctx.call('checkIn', ctx.service.checkIn(staffActor(errand.to), { copyId: copy.id }));
    if (result.ok && (errand.kind === 'home' || errand.to === copy.ownerBranchId)) ctx.counts.add('returnedHome');
    afterCheckIn(ctx, result);
  }
  for (const e of later) ctx.world.scheduleCourier(ctx.world.plus(ctx.day.date, 1), e);
}

/** A2, A3: marks set some days ago are cleared: the patron confirms a new address, or staff clear it. */
export async function clearUnreachable(ctx: SimContext): Promise<void> {
  for (const [patronId, until] of [...ctx.world.unreachableUntil]) {
    if (until > ctx.day.date) continue;
    const byPatron = await ctx.call('changeEmail', ctx.service.changeEmail(patronActor(patronId), { email: `${patronId}.new@example.jp`, confirmed: true }));
    if (!byPatron.ok && ctx.day.openLibraries.length > 0) {
      const byStaff = await ctx.call('setUnreachable', ctx.service.setUnreachable(staffActor(ctx.random.pick(ctx.day.openLibraries)), { patronId, unreachable: false }));
      if (!byStaff.ok) continue;
    } else if (!byPatron.ok) continue;
    ctx.world.unreachableUntil.delete(patronId);
    ctx.counts.add('unreachableCleared');
  }
}

/**
 * P8: staff at each open library and museum work through their pull list: every copy on it is
 * pulled, and goes on the hold shelf or in transit (a museum copy always travels, E5).
 */
export async function workPullLists(ctx: SimContext): Promise<void> {
  for (const branchId of [...ctx.day.openLibraries, ...ctx.day.openMuseums]) {
    const actor = staffActor(branchId);
    const list = await ctx.call('staffList', ctx.service.staffList(actor, { list: 'toPull', limit: 100 }));
    if (!list.ok) continue;
    for (const line of list.value.items) {
      if (line.copyId === null) continue;
      const result = await ctx.call('confirmPull', ctx.service.confirmPull(actor, { copyId: line.copyId }));
      if (result.ok) ctx.counts.add('pullsConfirmed');
      afterCheckIn(ctx, result);
    }
  }
}
