import { YoyakuError } from '../errors/yoyaku-error.js';
import type { LifecycleEvent } from '../lifecycle/lifecycle-event.js';
import { transition } from '../lifecycle/transition.js';
import type { DomainEvent } from '../model/domain-event.js';
import type { Reservation } from '../model/reservation.js';
import type { Instant } from '../model/time.js';

/**
 * Applies a transition a job has already decided is legal. A refusal here means the snapshot
 * contradicts itself, which is bad input: it throws `INVALID_INPUT` naming the reservation.
 * Internal to the jobs.
 * @param reservation - the reservation
 * @param event - the lifecycle event
 * @param at - when
 * @param events - where the domain events are appended
 * @returns the next reservation
 * @throws {@link YoyakuError} `INVALID_INPUT` when the transition is refused
 * @category Jobs
 * @example
 * const next = applyTransition(requested, { type: 'approve' }, at, events);
 */
export function applyTransition(reservation: Reservation, event: LifecycleEvent, at: Instant, events: DomainEvent[]): Reservation {
  const result = transition(reservation, event, { at });
  if (!result.ok)
    throw new YoyakuError('INVALID_INPUT', `Reservation ${reservation.id} cannot take ${event.type}: ${result.refusal.code}`, {
      details: { reservationId: reservation.id, event: event.type, refusal: result.refusal.code },
    });
  for (const e of result.events) events.push(e);
  return result.reservation;
}
