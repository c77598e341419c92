import { holdLastDay } from '../../../calendar/hold-last-day.js';
import { japanDateOf } from '../../../calendar/japan-date.js';
import { addDays } from '../../../calendar/local-date.js';
import { nextOpenDay } from '../../../calendar/open-days.js';
import { FINAL_STATUSES, type Reservation } from '../../../model/reservation.js';
import { finding, type SimulationInvariant } from './types.js';

/** No patron is above the online quota (E1), nor its audiovisual sub-quota. */
export const onlineQuota: SimulationInvariant = {
  name: 'online-quota',
  rules: ['E1'],
  description: 'No patron has more active online reservations than maxOnline, nor more audiovisual ones than maxOnlineAudiovisual.',
  check({ observation, policy }) {
    const f = finding();
    for (const [patronId, active] of observation?.patrons ?? []) {
      const counted = active.filter((r) => r.channel === 'online' || policy.quotaCountsCounterReservations);
      const av = counted.filter((r) => r.audiovisual).length;
      if (counted.length > policy.maxOnline) f.fail(`patron ${patronId} has ${counted.length} active online reservations (maxOnline ${policy.maxOnline}): ${counted.map((r) => r.id).join(', ')}`);
      else if (av > policy.maxOnlineAudiovisual) f.fail(`patron ${patronId} has ${av} active audiovisual online reservations (maxOnlineAudiovisual ${policy.maxOnlineAudiovisual})`);
      else f.ok();
    }
    return f.done();
  },
};

function decidedOn(r: Reservation): string | null {
  if (r.status === 'reserved' || r.status === 'onHold') return r.queuedAt;
  if (r.status === 'rejected') return r.rejectedAt;
  return null;
}

/**
 * No online reservation is approved (or rejected) before the next open day after it was made
 * (C1), unless staff at its pickup branch decided it by hand (P10), which they may do at once.
 */
export const approvalAfterNextOpenDay: SimulationInvariant = {
  name: 'approval-after-next-open-day',
  rules: ['C1', 'P10'],
  description:
    'No online request is approved or rejected before the first open day of its pickup branch after the day it was made, unless staff at its pickup branch decided it by hand (P10), not before it was made.',
  check({ observation, journal, policy }) {
    const f = finding();
    const seen = journal.decisionsChecked;
    const judge = (id: string, placedAt: string, decidedAt: string, pickup: string): void => {
      const earliest = nextOpenDay(policy, pickup, japanDateOf(placedAt));
      const on = japanDateOf(decidedAt);
      if (on >= earliest) f.ok();
      else f.fail(`reservation ${id} requested on ${japanDateOf(placedAt)} was decided on ${on}, before ${earliest}, the next open day of ${pickup}`);
    };
    for (const d of journal.decisions) {
      if (d.channel !== 'online') continue;
      seen.add(d.reservationId);
      if (d.staffBranchId === null) judge(d.reservationId, d.placedAt, d.decidedAt, d.pickupBranchId);
      else if (d.staffBranchId !== d.pickupBranchId) f.fail(`reservation ${d.reservationId} (pickup ${d.pickupBranchId}) was decided by staff at ${d.staffBranchId} (P10)`);
      else if (d.decidedAt < d.placedAt) f.fail(`reservation ${d.reservationId} was decided by staff at ${d.decidedAt}, before it was requested at ${d.placedAt}`);
      else f.ok();
    }
    for (const r of observation?.reservations.values() ?? []) {
      const decided = decidedOn(r);
      if (r.channel !== 'online' || decided === null || seen.has(r.id)) continue;
      seen.add(r.id);
      judge(r.id, r.placedAt, decided, r.pickupBranchId);
    }
    return f.done();
  },
};

/** A walk-in was never refused a copy that only requested (unapproved) reservations wanted (C2, C3). */
export const walkInPriority: SimulationInvariant = {
  name: 'walk-in-priority',
  rules: ['C2', 'C3'],
  description: 'A walk-in is never refused a copy on the shelf that only requested (not yet approved) reservations want.',
  check({ journal }) {
    const f = finding();
    for (const a of journal.walkIns) {
      if (a.ok || a.copyBefore === null || a.copyBefore.status !== 'onShelf' || a.copyBefore.locationBranchId !== a.branchId) {
        f.ok();
        continue;
      }
      const queued = a.reservationsBefore.some((r) => r.status === 'reserved' && r.cancellationRequestedAt === undefined);
      if (queued) f.ok();
      else {
        const requested = a.reservationsBefore.filter((r) => r.status === 'requested').map((r) => r.id);
        f.fail(`walk-in ${a.patronId} was refused copy ${a.copyId} at ${a.branchId} (${a.codes.join(', ')}) though only ${requested.length === 0 ? 'nobody' : `requests ${requested.join(', ')}`} wanted it`);
      }
    }
    return f.done();
  },
};

/**
 * Every hold's last day is its notice date plus the policy's days (D2), or, for a hold staff
 * extended (P11), later than that by at most the policy's `maxHoldExtensionDays`.
 */
export const holdLastDayInvariant: SimulationInvariant = {
  name: 'hold-last-day',
  rules: ['D2', 'D4', 'P11'],
  description:
    "Every hold's last day is its notice date plus the policy's hold days (holdLastDay); a hold staff extended ends later, by at most maxHoldExtensionDays (P11).",
  check({ observation, journal, policy }) {
    const f = finding();
    for (const r of observation?.reservations.values() ?? []) {
      if (r.status !== 'onHold') continue;
      const expected = holdLastDay(policy, r.pickupBranchId, r.noticeDate);
      if (r.lastDay === expected) f.ok();
      else if (!journal.extendedHolds.has(r.id)) f.fail(`hold ${r.id} noticed on ${r.noticeDate} at ${r.pickupBranchId} ends on ${r.lastDay}, not ${expected}`);
      else {
        const latest = addDays(expected, policy.maxHoldExtensionDays);
        if (r.lastDay > expected && r.lastDay <= latest) f.ok();
        else f.fail(`extended hold ${r.id} noticed on ${r.noticeDate} at ${r.pickupBranchId} ends on ${r.lastDay}, outside ${expected} to ${latest} (P11)`);
      }
    }
    return f.done();
  },
};

/** No notice went out for a reservation that was not on hold. */
export const noticeOnlyForHolds: SimulationInvariant = {
  name: 'notice-only-for-holds',
  rules: ['D1', 'D3'],
  description: 'Every hold notice sent is for a reservation that is, or was, on hold with the last day the notice gives (or a later one, when staff extended the hold after the notice, P11).',
  check({ observation, journal }) {
    const f = finding();
    for (const n of journal.notices) {
      if (n.kind !== 'holdNotice') continue;
      const r = n.reservationId === null ? undefined : observation?.reservations.get(n.reservationId);
      if (r === undefined) {
        f.fail(`notice ${n.noticeId} went out for ${n.reservationId ?? 'no reservation'}, which the store does not have`);
        continue;
      }
      const wasHeld = r.status === 'onHold' || r.status === 'collected' || r.status === 'lapsed' || (r.status === 'cancelled' && r.cancelledFrom === 'onHold');
      const lastDay = r.status === 'onHold' || r.status === 'lapsed' ? r.lastDay : null;
      if (!wasHeld) f.fail(`notice ${n.noticeId} went out for reservation ${r.id}, which is ${r.status}${r.status === 'cancelled' ? ` from ${r.cancelledFrom}` : ''}, never on hold`);
      else if (lastDay !== null && n.lastDay !== null && lastDay !== n.lastDay && !(journal.extendedHolds.has(r.id) && n.lastDay < lastDay)) f.fail(`notice ${n.noticeId} gives ${n.lastDay} as the last day of ${r.id}, which ends on ${lastDay}`);
      else f.ok();
    }
    return f.done();
  },
};

/** A lapsed hold's copy went to the next in the queue or off the hold shelf (D3). */
export const lapsedCopyPassedOn: SimulationInvariant = {
  name: 'lapsed-copy-passed-on',
  rules: ['D3'],
  description: "After the expiry job, a lapsed hold's copy is on hold for the next in the queue, in transit, or off the hold shelf.",
  check({ journal }) {
    const f = finding();
    for (const l of journal.lapses) {
      const view = l.after;
      const copy = view?.copies.find((c) => c.id === l.copyId);
      if (view === null || copy === undefined) {
        f.fail(`copy ${l.copyId} of lapsed hold ${l.reservationId} is not in the store`);
        continue;
      }
      const holder = view.active.find((r) => r.status === 'onHold' && r.copyId === l.copyId);
      if (copy.status !== 'onHoldShelf') f.ok();
      else if (holder !== undefined && holder.id !== l.reservationId) f.ok();
      else f.fail(`copy ${l.copyId} of lapsed hold ${l.reservationId} stays on the hold shelf at ${copy.locationBranchId}${holder ? ', still held for it' : ' for nobody'}`);
    }
    return f.done();
  },
};

/** The morning batch ran once per day (C1). */
export const batchOncePerDay: SimulationInvariant = {
  name: 'batch-once-per-day',
  rules: ['C1'],
  description: 'The approval batch is claimed exactly once for each day it is run, however many servers run it, and its run is recorded.',
  check({ observation, journal }) {
    const f = finding();
    for (const call of journal.batchCalls) {
      if (!call.claimed) {
        f.ok();
        continue;
      }
      const runs = (journal.claimedDates.get(call.date) ?? 0) + 1;
      journal.claimedDates.set(call.date, runs);
      if (runs === 1) f.ok();
      else f.fail(`the approval batch of ${call.date} ran ${runs} times (again on server ${call.server})`);
    }
    if (observation !== null && observation.step === null) {
      for (const day of journal.batchDays) {
        const run = observation.approvalRun;
        if ((journal.claimedDates.get(day) ?? 0) === 0) f.fail(`the approval batch of ${day} never ran`);
        else if (run === null || run.finishedAt === null) f.fail(`the approval batch of ${day} has ${run === null ? 'no recorded run' : 'a run that never finished'}`);
        else f.ok();
      }
      journal.batchDays = [];
    }
    return f.done();
  },
};

/** Every final status stayed final (F1). */
export const finalStaysFinal: SimulationInvariant = {
  name: 'final-stays-final',
  rules: ['F1'],
  description: 'A reservation seen rejected, collected, lapsed or cancelled never changes status again.',
  check({ observation, journal }) {
    const f = finding();
    for (const t of journal.transitions) {
      const was = journal.finalSeen.get(t.reservationId);
      if (t.from !== null && FINAL_STATUSES.includes(t.from)) f.fail(`reservation ${t.reservationId} went from ${t.from}, a final status, to ${t.to}`);
      else if (was !== undefined) f.fail(`reservation ${t.reservationId}, seen ${was}, went from ${t.from ?? 'nothing'} to ${t.to}`);
      else f.ok();
      if (FINAL_STATUSES.includes(t.to) && was === undefined) journal.finalSeen.set(t.reservationId, t.to);
    }
    for (const r of observation?.reservations.values() ?? []) {
      const was = journal.finalSeen.get(r.id);
      if (was !== undefined && was !== r.status) f.fail(`reservation ${r.id} was ${was}, a final status, and is now ${r.status}`);
      else f.ok();
      if (was === undefined && FINAL_STATUSES.includes(r.status)) journal.finalSeen.set(r.id, r.status);
    }
    return f.done();
  },
};

/** Every service operation answered with a result or a refusal: no error, nothing thrown. */
export const operationsAnswer: SimulationInvariant = {
  name: 'operations-answer',
  rules: [],
  description: 'Every operation of the traffic answered with a result or a business refusal, never an error or an exception.',
  check({ journal }) {
    return { checks: journal.calls, violations: journal.errors };
  },
};
