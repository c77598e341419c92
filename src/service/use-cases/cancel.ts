import { transition } from '../../lifecycle/transition.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { Reservation } from '../../model/reservation.js';
import { checkOnlineCancellation, checkStaffCancellation } from '../../rules/cancellation.js';
import type { ServiceResult } from '../service-result.js';
import { eligiblePatron, onlinePatron, staffBranch } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { offerCopy, releaseTakenCopies } from '../internal/copy-placement.js';
import { halt, haltUnless } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { existing } from '../internal/lookups.js';
import { refusedWith } from '../internal/results.js';
import { doneSettingAside, runUnitSettingAside } from '../internal/unit-setting-aside.js';

/**
 * F2–F4: the patron cancels their own reservation online. Refused with `NOT_ALLOWED` (P2) for
 * another patron's, `NOTICE_SENT` (F4) once on hold, `COUNTER_RESERVATION` (F3) for one placed at
 * the counter, `CANCELLATION_PENDING` (F2) when already asked, `INVALID_TRANSITION` (F1) from a
 * final status ({@link checkOnlineCancellation}). With the policy's `onlineCancellation:
 * 'nextOpenDay'` (the guide) the cancellation waits for the next approval batch and the
 * reservation takes no copy meanwhile; with `'immediate'` it is cancelled at once.
 * @param ctx - the service context
 * @param actor - the patron, online
 * @param input - the reservation
 * @returns the reservation as stored after the change
 * @category Service
 * @example
 * const r = await cancelOnline(ctx, patron, { reservationId: 'r-1' });
 * if (r.ok) r.value.status; // 'requested', with cancellationRequestedAt set
 */
export async function cancelOnline(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Reservation>> {
  const patronId = onlinePatron(actor, 'cancel online');
  const { reservationId } = parseInput(InputSchemas.reservation, input);
  return runUnitSettingAside(ctx, async (tx, aside) => {
    const at = ctx.now();
    await eligiblePatron(ctx, tx, patronId, at);
    const reservation = await existing(tx, 'reservation', reservationId);
    haltUnless(checkOnlineCancellation(reservation, patronId));
    const event = ctx.policy.onlineCancellation === 'immediate' ? ({ type: 'cancel', by: 'patron' } as const) : ({ type: 'requestCancellation' } as const);
    const moved = transition(reservation, event, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    await tx.reservations.update(moved.reservation, reservation.version);
    const released = reservation.status === 'reserved' ? await releaseTakenCopies(ctx, tx, moved.reservation, at, aside) : [];
    return doneSettingAside(moved.reservation, [...moved.events, ...released], aside);
  }, 'strict');
}

/**
 * F3, F4: staff cancel an active reservation, whatever its channel, with an optional note (never
 * personal data). A final status is refused with `INVALID_TRANSITION` (F1). Cancelling a hold
 * frees its copy in the same unit of work, as check-in does: it goes to the next in the queue (a
 * new hold with its notice, or a transit) or back on the shelf. A queued reservation that cannot
 * be read is passed over and listed in the result's `setAside` (P19); the cancelled reservation
 * and the volume's copies must be read (`INVALID_RECORD` otherwise, nothing written).
 * @param ctx - the service context
 * @param actor - staff at any branch
 * @param input - the reservation and a note
 * @returns the cancelled reservation
 * @category Service
 * @example
 * const r = await cancelByStaff(ctx, { kind: 'staff', branchId: 'akeno' }, { reservationId: 'r-1', note: 'patron called' });
 */
export async function cancelByStaff(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<Reservation>> {
  staffBranch(ctx, actor, 'cancel a reservation');
  const { reservationId, note } = parseInput(InputSchemas.staffCancel, input);
  return runUnitSettingAside(ctx, async (tx, aside) => {
    const at = ctx.now();
    const reservation = await existing(tx, 'reservation', reservationId);
    haltUnless(checkStaffCancellation(reservation));
    const moved = transition(reservation, { type: 'cancel', by: 'staff', ...(note === undefined ? {} : { note }) }, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    await tx.reservations.update(moved.reservation, reservation.version);
    const events: DomainEvent[] = [...moved.events];
    if (reservation.status === 'onHold') {
      const copy = await existing(tx, 'copy', reservation.copyId);
      if (copy.status === 'onHoldShelf') events.push(...(await offerCopy(ctx, tx, copy, copy.version, at, 'hand', aside)).events);
    } else if (reservation.status === 'reserved') events.push(...(await releaseTakenCopies(ctx, tx, moved.reservation, at, aside)));
    return doneSettingAside(moved.reservation, events, aside);
  }, 'strict');
}
