import * as z from 'zod';
import { japanDateOf } from '../../calendar/japan-date.js';
import type { Copy } from '../../model/material.js';
import type { Reservation } from '../../model/reservation.js';
import { copySupply } from '../../rules/reservability.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { StaffList, StaffListKind, StaffListLine } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import { staffBranch } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { parseInput } from '../internal/input.js';
import { done } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

/** The staff's lists, in the order of the docs (P8). */
export const STAFF_LIST_KINDS: readonly StaffListKind[] = ['toPull', 'holdShelf', 'expiredHolds', 'inTransitTo', 'inTransitFrom', 'hopeless'];

const ListInput = z.object({
  list: z.enum(STAFF_LIST_KINDS as [StaffListKind, ...StaffListKind[]]),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

function copyLine(c: Copy, branchId: string | null): StaffListLine {
  return { copyId: c.id, volumeId: c.volumeId, reservationId: c.reservationId ?? null, branchId, lastDay: null };
}

function holdLine(r: Reservation): StaffListLine {
  return {
    copyId: r.status === 'onHold' ? r.copyId : null,
    volumeId: r.volumeId,
    reservationId: r.id,
    branchId: r.pickupBranchId,
    lastDay: r.status === 'onHold' ? r.lastDay : null,
  };
}

/** One more line than the page, to tell whether there is a next page. */
async function lines(ctx: ServiceContext, tx: StoresTx, list: StaffListKind, branchId: string, limit: number, offset: number): Promise<StaffListLine[]> {
  const page = { limit: limit + 1, offset };
  switch (list) {
    case 'toPull': {
      const copies = await tx.copies.listAt(branchId, 'awaitingPull', page);
      const out: StaffListLine[] = [];
      for (const c of copies) {
        const r = c.reservationId === undefined ? null : await tx.reservations.get(c.reservationId);
        out.push(copyLine(c, r?.pickupBranchId ?? null));
      }
      return out;
    }
    case 'holdShelf':
      return (await tx.reservations.listHoldsAt(branchId, page)).map(holdLine);
    case 'expiredHolds':
      return (await tx.reservations.listHoldsAt(branchId, { ...page, endingBefore: japanDateOf(ctx.now()) })).map(holdLine);
    case 'inTransitTo':
      return (await tx.copies.listAt(branchId, 'inTransit', page)).map((c) => copyLine(c, c.transitFromBranchId ?? null));
    case 'inTransitFrom':
      return (await tx.copies.listInTransitFrom(branchId, page)).map((c) => copyLine(c, c.locationBranchId));
    case 'hopeless': {
      const hopeless: StaffListLine[] = [];
      const supply = new Map<string, boolean>();
      for (const r of await tx.reservations.listWaitingAt(branchId)) {
        let lost = supply.get(r.volumeId);
        if (lost === undefined) {
          const s = copySupply(await tx.copies.listByVolume(r.volumeId));
          lost = s === 'unfulfillable' || s === 'notForLoan';
          supply.set(r.volumeId, lost);
        }
        if (lost) hopeless.push(holdLine(r));
      }
      return hopeless.slice(offset, offset + limit + 1);
    }
  }
}

/**
 * P8: one of the staff's lists at their branch, a page at a time (`limit` 1–500, default 50;
 * `offset`, default 0), sorted the way staff use it:
 *
 * - `toPull`: copies on the open shelf taken for a reservation (`awaitingPull`), by volume then
 *   copy (shelf order); `branchId` is the pickup branch of the reservation;
 * - `holdShelf`: the holds waiting at this pickup branch, by last day (D2);
 * - `expiredHolds`: the holds here whose last day is before today in Japan, to take off the
 *   shelf (the expiry job lapses them, D3);
 * - `inTransitTo`: copies travelling here, by copy; `branchId` is where they left, and
 *   `reservationId` the reservation they travel for, or `null` on the way home (P5);
 * - `inTransitFrom`: copies that left here, by destination (`branchId`) then copy;
 * - `hopeless`: reservations queued for pickup here whose volume has no copy left that could
 *   serve them (every lendable copy missing, long overdue or withdrawn, or only 禁帯出 copies,
 *   E4), in queue order.
 *
 * A bad list name, limit or offset is `INVALID_INPUT`.
 * @param ctx - the service context
 * @param actor - staff; the list is of their branch
 * @param input - the list, and the page
 * @returns the page, with `nextOffset` when there is more
 * @category Service
 * @example
 * const r = await staffList(ctx, { kind: 'staff', branchId: 'akeno' }, { list: 'toPull' });
 * if (r.ok) r.value.items.map((line) => line.copyId);
 */
export async function staffList(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<StaffList>> {
  const branch = staffBranch(ctx, actor, 'read a staff list');
  const { list, limit, offset } = parseInput(ListInput, input);
  return runUnit(ctx, async (tx) => {
    const found = await lines(ctx, tx, list, branch.id, limit, offset);
    const items = found.slice(0, limit);
    return done<StaffList>({ branchId: branch.id, list, asOf: ctx.now(), offset, items, nextOffset: found.length > limit ? offset + limit : null });
  });
}
