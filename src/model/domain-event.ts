import type { BranchId, CopyId, PatronId, ReservationId } from './ids.js';
import type { CancelledBy, RejectionReason, ReservationStatus } from './reservation.js';
import type { Instant, LocalDate } from './time.js';

/**
 * Something that happened to a reservation, produced as data by a pure transition or job.
 * Events never carry a patron's name, e-mail address or card number.
 * @category Model
 * @example
 * const e: DomainEvent = {
 *   type: 'reservationApproved', reservationId: 'r-1', patronId: 'p-1',
 *   at: '2026-12-04T00:00:00.000Z', from: 'requested', to: 'reserved',
 * };
 */
export type DomainEvent =
  | (EventBase & { readonly type: 'reservationRequested' | 'reservationPlaced' })
  | (EventBase & { readonly type: 'reservationApproved' })
  | (EventBase & { readonly type: 'reservationRejected'; readonly reasons: readonly RejectionReason[] })
  | (EventBase & { readonly type: 'cancellationRequested' })
  | (EventBase & { readonly type: 'reservationCancelled'; readonly by: CancelledBy; readonly copyId?: CopyId | undefined })
  | (EventBase & {
      readonly type: 'holdStarted';
      readonly copyId: CopyId;
      readonly pickupBranchId: BranchId;
      readonly noticeDate: LocalDate;
      readonly lastDay: LocalDate;
    })
  | (EventBase & { readonly type: 'holdCollected'; readonly copyId: CopyId })
  | (EventBase & { readonly type: 'reservationFulfilled'; readonly copyId: CopyId })
  | (EventBase & { readonly type: 'holdLapsed'; readonly copyId: CopyId; readonly lastDay: LocalDate })
  | (EventBase & { readonly type: 'pickupChanged'; readonly pickupBranchId: BranchId });

/**
 * Fields every domain event has.
 * @category Model
 * @example
 * const base: EventBase = {
 *   reservationId: 'r-1', patronId: 'p-1', at: '2026-12-04T00:00:00.000Z', from: null, to: 'requested',
 * };
 */
export interface EventBase {
  readonly reservationId: ReservationId;
  readonly patronId: PatronId;
  readonly at: Instant;
  /** Status before; `null` when the reservation was created. */
  readonly from: ReservationStatus | null;
  /** Status after. */
  readonly to: ReservationStatus;
}

/**
 * The `type` of a domain event.
 * @category Model
 * @example
 * const t: DomainEventType = 'holdLapsed';
 */
export type DomainEventType = DomainEvent['type'];
