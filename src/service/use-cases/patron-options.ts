import type { LifecycleEvent } from '../../lifecycle/lifecycle-event.js';
import { transition } from '../../lifecycle/transition.js';
import type { Reservation } from '../../model/reservation.js';
import { checkPatronOption, checkStaffBranch } from '../../rules/staff-decisions.js';
import type { ServiceResult } from '../service-result.js';
import { eligiblePatron, patronOrStaff } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { halt, haltUnless } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existing } from '../internal/lookups.js';
import { done, refusedBy, refusedWith } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

async function changeOption(
  ctx: ServiceContext,
  actor: unknown,
  operation: string,
  reservationId: string,
  option: 'suspend' | 'notNeededAfter',
  event: LifecycleEvent,
): Promise<ServiceResult<Reservation>> {
  const who = patronOrStaff(ctx, actor, operation);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    if (who.kind === 'patron') await eligiblePatron(ctx, tx, who.patronId, at);
    const reservation = await existing(tx, 'reservation', reservationId);
    if (who.kind === 'patron' && reservation.patronId !== who.patronId) halt(refusedBy('NOT_ALLOWED'));
    if (who.kind === 'staff') haltUnless(checkStaffBranch(reservation, who.branchId));
    haltUnless(checkPatronOption(ctx.policy, option));
    const moved = transition(reservation, event, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    await tx.reservations.update(moved.reservation, reservation.version);
    return done(moved.reservation, moved.events);
  });
}

/**
 * P13: the patron (online, their own) or staff (at the pickup branch) suspend a reservation
 * until a date, or end the suspension with `until: null`. It keeps its place in the queue and
 * is passed over for trapping through `until`; from the next day it is offered copies again by
 * itself. Refused with `SUSPENSION_OFF` (P13) unless the policy's `allowSuspension`,
 * `SUSPENSION_DATE_INVALID` (P13) for a date not after today or a reservation on hold,
 * `INVALID_TRANSITION` (F1) from a final status, `NOT_ALLOWED` (P2) for another patron's,
 * `OUTSIDE_BRANCH` (P10) for staff of another branch.
 * @param ctx - the service context
 * @param actor - the patron online, or staff
 * @param input - the reservation and the last day of the suspension, or `null`
 * @returns the reservation as stored after the change
 * @category Service
 * @example
 * const r = await suspendReservation(ctx, patron, { reservationId: 'r-1', until: '2026-12-20' });
 */
export async function suspendReservation(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Reservation>> {
  const { reservationId, until } = parseInput(InputSchemas.suspension, input);
  return changeOption(ctx, actor, 'suspend a reservation', reservationId, 'suspend', { type: 'suspend', until });
}

/**
 * P14: the patron (online, their own) or staff (at the pickup branch) give the date after
 * which an unfilled reservation is not needed, or remove it with `date: null`. The expiry job
 * of the next day ends it, silently (`cancelled` by `system`, no notice). Refused with
 * `NOT_NEEDED_AFTER_OFF` (P14) unless the policy's `allowNotNeededAfter`,
 * `NOT_NEEDED_AFTER_PAST` (P14) for a date before today, `INVALID_TRANSITION` (F1) once on hold
 * or final, `NOT_ALLOWED` (P2), `OUTSIDE_BRANCH` (P10).
 * @param ctx - the service context
 * @param actor - the patron online, or staff
 * @param input - the reservation and the date, or `null`
 * @returns the reservation as stored after the change
 * @category Service
 * @example
 * const r = await setNotNeededAfter(ctx, patron, { reservationId: 'r-1', date: '2027-01-31' });
 */
export async function setNotNeededAfter(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Reservation>> {
  const { reservationId, date } = parseInput(InputSchemas.notNeededAfter, input);
  return changeOption(ctx, actor, 'set a not-needed-after date', reservationId, 'notNeededAfter', { type: 'setNotNeededAfter', date });
}
