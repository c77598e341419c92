import { transition } from '../../lifecycle/transition.js';
import { planQueueMove } from '../../jobs/queue-reorder.js';
import { queueOf } from '../../jobs/queue-order.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { Reservation } from '../../model/reservation.js';
import { checkHoldExtension, checkStaffBranch } from '../../rules/staff-decisions.js';
import type { ServiceResult } from '../service-result.js';
import { staffBranch } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { offerShelvedCopies } from '../internal/copy-placement.js';
import { halt, haltUnless } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existing } from '../internal/lookups.js';
import { done, refusedWith } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

/**
 * C1, C2, P10: staff approve a pending request by hand, at its pickup branch, without waiting
 * for the next morning's batch. The request joins the queue at that instant (C2), and a copy
 * standing on a shelf is offered to the grown queue at once, as after the batch. Staff decide:
 * the batch's checks (A1, A3, E4) are not run again; the quota was counted when the request was
 * placed (E1). Refused with `OUTSIDE_BRANCH` (P10) at another branch, `CANCELLATION_PENDING`
 * (F2) when the patron asked to cancel, `INVALID_TRANSITION` (F1) when it is not `requested`.
 * @param ctx - the service context
 * @param actor - staff at the pickup branch
 * @param input - the reservation
 * @returns the reservation as stored after the approval
 * @category Service
 * @example
 * const r = await approveByStaff(ctx, { kind: 'staff', branchId: 'akeno', staffId: 's-1' }, { reservationId: 'r-1' });
 * if (r.ok) r.value.status; // 'reserved' (or 'onHold' when a copy stood on the shelf)
 */
export async function approveByStaff(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Reservation>> {
  const branch = staffBranch(ctx, actor, 'approve a request');
  const { reservationId } = parseInput(InputSchemas.reservation, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const reservation = await existing(tx, 'reservation', reservationId);
    haltUnless(checkStaffBranch(reservation, branch.id));
    const moved = transition(reservation, { type: 'approve' }, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    await tx.reservations.update(moved.reservation, reservation.version);
    const events: DomainEvent[] = [...moved.events];
    events.push(...(await offerShelvedCopies(ctx, tx, reservation.volumeId, at)).events);
    return done(await existing(tx, 'reservation', reservationId), events);
  });
}

/**
 * C4, P10: staff reject a pending request (予約拒否) at its pickup branch, with reasons: rule
 * IDs, or `staff` with a note (for staff; the patron's list shows a fixed text for it). The
 * patron's list shows the reasons in Japanese and English. Refused with `OUTSIDE_BRANCH` (P10)
 * at another branch, `REJECTION_REASON_REQUIRED` (P10) without a reason or with a `staff`
 * reason without a note, `INVALID_TRANSITION` (F1) when it is not `requested`.
 * @param ctx - the service context
 * @param actor - staff at the pickup branch
 * @param input - the reservation and the reasons
 * @returns the rejected reservation
 * @category Service
 * @example
 * const r = await rejectByStaff(ctx, staff, { reservationId: 'r-1', reasons: [{ rule: 'staff', note: 'withdrawn from stock' }] });
 * if (r.ok) r.value.status; // 'rejected'
 */
export async function rejectByStaff(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Reservation>> {
  const branch = staffBranch(ctx, actor, 'reject a request');
  const { reservationId, reasons } = parseInput(InputSchemas.rejection, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const reservation = await existing(tx, 'reservation', reservationId);
    haltUnless(checkStaffBranch(reservation, branch.id));
    const moved = transition(reservation, { type: 'reject', reasons }, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    await tx.reservations.update(moved.reservation, reservation.version);
    return done(moved.reservation, moved.events);
  });
}

/**
 * P11: staff extend a hold's last day (取置延長) at its pickup branch, up to the policy's
 * maximum. Refused with `OUTSIDE_BRANCH` (P10), `HOLD_EXTENSION_OFF` (P11) when the policy
 * allows none (the default), `HOLD_EXTENSION_LIMIT` (P11) past the maximum or not later than
 * the current last day, `INVALID_TRANSITION` (F1) when it is not on hold.
 * @param ctx - the service context
 * @param actor - staff at the pickup branch
 * @param input - the reservation and the new last day
 * @returns the hold with its new last day
 * @category Service
 * @example
 * const r = await extendHold(ctx, staff, { reservationId: 'r-1', lastDay: '2026-12-20' });
 * if (r.ok && r.value.status === 'onHold') r.value.lastDay; // '2026-12-20'
 */
export async function extendHold(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Reservation>> {
  const branch = staffBranch(ctx, actor, 'extend a hold');
  const { reservationId, lastDay } = parseInput(InputSchemas.holdExtension, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const reservation = await existing(tx, 'reservation', reservationId);
    haltUnless(checkStaffBranch(reservation, branch.id));
    if (reservation.status === 'onHold') haltUnless(checkHoldExtension(ctx.policy, reservation, lastDay));
    const moved = transition(reservation, { type: 'extendHold', lastDay }, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    await tx.reservations.update(moved.reservation, reservation.version);
    return done(moved.reservation, moved.events);
  });
}

/**
 * P12: staff move a reservation to a place in its volume's queue, with a reason that is stored
 * with the `queueReordered` event (and the staff member's id, in the history). The move is
 * written as new `queuedAt` values ({@link planQueueMove}); reservations nudged to keep the
 * order keep their places. Refused with `OUTSIDE_BRANCH` (P10) unless the actor's branch is the
 * reservation's pickup branch, `REORDER_REASON_REQUIRED` (P12) without a reason, `NOT_IN_QUEUE`
 * (P12) when it has no place in the queue or the place is outside it.
 * @param ctx - the service context
 * @param actor - staff at the pickup branch
 * @param input - the reservation, its new place (1 for the head), and the reason
 * @returns the moved reservation
 * @category Service
 * @example
 * const r = await moveInQueue(ctx, staff, { reservationId: 'r-3', toPosition: 1, reason: 'lost copy replaced for this patron' });
 */
export async function moveInQueue(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Reservation>> {
  const branch = staffBranch(ctx, actor, 'reorder a queue');
  const { reservationId, toPosition, reason } = parseInput(InputSchemas.queueMove, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const reservation = await existing(tx, 'reservation', reservationId);
    haltUnless(checkStaffBranch(reservation, branch.id));
    if (reason.trim() === '') halt(refusedWith([{ code: 'REORDER_REASON_REQUIRED', rule: 'P12' }]));
    const queue = queueOf(await tx.reservations.listByVolume(reservation.volumeId), reservation.volumeId);
    const plan = planQueueMove(queue, reservationId, toPosition);
    if (!plan.ok) halt(refusedWith([plan.refusal]));
    const events: DomainEvent[] = [];
    let result: Reservation = reservation;
    for (const write of plan.writes) {
      const r = write.reservation;
      if (r.id === reservationId) {
        const moved = transition(r, { type: 'reorder', queuedAt: write.queuedAt, fromPosition: plan.fromPosition, toPosition: plan.toPosition, reason }, { at });
        if (!moved.ok) halt(refusedWith([moved.refusal]));
        await tx.reservations.update(moved.reservation, r.version);
        events.push(...moved.events);
        result = moved.reservation;
      } else {
        await tx.reservations.update({ ...r, version: r.version + 1, queuedAt: write.queuedAt }, r.version);
      }
    }
    return done(result, events);
  });
}
