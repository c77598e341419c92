import type { DomainEvent } from '../model/domain-event.js';
import type { BranchId, CopyId, PatronId, ReservationId } from '../model/ids.js';
import type { Instant } from '../model/time.js';

/**
 * Who caused an event: a patron online, a member of staff (their id when the host gave one, and
 * their branch), or the system (the morning jobs, delivery of notices).
 * @category Ports
 * @example
 * const actor: EventActor = { kind: 'staff', staffId: 'staff-12', branchId: 'akeno' };
 */
export interface EventActor {
  readonly kind: 'patron' | 'staff' | 'system';
  readonly staffId?: string | undefined;
  readonly branchId?: BranchId | undefined;
}

/**
 * A domain event as appended: when it was stored, who caused it, and the event.
 * @category Ports
 * @example
 * const entry: NewEventRecord = { recordedAt: '2026-12-04T00:00:00.000Z', actor: { kind: 'system' }, event };
 */
export interface NewEventRecord {
  readonly recordedAt: Instant;
  readonly actor: EventActor;
  readonly event: DomainEvent;
}

/**
 * A stored domain event: as appended, with `seq`, its place in the log (increasing in the order
 * appended). After the retention job the event's `patronId` is {@link ANONYMISED_PATRON_ID}.
 * @category Ports
 * @example
 * const line = (r: EventRecord) => `${r.seq} ${r.event.type} by ${r.actor.staffId ?? r.actor.kind}`;
 */
export interface EventRecord extends NewEventRecord {
  readonly seq: number;
}

/**
 * The patron id that replaces a patron's on a finished reservation, a returned loan and their
 * events, once the retention job has removed the link (JLA Statement on Intellectual Freedom in
 * Libraries). No patron may have this id.
 * @category Ports
 * @example
 * reservation.patronId === ANONYMISED_PATRON_ID; // true after retention
 */
export const ANONYMISED_PATRON_ID = '~anonymised';

/**
 * The record of what happened: every domain event, stored in the unit of work of the change that
 * produced it, with its actor. Reads return fresh copies in `seq` order. Events are never
 * changed, except that the retention job removes the patron's id from those of a finished
 * reservation.
 * @category Ports
 * @example
 * const history = await storage.unitOfWork.run((tx) => tx.events.listByReservation('r-1'));
 * history.map((r) => r.event.type); // ['reservationRequested', 'reservationApproved', 'holdStarted', …]
 */
export interface EventLog {
  /** Appends the events, in order, each with a new `seq` greater than every earlier one. */
  append(entries: readonly NewEventRecord[]): Promise<void>;

  /** The events of a reservation, in `seq` order. */
  listByReservation(reservationId: ReservationId): Promise<EventRecord[]>;

  /** The events that name a copy (`copyId`), in `seq` order. */
  listByCopy(copyId: CopyId): Promise<EventRecord[]>;

  /** The events that name a patron, in `seq` order (none after retention). */
  listByPatron(patronId: PatronId): Promise<EventRecord[]>;

  /** Replaces the patron's id with {@link ANONYMISED_PATRON_ID} in every event of the reservation; returns how many changed. */
  anonymiseReservation(reservationId: ReservationId): Promise<number>;
}
