import type { EventRecord } from '../../ports/event-log.js';
import type { ServiceResult } from '../service-result.js';
import { staffBranch } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { done } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

/**
 * The history of a reservation, a copy or a patron: the stored domain events that name it,
 * oldest first, each with when it was stored and who caused it (a staff member's id where there
 * is one). For staff, at any branch. After the retention job a patron's history no longer holds
 * their finished reservations.
 * @param ctx - the service context
 * @param actor - staff
 * @param input - one of `reservationId`, `copyId`, `patronId`
 * @returns the events
 * @category Service
 * @example
 * const r = await history(ctx, { kind: 'staff', branchId: 'akeno' }, { reservationId: 'r-1' });
 * if (r.ok) r.value.map((e) => `${e.event.type} by ${e.actor.staffId ?? e.actor.kind}`);
 */
export async function history(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<readonly EventRecord[]>> {
  staffBranch(ctx, actor, 'read a history');
  const which = parseInput(InputSchemas.history, input);
  return runUnit(ctx, async (tx) => {
    if ('reservationId' in which) return done(await tx.events.listByReservation(which.reservationId));
    if ('copyId' in which) return done(await tx.events.listByCopy(which.copyId));
    return done(await tx.events.listByPatron(which.patronId));
  });
}
