import { refusal, type Refusal } from '../errors/refusal.js';
import { YoyakuError } from '../errors/yoyaku-error.js';
import { japanDateOf } from '../calendar/japan-date.js';
import type { DomainEvent } from '../model/domain-event.js';
import type { CancelledReservation, Reservation } from '../model/reservation.js';
import type { Instant } from '../model/time.js';
import type { LifecycleEvent } from './lifecycle-event.js';

/**
 * When a transition happens. The core never reads the clock: the caller says.
 * @category Lifecycle
 * @example
 * const ctx: TransitionContext = { at: '2026-12-04T00:00:00.000Z' };
 */
export interface TransitionContext {
  /** The instant of the event; its Japan date is "today" for D2 and D3. */
  readonly at: Instant;
}

/**
 * The outcome of {@link transition}: the next reservation and the domain events it produced,
 * or the refusal naming the rule that refused.
 * @category Lifecycle
 * @example
 * function show(r: TransitionResult): string {
 *   return r.ok ? r.reservation.status : `${r.refusal.code} (${r.refusal.rule})`;
 * }
 */
export type TransitionResult =
  | { readonly ok: true; readonly reservation: Reservation; readonly events: readonly DomainEvent[] }
  | { readonly ok: false; readonly refusal: Refusal };

function refused(r: Refusal): TransitionResult {
  return { ok: false, refusal: r };
}

function invalid(r: Reservation, event: LifecycleEvent): TransitionResult {
  return refused(refusal('INVALID_TRANSITION', { from: r.status, event: event.type }));
}

function onlineCancellationRefusal(r: Reservation): Refusal | null {
  if (r.status === 'onHold') return refusal('NOTICE_SENT');
  if (r.status !== 'requested' && r.status !== 'reserved') return refusal('INVALID_TRANSITION', { from: r.status, event: 'cancel' });
  if (r.channel === 'counter') return refusal('COUNTER_RESERVATION');
  if (r.cancellationRequestedAt !== undefined) return refusal('CANCELLATION_PENDING');
  return null;
}

// Next records are written as one literal each (no shared spread): transition() is the hot path
// of every job, and a temporary object per call costs more than the call's own work.

function ok(next: Reservation, event: DomainEvent): TransitionResult {
  return { ok: true, reservation: next, events: [event] };
}

function cancelled(r: Reservation, at: Instant, by: 'patron' | 'staff', note?: string): TransitionResult {
  if (r.status !== 'requested' && r.status !== 'reserved' && r.status !== 'onHold') return refused(refusal('INVALID_TRANSITION', { from: r.status, event: 'cancel' }));
  const next: CancelledReservation = {
    id: r.id, patronId: r.patronId, titleId: r.titleId, volumeId: r.volumeId, audiovisual: r.audiovisual, channel: r.channel, pickupBranchId: r.pickupBranchId, placedAt: r.placedAt, version: r.version + 1,
    status: 'cancelled',
    cancelledAt: at,
    cancelledBy: by,
    cancelledFrom: r.status,
    ...(r.status === 'onHold' ? { copyId: r.copyId } : {}),
    ...(note === undefined ? {} : { note }),
  };
  return ok(next, {
    type: 'reservationCancelled',
    reservationId: r.id,
    patronId: r.patronId,
    at,
    from: r.status,
    to: 'cancelled',
    by,
    ...(r.status === 'onHold' ? { copyId: r.copyId } : {}),
  });
}

/**
 * The pure state machine of the lifecycle (F1): the next reservation and the domain events,
 * or a refusal naming the rule. Never mutates its input, never reads the clock; the version of
 * the result is one more than the input's.
 *
 * Refusals: `INVALID_TRANSITION` (F1) for any move {@link TRANSITIONS} does not list, and for
 * anything from a final status; `NOTICE_SENT` (F4) and `COUNTER_RESERVATION` (F3) for a patron's
 * cancellation; `CANCELLATION_PENDING` (F2) when a cancellation already waits, which also bars
 * approval and trapping; `ONLINE_CHANGE_NOT_ALLOWED` (F5) for a change of a request;
 * `HOLD_EXPIRED` (D2) for a collection after the last day; `HOLD_NOT_EXPIRED` (D3) for a lapse
 * on or before it.
 * @param reservation - the reservation as stored
 * @param event - what happens
 * @param context - when it happens
 * @returns `{ ok: true, reservation, events }` or `{ ok: false, refusal }`
 * @throws {@link YoyakuError} `INVALID_INPUT` for a `reject` without reasons
 * @category Lifecycle
 * @example
 * const result = transition(requested, { type: 'approve' }, { at: '2026-12-04T00:00:00.000Z' });
 * if (result.ok) result.reservation.status; // 'reserved'
 * @example
 * // After the notice, the patron cannot cancel online (F4)
 * transition(onHold, { type: 'cancel', by: 'patron' }, { at }); // { ok: false, refusal: { code: 'NOTICE_SENT', rule: 'F4' } }
 * @example
 * // A final status never changes (F1)
 * transition(lapsed, { type: 'collect' }, { at }).ok; // false
 */
export function transition(reservation: Reservation, event: LifecycleEvent, context: TransitionContext): TransitionResult {
  const r = reservation;
  const at = context.at;
  switch (event.type) {
    case 'approve': {
      if (r.status !== 'requested') return invalid(r, event);
      if (r.cancellationRequestedAt !== undefined) return refused(refusal('CANCELLATION_PENDING'));
      return ok({ id: r.id, patronId: r.patronId, titleId: r.titleId, volumeId: r.volumeId, audiovisual: r.audiovisual, channel: r.channel, pickupBranchId: r.pickupBranchId, placedAt: r.placedAt, version: r.version + 1, status: 'reserved', queuedAt: at }, {
        type: 'reservationApproved', reservationId: r.id, patronId: r.patronId, at, from: 'requested', to: 'reserved',
      });
    }
    case 'reject': {
      if (r.status !== 'requested') return invalid(r, event);
      if (event.reasons.length === 0)
        throw new YoyakuError('INVALID_INPUT', 'A rejection needs at least one reason (C4)', {
          issues: [{ path: ['reasons'], message: 'Expected at least one reason' }],
        });
      return ok({ id: r.id, patronId: r.patronId, titleId: r.titleId, volumeId: r.volumeId, audiovisual: r.audiovisual, channel: r.channel, pickupBranchId: r.pickupBranchId, placedAt: r.placedAt, version: r.version + 1, status: 'rejected', rejectedAt: at, reasons: event.reasons }, {
        type: 'reservationRejected', reservationId: r.id, patronId: r.patronId, at, from: 'requested', to: 'rejected', reasons: event.reasons,
      });
    }
    case 'requestCancellation': {
      const why = onlineCancellationRefusal(r);
      if (why) return refused(why);
      const next = { ...r, version: r.version + 1, cancellationRequestedAt: at } as Reservation;
      return ok(next, { type: 'cancellationRequested', reservationId: r.id, patronId: r.patronId, at, from: r.status, to: r.status });
    }
    case 'finaliseCancellation': {
      if ((r.status !== 'requested' && r.status !== 'reserved') || r.cancellationRequestedAt === undefined) return invalid(r, event);
      return cancelled(r, at, 'patron');
    }
    case 'cancel': {
      if (event.by === 'patron') {
        const why = onlineCancellationRefusal(r);
        if (why) return refused(why);
      }
      return cancelled(r, at, event.by, event.note);
    }
    case 'trap': {
      if (r.status !== 'reserved') return invalid(r, event);
      if (r.cancellationRequestedAt !== undefined) return refused(refusal('CANCELLATION_PENDING'));
      return ok({
        id: r.id, patronId: r.patronId, titleId: r.titleId, volumeId: r.volumeId, audiovisual: r.audiovisual, channel: r.channel, pickupBranchId: r.pickupBranchId, placedAt: r.placedAt, version: r.version + 1, status: 'onHold', queuedAt: r.queuedAt, copyId: event.copyId, trappedAt: at, noticeDate: event.noticeDate, lastDay: event.lastDay,
      }, {
        type: 'holdStarted', reservationId: r.id, patronId: r.patronId, at, from: 'reserved', to: 'onHold',
        copyId: event.copyId, pickupBranchId: r.pickupBranchId, noticeDate: event.noticeDate, lastDay: event.lastDay,
      });
    }
    case 'collect': {
      if (r.status !== 'onHold') return invalid(r, event);
      if (japanDateOf(at) > r.lastDay) return refused(refusal('HOLD_EXPIRED', { lastDay: r.lastDay }));
      return ok({ id: r.id, patronId: r.patronId, titleId: r.titleId, volumeId: r.volumeId, audiovisual: r.audiovisual, channel: r.channel, pickupBranchId: r.pickupBranchId, placedAt: r.placedAt, version: r.version + 1, status: 'collected', copyId: r.copyId, collectedAt: at }, {
        type: 'holdCollected', reservationId: r.id, patronId: r.patronId, at, from: 'onHold', to: 'collected', copyId: r.copyId,
      });
    }
    case 'lapse': {
      if (r.status !== 'onHold') return invalid(r, event);
      if (japanDateOf(at) <= r.lastDay) return refused(refusal('HOLD_NOT_EXPIRED', { lastDay: r.lastDay }));
      return ok({ id: r.id, patronId: r.patronId, titleId: r.titleId, volumeId: r.volumeId, audiovisual: r.audiovisual, channel: r.channel, pickupBranchId: r.pickupBranchId, placedAt: r.placedAt, version: r.version + 1, status: 'lapsed', copyId: r.copyId, lastDay: r.lastDay, lapsedAt: at }, {
        type: 'holdLapsed', reservationId: r.id, patronId: r.patronId, at, from: 'onHold', to: 'lapsed', copyId: r.copyId, lastDay: r.lastDay,
      });
    }
    case 'fulfil': {
      if (r.status !== 'requested' && r.status !== 'reserved' && r.status !== 'onHold') return invalid(r, event);
      return ok({ id: r.id, patronId: r.patronId, titleId: r.titleId, volumeId: r.volumeId, audiovisual: r.audiovisual, channel: r.channel, pickupBranchId: r.pickupBranchId, placedAt: r.placedAt, version: r.version + 1, status: 'collected', copyId: event.copyId, collectedAt: at }, {
        type: 'reservationFulfilled', reservationId: r.id, patronId: r.patronId, at, from: r.status, to: 'collected', copyId: event.copyId,
      });
    }
    case 'changePickup': {
      if (r.status === 'requested') return refused(refusal('ONLINE_CHANGE_NOT_ALLOWED'));
      if (r.status !== 'reserved') return invalid(r, event);
      return ok({ ...r, version: r.version + 1, pickupBranchId: event.pickupBranchId }, {
        type: 'pickupChanged', reservationId: r.id, patronId: r.patronId, at, from: 'reserved', to: 'reserved', pickupBranchId: event.pickupBranchId,
      });
    }
  }
}

/**
 * Whether {@link transition} would accept an event now.
 * @param reservation - the reservation
 * @param event - what would happen
 * @param context - when
 * @returns true when the transition is allowed
 * @category Lifecycle
 * @example
 * can(requested, { type: 'approve' }, { at }); // true
 * can(collected, { type: 'lapse' }, { at }); // false
 */
export function can(reservation: Reservation, event: LifecycleEvent, context: TransitionContext): boolean {
  return transition(reservation, event, context).ok;
}
