import type { Copy } from '../../model/material.js';
import type { CheckInOutcome } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import { staffBranch } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { offerCopy, type PlacedCopy } from '../internal/copy-placement.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existing } from '../internal/lookups.js';
import { done } from '../internal/results.js';
import { runUnitSettingAside, withSetAside } from '../internal/unit-setting-aside.js';

/**
 * D1, P5, P6: a copy is returned, or arrives in transit, at the staff member's branch. In one
 * unit of work: its open loan, if any, is closed (returned now); a copy marked missing or long
 * overdue is back in service (P6); then it is placed with {@link trapCopy}: to the reservation
 * it travelled for when that one still waits (P5), else to the head of its volume's queue with
 * no copy taken for it: on the hold shelf when the reservation collects here (it goes `onHold`
 * and its notice is enqueued, D1, D5), in transit to its pickup branch otherwise; and when
 * nobody waits, in transit home or on the shelf (P5, E5). A withdrawn copy, or one already
 * held for an `onHold` reservation, is refused with `COPY_NOT_TRAPPABLE` (D1) and nothing is
 * written.
 *
 * A reservation of the volume's queue that cannot be read (a row that does not match its record
 * schema) does not stop the check-in: it is set aside, reported in the outcome's `setAside`
 * (table, id, code), and the copy is placed with the readable queue (the next valid reservation,
 * or home or the shelf when nobody readable waits). The copy itself, its loan and the volume's
 * other copies must be read: one of them unreadable is still `INVALID_RECORD`, with nothing written.
 * @param ctx - the service context
 * @param actor - staff at the branch where the copy is
 * @param input - the copy
 * @returns what became of the copy
 * @category Service
 * @example
 * const r = await checkIn(ctx, { kind: 'staff', branchId: 'akeno' }, { copyId: 'c-1' });
 * if (r.ok && r.value.kind === 'hold') r.value.reservation.status; // 'onHold'
 */
export async function checkIn(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<CheckInOutcome>> {
  const branch = staffBranch(ctx, actor, 'check in');
  const { copyId } = parseInput(InputSchemas.copy, input);
  return runUnitSettingAside(ctx, async (tx, aside) => {
    const at = ctx.now();
    const copy = await aside.strict(() => existing(tx, 'copy', copyId));
    const loan = await aside.strict(() => tx.loans.findOpenByCopy(copyId));
    if (loan !== null) await tx.loans.update({ ...loan, returnedAt: at, version: loan.version + 1 }, loan.version);
    const backInService = copy.status === 'missing' || copy.status === 'longOverdue';
    const inHand: Copy = { ...copy, locationBranchId: branch.id, ...(backInService ? { status: 'onShelf' as const } : {}) };
    const placed = await offerCopy(ctx, tx, inHand, copy.version, at, 'hand', aside);
    return done<CheckInOutcome>(withSetAside(checkInOutcome(placed, backInService ? copy.status : null), aside), placed.events);
  });
}

/**
 * The outcome of a check-in (or of finding a copy, P6) from its placement.
 * @param placed - the placement
 * @param foundFrom - the status the copy was found from, or null
 * @returns the outcome
 * @category Service
 * @example
 * checkInOutcome(placed, 'longOverdue').kind; // 'shelve'
 */
export function checkInOutcome(placed: PlacedCopy, foundFrom: 'missing' | 'longOverdue' | null): CheckInOutcome {
  const found = foundFrom === null ? {} : { foundFrom };
  if (placed.kind === 'hold') return { kind: 'hold', copy: placed.copy, reservation: placed.reservation, ...found };
  if (placed.kind === 'transit' || placed.kind === 'pull') return { kind: 'transit', copy: placed.copy, reservationId: placed.reservationId, ...found };
  return { kind: placed.kind, copy: placed.copy, ...found };
}
