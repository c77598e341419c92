import { refusal, type Refusal } from '../errors/refusal.js';
import { japanDateOf } from '../calendar/japan-date.js';
import type { DomainEvent } from '../model/domain-event.js';
import type { CancelledReservation, OnHoldReservation, RejectionReason, Reservation, ReservedReservation } from '../model/reservation.js';
import type { Instant, LocalDate } from '../model/time.js';
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

/** At least one reason, and every `staff` reason with a note that is not blank (P10). */
function hasReasons(reasons: readonly RejectionReason[]): boolean {
  if (reasons.length === 0) return false;
  return reasons.every((reason) => reason.rule !== 'staff' || (typeof reason.note === 'string' && reason.note.trim() !== ''));
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K, next: T[K] | null): T {
  const { [key]: _dropped, ...rest } = value;
  return (next === null ? rest : { ...rest, [key]: next }) as T;
}

/** A record being built in this module, before it is handed out. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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

function cancelled(r: Reservation, at: Instant, by: 'patron' | 'staff' | 'system', note?: string): TransitionResult {
  if (r.status !== 'requested' && r.status !== 'reserved' && r.status !== 'onHold') return refused(refusal('INVALID_TRANSITION', { from: r.status, event: 'cancel' }));
  const next: Mutable<CancelledReservation> = {
    id: r.id, patronId: r.patronId, titleId: r.titleId, volumeId: r.volumeId, audiovisual: r.audiovisual, channel: r.channel, pickupBranchId: r.pickupBranchId, placedAt: r.placedAt, version: r.version + 1,
    status: 'cancelled',
    cancelledAt: at,
    cancelledBy: by,
    cancelledFrom: r.status,
  };
  const event: Mutable<Extract<DomainEvent, { type: 'reservationCancelled' }>> = {
    type: 'reservationCancelled',
    reservationId: r.id,
    patronId: r.patronId,
    at,
    from: r.status,
    to: 'cancelled',
    by,
  };
  if (r.status === 'onHold') {
    next.copyId = r.copyId;
    event.copyId = r.copyId;
  }
  if (note !== undefined) next.note = note;
  return ok(next, event);
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
 * on or before it; `REJECTION_REASON_REQUIRED` (P10) for a rejection without a reason (or a
 * `staff` reason without a note); `HOLD_EXTENSION_LIMIT` (P11) for an extension that is not
 * later; `REORDER_REASON_REQUIRED` (P12) for a reorder without a reason;
 * `SUSPENSION_DATE_INVALID` (P13) for a suspension of a hold or until a day not after today;
 * `NOT_NEEDED_AFTER_PAST` (P14) for a date before today. `endUnneeded` is accepted only after
 * the reservation's `notNeededAfter` date.
 * @param reservation - the reservation as stored
 * @param event - what happens
 * @param context - when it happens
 * @returns `{ ok: true, reservation, events }` or `{ ok: false, refusal }`
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
      const next: Mutable<ReservedReservation> = { id: r.id, patronId: r.patronId, titleId: r.titleId, volumeId: r.volumeId, audiovisual: r.audiovisual, channel: r.channel, pickupBranchId: r.pickupBranchId, placedAt: r.placedAt, version: r.version + 1, status: 'reserved', queuedAt: at };
      // The patron's options go along (P13, P14); added after the literal, since a spread in it
      // made every approval several times slower than the literal alone.
      if (r.notNeededAfter !== undefined) next.notNeededAfter = r.notNeededAfter;
      if (r.suspendedUntil !== undefined) next.suspendedUntil = r.suspendedUntil;
      return ok(next, {
        type: 'reservationApproved', reservationId: r.id, patronId: r.patronId, at, from: 'requested', to: 'reserved',
      });
    }
    case 'reject': {
      if (r.status !== 'requested') return invalid(r, event);
      if (!hasReasons(event.reasons)) return refused(refusal('REJECTION_REASON_REQUIRED'));
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
    // issue 10
    case 'sendNotice': {
      if (r.status !== 'onHold') return invalid(r, event);
      const next: OnHoldReservation = { ...r, version: r.version + 1, noticeDate: event.noticeDate, lastDay: event.lastDay, noticeSentAt: at };
      return ok(next, {
        type: 'holdNoticeSent', reservationId: r.id, patronId: r.patronId, at, from: 'onHold', to: 'onHold',
        copyId: r.copyId, noticeDate: event.noticeDate, lastDay: event.lastDay,
      });
    }
    case 'extendHold': {
      if (r.status !== 'onHold') return invalid(r, event);
      if (event.lastDay <= r.lastDay) return refused(refusal('HOLD_EXTENSION_LIMIT', { lastDay: r.lastDay }));
      return ok({ ...r, version: r.version + 1, lastDay: event.lastDay }, {
        type: 'holdExtended', reservationId: r.id, patronId: r.patronId, at, from: 'onHold', to: 'onHold',
        copyId: r.copyId, previousLastDay: r.lastDay, lastDay: event.lastDay,
      });
    }
    case 'reorder': {
      if (r.status !== 'reserved') return invalid(r, event);
      if (event.reason.trim() === '') return refused(refusal('REORDER_REASON_REQUIRED'));
      return ok({ ...r, version: r.version + 1, queuedAt: event.queuedAt }, {
        type: 'queueReordered', reservationId: r.id, patronId: r.patronId, at, from: 'reserved', to: 'reserved',
        fromPosition: event.fromPosition, toPosition: event.toPosition, reason: event.reason,
      });
    }
    case 'suspend': {
      if (r.status === 'onHold') return refused(refusal('SUSPENSION_DATE_INVALID', { status: r.status }));
      if (r.status !== 'requested' && r.status !== 'reserved') return invalid(r, event);
      if (event.until !== null && event.until <= japanDateOf(at)) return refused(refusal('SUSPENSION_DATE_INVALID', { until: event.until }));
      return ok(withoutKey({ ...r, version: r.version + 1 }, 'suspendedUntil', event.until), {
        type: 'reservationSuspended', reservationId: r.id, patronId: r.patronId, at, from: r.status, to: r.status, until: event.until,
      });
    }
    case 'setNotNeededAfter': {
      if (r.status !== 'requested' && r.status !== 'reserved') return invalid(r, event);
      if (event.date !== null && event.date < japanDateOf(at)) return refused(refusal('NOT_NEEDED_AFTER_PAST', { date: event.date }));
      return ok(withoutKey({ ...r, version: r.version + 1 }, 'notNeededAfter', event.date), {
        type: 'notNeededAfterSet', reservationId: r.id, patronId: r.patronId, at, from: r.status, to: r.status, date: event.date,
      });
    }
    case 'endUnneeded': {
      if (r.status !== 'requested' && r.status !== 'reserved') return invalid(r, event);
      if (r.notNeededAfter === undefined || japanDateOf(at) <= r.notNeededAfter) return invalid(r, event);
      return cancelled(r, at, 'system');
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
