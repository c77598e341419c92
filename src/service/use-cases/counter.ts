import { createCounterReservation } from '../../lifecycle/create.js';
import type { Reservation } from '../../model/reservation.js';
import { checkPlacement } from '../../rules/placement.js';
import type { ServiceResult } from '../service-result.js';
import { staffBranch } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { offerShelvedCopies } from '../internal/copy-placement.js';
import { haltUnless } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existing, existingItem } from '../internal/lookups.js';
import { done } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

/**
 * C2: staff place a reservation at the counter for a patron. It is checked by
 * {@link checkPlacement} on the `counter` channel (no online eligibility, no online quota unless
 * the policy counts counter reservations) and joins the volume's queue at once. A copy of the
 * volume standing on a shelf is then offered to the queue, so a waiting head is trapped (a hold
 * and its notice, or a transit) in the same unit.
 * @param ctx - the service context
 * @param actor - staff at any branch
 * @param input - the patron, the volume and the pickup branch
 * @returns the reservation as stored (`reserved`, or `onHold` when a shelved copy was trapped for it)
 * @category Service
 * @example
 * const r = await placeCounterReservation(ctx, { kind: 'staff', branchId: 'akeno' }, { patronId: 'p-1', volumeId: 't-1/1', pickupBranchId: 'akeno' });
 */
export async function placeCounterReservation(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Reservation>> {
  staffBranch(ctx, actor, 'place a counter reservation');
  const { patronId, volumeId, pickupBranchId } = parseInput(InputSchemas.counter, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const patron = await existing(tx, 'patron', patronId);
    const { title, volume } = await existingItem(tx, volumeId);
    const patronReservations = await tx.reservations.listByPatron(patronId, { active: true });
    const patronLoans = await tx.loans.listByPatron(patronId, { open: true });
    const volumeCopies = await tx.copies.listByVolume(volumeId);
    haltUnless(checkPlacement({ patron, channel: 'counter', title, volume, pickupBranchId, patronReservations, patronLoans, volumeCopies, at, policy: ctx.policy }));
    const created = createCounterReservation({
      id: ctx.newId(), patronId, titleId: title.id, volumeId, audiovisual: title.audiovisual, pickupBranchId, at,
    });
    await tx.reservations.insert(created.reservation);
    const offered = await offerShelvedCopies(ctx, tx, volumeId, at);
    const stored = await existing(tx, 'reservation', created.reservation.id);
    return done(stored, [...created.events, ...offered.events]);
  });
}
