import type { PatronId, ReservationId } from '../model/ids.js';
import type { Instant } from '../model/time.js';

/**
 * A JSON value, as a notice's payload holds it (a SQL adapter keeps it in a JSON column).
 * @category Ports
 * @example
 * const value: JsonValue = { lastDay: '2026-12-15', branch: 'akeno', titleShown: false };
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A notice waiting in the outbox to be delivered to a patron. It names the patron by id only:
 * the deliverer looks up the address when it sends, and the payload holds a name or a title only
 * when the patron allowed it (D5).
 * @category Ports
 * @example
 * const notice: OutboxNotice = {
 *   id: 'n-1', kind: 'holdNotice', patronId: 'p-1', reservationId: 'r-1',
 *   createdAt: '2026-12-08T02:00:00.000Z', payload: { lastDay: '2026-12-15' },
 * };
 */
export interface OutboxNotice {
  readonly id: string;
  /** What the notice is, such as `holdNotice`; the notices module names the kinds. */
  readonly kind: string;
  readonly patronId: PatronId;
  /** The reservation it is about, when there is one. */
  readonly reservationId?: ReservationId | undefined;
  readonly createdAt: Instant;
  /**
   * The notice's content, already filtered by the patron's privacy choices (D5), as JSON. A value
   * typed by an interface (such as a notice's fields) goes in spread: `{ ...fields }`.
   */
  readonly payload: { readonly [key: string]: JsonValue };
}

/**
 * The transactional outbox of notices. A notice is enqueued inside the unit of work that caused
 * it, so it exists exactly when that unit's writes do; it is delivered after the unit commits,
 * never inside it (claim pending ones in a later unit, send, then mark each sent in its own
 * unit). Delivery is at least once: a crash between sending and marking sends again once the
 * lease runs out; in normal operation the lease hands each notice to one deliverer.
 * @category Ports
 * @example
 * const pending = await storage.unitOfWork.run((tx) => tx.outbox.listPending());
 * for (const notice of pending) {
 *   await mailer.send(notice);
 *   await storage.unitOfWork.run((tx) => tx.outbox.markSent(notice.id));
 * }
 */
export interface Outbox {
  /** Adds a pending notice; throws `VERSION_CONFLICT` (`expected: null`) when the id exists. */
  enqueue(notice: OutboxNotice): Promise<void>;

  /** Every notice neither marked sent nor dropped, in `createdAt` then `id` order. */
  listPending(): Promise<OutboxNotice[]>;

  /** Marks the notice sent at the storage clock's now; `false` when it was already sent or dropped; `NOT_FOUND` when unknown. */
  markSent(id: string): Promise<boolean>;

  // issue 10: delivery from several processes
  /**
   * Leases up to `limit` pending notices to `owner` for `leaseMs` milliseconds from the storage
   * clock's now, and returns them in `createdAt` then `id` order: the pending ones whose lease
   * is absent or has run out (`leaseUntil <= now`). Until the lease runs out, no other call
   * returns them, on any process sharing the storage (on PostgreSQL, `FOR UPDATE SKIP LOCKED`:
   * concurrent claims take different rows without waiting for each other).
   */
  claimPending(owner: string, limit: number, leaseMs: number): Promise<OutboxNotice[]>;

  /** Ends `owner`'s lease of a pending notice, so the next claim may take it; `false` when `owner` does not hold it. */
  release(id: string, owner: string): Promise<boolean>;

  /**
   * Marks a pending notice as not to be sent (its reservation is no longer on hold), at the
   * storage clock's now, with a short reason (a status name, never personal data); it leaves the
   * pending ones. `false` when it was already sent or dropped; `NOT_FOUND` when unknown.
   */
  markDropped(id: string, reason: string): Promise<boolean>;

  /**
   * For the retention job: every notice of the reservation that is no longer pending (sent or
   * dropped) gets `ANONYMISED_PATRON_ID` for its patron and an empty payload; returns how many
   * changed. Pending notices are left for delivery, which drops them.
   */
  anonymiseReservation(reservationId: ReservationId): Promise<number>;
}
