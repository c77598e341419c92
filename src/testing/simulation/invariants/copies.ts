import type { OnHoldReservation, Reservation } from '../../../model/reservation.js';
import { finding, type SimulationInvariant } from './types.js';

function holds(active: readonly Reservation[]): OnHoldReservation[] {
  return active.filter((r): r is OnHoldReservation => r.status === 'onHold');
}

/** A copy is in exactly one place: on loan with one open loan, or on one hold shelf for one hold, or on a shelf, or in transit. */
export const copyInOnePlace: SimulationInvariant = {
  name: 'copy-in-one-place',
  rules: ['D1'],
  description: 'A copy is in exactly one place: on loan (one open loan), on a hold shelf (one hold), on a shelf, or in transit.',
  check({ observation }) {
    const f = finding();
    for (const view of observation?.volumes.values() ?? []) {
      const held = holds(view.active);
      for (const copy of view.copies) {
        const loan = view.openLoans.get(copy.id);
        const its = held.filter((r) => r.copyId === copy.id);
        const places: string[] = [];
        if (loan) places.push(`on loan (${loan.id})`);
        for (const r of its) places.push(`held for ${r.id}`);
        const loanOk = loan === undefined ? copy.status !== 'onLoan' : copy.status === 'onLoan' || copy.status === 'longOverdue';
        const holdOk = its.length === 0 ? copy.status !== 'onHoldShelf' : its.length === 1 && copy.status === 'onHoldShelf';
        if (loanOk && holdOk && places.length <= 1) f.ok();
        else f.fail(`copy ${copy.id} is ${copy.status} at ${copy.locationBranchId} and ${places.length === 0 ? 'has no loan or hold' : places.join(' and ')}`);
      }
    }
    return f.done();
  },
};

/** A hold's copy is on the hold shelf of its pickup branch. */
export const holdOnPickupShelf: SimulationInvariant = {
  name: 'hold-on-pickup-shelf',
  rules: ['B4', 'D1'],
  description: "A hold's copy is on the hold shelf of the hold's pickup branch.",
  check({ observation }) {
    const f = finding();
    for (const view of observation?.volumes.values() ?? []) {
      for (const r of holds(view.active)) {
        const copy = view.copies.find((c) => c.id === r.copyId);
        if (copy !== undefined && copy.status === 'onHoldShelf' && copy.locationBranchId === r.pickupBranchId) f.ok();
        else
          f.fail(
            `hold ${r.id} (pickup ${r.pickupBranchId}) has copy ${r.copyId} ${copy === undefined ? 'not among its volume’s copies' : `${copy.status} at ${copy.locationBranchId}`}`,
          );
      }
    }
    return f.done();
  },
};

/** A copy in transit travels to a named branch that can receive it, for a named reason. */
export const transitHasDestinationAndReason: SimulationInvariant = {
  name: 'transit-has-destination-and-reason',
  rules: ['D1', 'E5'],
  description: 'A copy in transit travels to a named library for a named reason: a reservation waiting there, or its home.',
  check({ observation, journal, libraries }) {
    const f = finding();
    for (const view of observation?.volumes.values() ?? []) {
      for (const copy of view.copies) {
        if (copy.status !== 'inTransit') continue;
        const to = copy.locationBranchId;
        const known = journal.transitReasons.get(copy.id);
        const waiting = view.active.find((r) => (r.status === 'reserved' || r.status === 'onHold') && r.pickupBranchId === to);
        const reason =
          known !== undefined && known.to === to
            ? known.reason
            : waiting !== undefined
              ? `reservation ${waiting.id}`
              : to === copy.ownerBranchId
                ? 'home'
                : null;
        const receivable = libraries.has(to) || to === copy.ownerBranchId;
        if (reason !== null && receivable) {
          journal.transitReasons.set(copy.id, { to, reason });
          f.ok();
        } else f.fail(`copy ${copy.id} is in transit to ${to || '(no branch)'} ${receivable ? 'for no reason: nobody waits there and it is not its home' : 'which cannot receive it'}`);
      }
    }
    return f.done();
  },
};

/** A museum copy never sits on a hold shelf of the museum (E5). */
export const museumNoHoldShelf: SimulationInvariant = {
  name: 'museum-no-hold-shelf',
  rules: ['E5'],
  description: 'No copy sits on a hold shelf of the museum, and no hold is to be collected there.',
  check({ observation, museums }) {
    const f = finding();
    for (const view of observation?.volumes.values() ?? []) {
      for (const copy of view.copies) {
        if (copy.status !== 'onHoldShelf') continue;
        if (museums.has(copy.locationBranchId)) f.fail(`copy ${copy.id} (owner ${copy.ownerBranchId}) is on the hold shelf of the museum ${copy.locationBranchId}`);
        else f.ok();
      }
      for (const r of holds(view.active)) {
        if (museums.has(r.pickupBranchId)) f.fail(`hold ${r.id} is to be collected at the museum ${r.pickupBranchId}`);
        else f.ok();
      }
    }
    return f.done();
  },
};
