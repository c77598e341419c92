import { trapCopies, trapCopy, type CopySource, type TrapResult } from '../../jobs/trapping.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { VolumeId } from '../../model/ids.js';
import type { Copy } from '../../model/material.js';
import type { Reservation } from '../../model/reservation.js';
import type { Instant } from '../../model/time.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { ServiceContext } from './context.js';
import { halt } from './halt.js';
import { enqueueHoldNotice } from './hold-notices.js';
import { refusedWith } from './results.js';
import type { SetAsideLog } from './set-aside.js';

/**
 * A copy offered to its volume's queue and written: a hold, a transit or the shelf.
 * @category Service
 * @example
 * const placed: PlacedCopy = await offerCopy(ctx, tx, copy, at);
 */
export type PlacedCopy = Extract<TrapResult, { ok: true }>;

/**
 * Offers a copy that has just become free where it stands (returned, arrived in transit, or
 * freed from the hold shelf) to the head of its volume's queue with {@link trapCopy}, and
 * writes the outcome in the unit: the copy (compare-and-set on its stored version), the new
 * hold and its notice (D1, D5). Stops the operation with the refusal of `trapCopy` (D1) when
 * the copy cannot be offered. With `aside` (the log of a unit run with its options), a queued
 * reservation that cannot be read is set aside there and the copy offered to the readable queue;
 * the volume's copies must all be read (an unreadable one fails with `INVALID_RECORD`).
 * @param ctx - the service context
 * @param tx - the unit's stores
 * @param copy - the copy as stored, with `locationBranchId` where it now stands
 * @param expectedVersion - the copy's stored version
 * @param at - the instant
 * @param from - where the copy stands
 * @param aside - the unit's set-aside log, when queued reservations that cannot be read are set aside
 * @returns the placement
 * @category Service
 * @example
 * const placed = await offerCopy(ctx, tx, { ...copy, locationBranchId: 'akeno' }, copy.version, at);
 */
export async function offerCopy(
  ctx: ServiceContext,
  tx: StoresTx,
  copy: Copy,
  expectedVersion: number,
  at: Instant,
  from: CopySource = 'hand',
  aside?: SetAsideLog,
): Promise<PlacedCopy> {
  const readQueue = () => tx.reservations.listByVolume(copy.volumeId);
  const readCopies = () => tx.copies.listByVolume(copy.volumeId);
  const reservations = await (aside === undefined ? readQueue() : aside.lenient(readQueue));
  const copies = await (aside === undefined ? readCopies() : aside.strict(readCopies));
  const result = trapCopy({ copy: { ...copy, version: expectedVersion }, reservations, copies, from, at, policy: ctx.policy });
  if (!result.ok) halt(refusedWith([result.refusal]));
  if (result.copy.version !== expectedVersion) await tx.copies.update(result.copy, expectedVersion);
  if (result.kind === 'hold') {
    await tx.reservations.update(result.reservation, result.reservation.version - 1);
    await enqueueHoldNotice(ctx, tx, result.reservation, at);
  }
  return result;
}

/**
 * Whether a copy stands on the shelf and may be lent, so that {@link offerShelvedCopies} offers it.
 * @param copy - the copy
 * @returns true for an `onShelf` copy that is not 禁帯出 (E3)
 * @category Service
 * @example
 * const toOffer = copies.filter(isShelved);
 */
export function isShelved(copy: Copy): boolean {
  return copy.status === 'onShelf' && copy.notForLoan !== true;
}

/**
 * Offers every copy of a volume standing on the shelf to its queue, after the queue has grown
 * (a counter reservation placed, requests approved) or a copy taken for a reservation was lost:
 * without this a copy could stay on the shelf while someone waits for it, and walk-ins could not
 * borrow it either (C2). A copy taken goes on the pull list (P8), or with the policy's
 * `noticeAtTrap` straight to a hold (with its notice) or a transit. Copies that nobody takes,
 * and 禁帯出 ones (E3), are left untouched.
 * @param ctx - the service context
 * @param tx - the unit's stores
 * @param volumeId - the volume whose queue grew
 * @param at - the instant
 * @param known - the volume's copies as already read in this unit, when nothing has written them since (read again when absent)
 * @param knownQueue - the volume's active reservations as already read in this unit, when nothing has written them since (read again when absent)
 * @returns the new holds' count and their events
 * @category Service
 * @example
 * const { holds, events } = await offerShelvedCopies(ctx, tx, 't-1/1', at);
 */
export async function offerShelvedCopies(
  ctx: ServiceContext,
  tx: StoresTx,
  volumeId: VolumeId,
  at: Instant,
  known?: readonly Copy[],
  knownQueue?: readonly Reservation[],
): Promise<{ holds: number; events: readonly DomainEvent[] }> {
  const all = known ?? (await tx.copies.listByVolume(volumeId));
  const shelved = all.filter(isShelved);
  if (shelved.length === 0) return { holds: 0, events: [] };
  const reservations = knownQueue ?? (await tx.reservations.listByVolume(volumeId));
  const { results, events } = trapCopies({ copies: shelved, otherCopies: all, from: 'shelf', reservations, at, policy: ctx.policy });
  let holds = 0;
  for (const [i, result] of results.entries()) {
    const before = shelved[i];
    if (before === undefined || !result.ok || result.kind === 'shelve') continue;
    await tx.copies.update(result.copy, before.version);
    if (result.kind === 'hold') {
      await tx.reservations.update(result.reservation, result.reservation.version - 1);
      await enqueueHoldNotice(ctx, tx, result.reservation, at);
      holds++;
    }
  }
  return { holds, events };
}

/**
 * Frees the copies on the pull list that were taken for a reservation that no longer waits
 * (cancelled, fulfilled at the counter, or with a cancellation pending, F2, P7, P8): each is
 * offered to the next in the queue from the shelf where it stands, or goes back to plain
 * `onShelf`. A copy in transit for it is left travelling and re-routed when it arrives (P5).
 * Call it after the reservation is written.
 * @param ctx - the service context
 * @param tx - the unit's stores
 * @param reservation - the reservation, as written
 * @param at - the instant
 * @param aside - the unit's set-aside log, when queued reservations that cannot be read are set aside (see {@link offerCopy})
 * @returns the events of new holds
 * @category Service
 * @example
 * await tx.reservations.update(cancelled, reservation.version);
 * const events = await releaseTakenCopies(ctx, tx, cancelled, at);
 */
export async function releaseTakenCopies(
  ctx: ServiceContext,
  tx: StoresTx,
  reservation: { readonly id: string; readonly volumeId: VolumeId },
  at: Instant,
  aside?: SetAsideLog,
): Promise<readonly DomainEvent[]> {
  const events: DomainEvent[] = [];
  const readCopies = () => tx.copies.listByVolume(reservation.volumeId);
  for (const copy of await (aside === undefined ? readCopies() : aside.strict(readCopies))) {
    if (copy.status !== 'awaitingPull' || copy.reservationId !== reservation.id) continue;
    events.push(...(await offerCopy(ctx, tx, copy, copy.version, at, 'shelf', aside)).events);
  }
  return events;
}
