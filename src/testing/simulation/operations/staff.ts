import type { Copy } from '../../../model/material.js';
import type { Reservation } from '../../../model/reservation.js';
import { staffActor, type SimContext } from '../context.js';
import { afterCheckIn } from '../errands.js';
import { atCounter, type TrafficOperation } from './types.js';

async function readVolume(ctx: SimContext, volumeId: string): Promise<{ copies: Copy[]; reservations: Reservation[] }> {
  return ctx.ports.unitOfWork.run(async (tx) => ({ copies: await tx.copies.listByVolume(volumeId), reservations: await tx.reservations.listByVolume(volumeId) }));
}

function recent(ctx: SimContext, status: string, depth = 400): string | null {
  const pool = ctx.world.recentActive(depth).filter((id) => ctx.world.reservations.get(id)?.status === status);
  return pool.length === 0 ? null : ctx.random.pick(pool);
}

/** P6: staff find a copy gone from the open shelf of their library and mark it missing; some are withdrawn. */
export const copyMissing: TrafficOperation = {
  name: 'copy marked missing or withdrawn',
  exercises: ['markCopy'],
  hours: 'counter',
  weight: atCounter(0.5),
  async run(ctx) {
    const volumeId = ctx.popularity.volume(ctx.random, ctx.day.index + 400);
    const open = new Set(ctx.day.openLibraries);
    const { copies } = await readVolume(ctx, volumeId);
    const shelved = copies.filter((c) => c.status === 'onShelf' && open.has(c.locationBranchId));
    if (shelved.length === 0) return;
    const copy = ctx.random.pick(shelved);
    const mark = ctx.random.chance(0.1) ? 'withdrawn' : 'missing';
    const r = await ctx.call('markCopy', ctx.service.markCopy(staffActor(copy.locationBranchId), { copyId: copy.id, mark }));
    ctx.touched.volumes.add(volumeId);
    if (!r.ok) return;
    ctx.world.copies.set(copy.id, { status: r.value.copy.status, location: r.value.copy.locationBranchId });
    if (mark === 'missing') {
      ctx.counts.add('copiesMarkedMissing');
      ctx.world.missing.push(copy.id);
    }
  },
};

/** P6: a copy marked missing turns up at its library and is found again (trapped for a queue, or shelved). */
export const copyFound: TrafficOperation = {
  name: 'missing copy found',
  exercises: ['markCopy'],
  hours: 'counter',
  weight: (day) => atCounter(0.4)(day),
  async run(ctx) {
    const missing = ctx.world.missing;
    if (missing.length === 0) return;
    const i = ctx.random.int(missing.length);
    const copyId = missing[i]!;
    const where = ctx.world.copies.get(copyId)?.location;
    if (where === undefined || !ctx.day.openLibraries.includes(where)) return;
    const r = await ctx.call('markCopy', ctx.service.markCopy(staffActor(where), { copyId, mark: 'found' }));
    missing[i] = missing[missing.length - 1]!;
    missing.pop();
    const volumeId = ctx.library.volumeOfCopy.get(copyId);
    if (volumeId !== undefined) await ctx.readBack([volumeId]);
    if (r.ok) ctx.counts.add('copiesFound');
  },
};

/** P6: staff mark the copy of a loan long overdue; when the patron brings it back, check-in finds it. */
export const copyLongOverdue: TrafficOperation = {
  name: 'loan marked long overdue',
  exercises: ['markCopy'],
  hours: 'counter',
  weight: atCounter(0.15),
  async run(ctx) {
    const loanId = ctx.world.randomLoan(ctx.random);
    const loan = loanId === null ? undefined : ctx.world.loans.get(loanId);
    if (loan === undefined || loan.dueDate >= ctx.world.plus(ctx.day.date, -14)) return;
    const r = await ctx.call('markCopy', ctx.service.markCopy(staffActor(ctx.random.pick(ctx.day.openLibraries)), { copyId: loan.copyId, mark: 'longOverdue' }));
    const volumeId = ctx.library.volumeOfCopy.get(loan.copyId);
    if (volumeId !== undefined) ctx.touched.volumes.add(volumeId);
    if (r.ok) ctx.world.copies.set(loan.copyId, { status: r.value.copy.status, location: r.value.copy.locationBranchId });
  },
};

/** P8: between the rounds of the pull list, staff at an open library pull a copy a patron is waiting for. */
export const pullConfirmed: TrafficOperation = {
  name: 'copy pulled for a hold',
  exercises: ['staffList', 'confirmPull'],
  hours: 'counter',
  weight: atCounter(1),
  async run(ctx) {
    const branchId = ctx.random.pick(ctx.day.openLibraries);
    const list = await ctx.call('staffList', ctx.service.staffList(staffActor(branchId), { list: 'toPull', limit: 20 }));
    if (!list.ok) return;
    const lines = list.value.items.filter((l) => l.copyId !== null);
    if (lines.length === 0) return;
    const line = ctx.random.pick(lines);
    const result = await ctx.call('confirmPull', ctx.service.confirmPull(staffActor(branchId), { copyId: line.copyId! }));
    if (result.ok) ctx.counts.add('pullsConfirmed');
    afterCheckIn(ctx, result);
  },
};

/** C1, C4, P10: staff decide a pending online request by hand at its pickup library, before the batch. */
export const staffDecision: TrafficOperation = {
  name: 'request decided by staff',
  exercises: ['approveByStaff', 'rejectByStaff'],
  hours: 'counter',
  weight: atCounter(0.6),
  async run(ctx) {
    const id = recent(ctx, 'requested', 300);
    const r = id === null ? undefined : ctx.world.reservations.get(id);
    if (r === undefined || r.cancellationPending || !ctx.day.openLibraries.includes(r.pickupBranchId)) return;
    // One in ten is tried at the wrong desk, another open library: refused (P10).
    const elsewhere = ctx.day.openLibraries.filter((b) => b !== r.pickupBranchId);
    const branchId = elsewhere.length > 0 && ctx.random.chance(0.1) ? ctx.random.pick(elsewhere) : r.pickupBranchId;
    const actor = staffActor(branchId);
    const result = ctx.random.chance(0.85)
      ? await ctx.call('approveByStaff', ctx.service.approveByStaff(actor, { reservationId: r.id }), branchId)
      : await ctx.call('rejectByStaff', ctx.service.rejectByStaff(actor, { reservationId: r.id, reasons: [{ rule: 'staff', note: 'duplicate of a counter reservation' }] }), branchId);
    if (result.ok) ctx.counts.add(result.value.status === 'rejected' ? 'rejectedByStaff' : 'approvedByStaff');
    else if (result.kind === 'refused' && result.refusals.some((x) => x.code === 'OUTSIDE_BRANCH')) ctx.counts.add('refusedOutsideBranch');
    await ctx.readBack([r.volumeId]);
  },
};

/** P11: a patron phones to say they will come late; staff extend the hold by a few days (refused past the policy's maximum). */
export const holdExtended: TrafficOperation = {
  name: 'hold extended',
  exercises: ['extendHold'],
  hours: 'counter',
  weight: atCounter(0.4),
  async run(ctx) {
    const id = recent(ctx, 'onHold');
    const r = id === null ? undefined : ctx.world.reservations.get(id);
    if (r === undefined || r.lastDay === null || !ctx.day.openLibraries.includes(r.pickupBranchId)) return;
    // One to four days later: the policy allows three from the counted last day, so some are refused.
    const lastDay = ctx.world.plus(r.lastDay, 1 + ctx.random.int(4));
    const result = await ctx.call('extendHold', ctx.service.extendHold(staffActor(r.pickupBranchId), { reservationId: r.id, lastDay }));
    if (!result.ok && result.kind === 'refused' && result.refusals.some((x) => x.rule === 'P11')) ctx.counts.add('holdExtensionsRefused');
  },
};

/** P12: staff move a reservation up the queue (a copy lost in its loan, a mistake put right), with the reason. */
export const queueMove: TrafficOperation = {
  name: 'reservation moved in the queue',
  exercises: ['moveInQueue'],
  hours: 'counter',
  weight: atCounter(0.2),
  async run(ctx) {
    const id = recent(ctx, 'reserved');
    const r = id === null ? undefined : ctx.world.reservations.get(id);
    if (r === undefined) return;
    await ctx.call('moveInQueue', ctx.service.moveInQueue(staffActor(ctx.random.pick(ctx.day.openLibraries)), { reservationId: r.id, toPosition: 1, reason: 'placed wrongly at the counter' }));
    await ctx.readBack([r.volumeId]);
  },
};

/** P13, P14: a patron going away suspends a reservation for a while (or resumes it), or says when they stop needing it. */
export const patronOptions: TrafficOperation = {
  name: 'reservation suspended or given a not-needed date',
  exercises: ['suspendReservation', 'setNotNeededAfter'],
  hours: 'online',
  weight: () => 1,
  async run(ctx) {
    const id = recent(ctx, 'reserved');
    const r = id === null ? undefined : ctx.world.reservations.get(id);
    if (r === undefined) return;
    const actor = { kind: 'patron' as const, patronId: r.patronId, channel: 'online' as const };
    if (ctx.random.chance(0.5)) {
      const until = ctx.random.chance(0.2) ? null : ctx.world.plus(ctx.day.date, 7 + ctx.random.int(21));
      await ctx.call('suspendReservation', ctx.service.suspendReservation(actor, { reservationId: r.id, until }));
    } else {
      await ctx.call('setNotNeededAfter', ctx.service.setNotNeededAfter(actor, { reservationId: r.id, date: ctx.world.plus(ctx.day.date, 30 + ctx.random.int(60)) }));
    }
    ctx.touched.volumes.add(r.volumeId);
  },
};

/** Staff answer a patron's question about what happened: the history of a reservation, a copy or a patron. */
export const historyView: TrafficOperation = {
  name: 'history looked up',
  exercises: ['history'],
  hours: 'counter',
  weight: atCounter(0.5),
  async run(ctx) {
    const pool = ctx.world.recentMade(300);
    if (pool.length === 0) return;
    const r = ctx.world.reservations.get(ctx.random.pick(pool))!;
    const actor = staffActor(ctx.random.pick(ctx.day.openLibraries));
    const which = ctx.random.int(3);
    const input = which === 0 ? { reservationId: r.id } : which === 1 && r.copyId !== null ? { copyId: r.copyId } : { patronId: r.patronId };
    await ctx.call('history', ctx.service.history(actor, input));
  },
};

/** The retention job, run by the library's system now and then (refused nothing; removes nothing while retention is off). */
export const retentionRun: TrafficOperation = {
  name: 'retention job',
  exercises: ['runRetention'],
  hours: 'online',
  weight: () => 0.05,
  async run(ctx) {
    await ctx.call('runRetention', ctx.service.runRetention({ kind: 'system' }, { date: ctx.day.date, batchSize: 200 }));
  },
};
