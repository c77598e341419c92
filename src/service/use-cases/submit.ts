import { refusal } from '../../errors/refusal.js';
import { createOnlineRequest } from '../../lifecycle/create.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { Reservation } from '../../model/reservation.js';
import { checkPlacement } from '../../rules/placement.js';
import type { SubmitOutcome } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import { eligiblePatron, onlinePatron } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existingItemAhead, readAhead } from '../internal/read-ahead.js';
import { quickSubmit } from '../internal/quick-input.js';
import { done } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

/**
 * B2, B3: submits the ticked cart entries in one unit of work, in the order ticked. Each entry
 * gets its own outcome: created (a `requested` reservation, B3, which leaves the cart) or
 * refused with every rule of {@link checkPlacement} that applies (E1 counted over the patron's
 * active reservations plus those created earlier in the same submission; P1; P3; B4; E2; E3).
 * A ticked volume that is not in the cart is refused with `NOT_IN_CART` (B1). The patron's
 * eligibility (A1, A3, A4) refuses the whole submission.
 * @param ctx - the service context
 * @param actor - the patron, online
 * @param input - the ticked volumes (at least one, each once)
 * @returns one outcome per ticked volume
 * @category Service
 * @example
 * const r = await submitCart(ctx, patron, { volumeIds: ['t-1/1', 't-2/1'] });
 * // r.value: [{ volumeId: 't-1/1', ok: true, reservationId: '…' }, { volumeId: 't-2/1', ok: false, refusals: [{ code: 'QUOTA_EXCEEDED', rule: 'E1', … }] }]
 */
export async function submitCart(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<readonly SubmitOutcome[]>> {
  const patronId = onlinePatron(actor, 'submit the cart');
  const { volumeIds } = quickSubmit(input) ?? parseInput(InputSchemas.submit, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const patron = await eligiblePatron(ctx, tx, patronId, at);
    // After the patron's row (locked on PostgreSQL, so that what follows sees every reservation
    // committed before), every other read is independent: all in flight together, each ticked
    // volume's item and copies too (a volume not in the cart is read and never looked at).
    const cartRead = readAhead(tx.cart.list(patronId));
    const mineRead = readAhead(tx.reservations.listByPatron(patronId, { active: true }));
    const loansRead = readAhead(tx.loans.listByPatron(patronId, { open: true }));
    const itemReads = volumeIds.map((volumeId) => ({ item: existingItemAhead(tx, volumeId), copies: readAhead(tx.copies.listByVolume(volumeId)) }));
    const cart = await cartRead;
    const mine: Reservation[] = await mineRead;
    const loans = await loansRead;
    const outcomes: SubmitOutcome[] = [];
    const events: DomainEvent[] = [];
    for (const [i, volumeId] of volumeIds.entries()) {
      const entry = cart.find((e) => e.volumeId === volumeId);
      if (entry === undefined) {
        outcomes.push({ volumeId, ok: false, refusals: [refusal('NOT_IN_CART')] });
        continue;
      }
      const reads = itemReads[i]!;
      const { title, volume } = await reads.item;
      const verdict = checkPlacement({
        patron, channel: 'online', title, volume, pickupBranchId: entry.pickupBranchId, patronReservations: mine, patronLoans: loans, volumeCopies: await reads.copies, at, policy: ctx.policy,
      });
      if (!verdict.ok) {
        outcomes.push({ volumeId, ok: false, refusals: verdict.refusals });
        continue;
      }
      const created = createOnlineRequest({
        id: ctx.newId(), patronId, titleId: title.id, volumeId, audiovisual: title.audiovisual, pickupBranchId: entry.pickupBranchId, at,
      });
      await tx.reservations.insert(created.reservation);
      await tx.cart.remove(patronId, volumeId);
      mine.push(created.reservation);
      events.push(...created.events);
      outcomes.push({ volumeId, ok: true, reservationId: created.reservation.id });
    }
    return done(outcomes, events);
  });
}
