import { transition } from '../../lifecycle/transition.js';
import type { Reservation } from '../../model/reservation.js';
import { checkOnlineChange, checkStaffPickupChange } from '../../rules/change.js';
import type { ServiceResult } from '../service-result.js';
import { eligiblePatron, onlinePatron, staffBranch } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { halt, haltUnless } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existing } from '../internal/lookups.js';
import { done, refusedBy, refusedWith } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

/**
 * F5: a patron's online change of a reservation is always refused: `ONLINE_CHANGE_NOT_ALLOWED`
 * (F5: cancel and reserve again while requested, or contact the library), or `NOT_ALLOWED` (P2)
 * for another patron's ({@link checkOnlineChange}). Nothing is ever written.
 * @param ctx - the service context
 * @param actor - the patron, online
 * @param input - the reservation and the wished pickup branch
 * @returns a refusal
 * @category Service
 * @example
 * await changeOnline(ctx, patron, { reservationId: 'r-1', pickupBranchId: 'mukawa' });
 * // { ok: false, kind: 'refused', refusals: [{ code: 'ONLINE_CHANGE_NOT_ALLOWED', rule: 'F5' }] }
 */
export async function changeOnline(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Reservation>> {
  const patronId = onlinePatron(actor, 'change a reservation online');
  const { reservationId } = parseInput(InputSchemas.pickupChange, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    haltUnless(checkOnlineChange(await existing(tx, 'reservation', reservationId), patronId));
    return halt(refusedBy('ONLINE_CHANGE_NOT_ALLOWED'));
  });
}

/**
 * F5: staff change the pickup branch of a `reserved` reservation. A `requested` one is refused
 * with `ONLINE_CHANGE_NOT_ALLOWED` (F5: cancel and place again), other statuses with
 * `INVALID_TRANSITION` (F1), a branch that is no pickup library with `NOT_A_PICKUP_BRANCH` (B4)
 * or `MUSEUM_NOT_PICKUP` (E5) ({@link checkStaffPickupChange}).
 * @param ctx - the service context
 * @param actor - staff at any branch
 * @param input - the reservation and the new pickup branch
 * @returns the reservation as stored after the change
 * @category Service
 * @example
 * const r = await changePickupByStaff(ctx, { kind: 'staff', branchId: 'akeno' }, { reservationId: 'r-1', pickupBranchId: 'mukawa' });
 * if (r.ok) r.value.pickupBranchId; // 'mukawa'
 */
export async function changePickupByStaff(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Reservation>> {
  staffBranch(ctx, actor, 'change a pickup branch');
  const { reservationId, pickupBranchId } = parseInput(InputSchemas.pickupChange, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const reservation = await existing(tx, 'reservation', reservationId);
    haltUnless(checkStaffPickupChange(reservation, pickupBranchId, ctx.policy));
    const moved = transition(reservation, { type: 'changePickup', pickupBranchId }, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    await tx.reservations.update(moved.reservation, reservation.version);
    return done(moved.reservation, moved.events);
  });
}
