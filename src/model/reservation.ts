import type { RuleId } from '../errors/rule-id.js';
import type { BranchId, CopyId, PatronId, ReservationId, TitleId, VolumeId } from './ids.js';
import type { Instant, LocalDate } from './time.js';

/**
 * How a reservation was placed. E-mail and other channels are not accepted (A5).
 * @category Model
 * @example
 * const channel: Channel = 'online';
 */
export type Channel = 'online' | 'counter';

/**
 * Every status of the lifecycle (F1). `requested` is 予約申請中, `reserved` 予約中,
 * `rejected` 予約拒否, `onHold` お取置き.
 * @category Model
 * @example
 * const status: ReservationStatus = 'onHold';
 */
export type ReservationStatus =
  | 'requested'
  | 'reserved'
  | 'rejected'
  | 'onHold'
  | 'collected'
  | 'lapsed'
  | 'cancelled';

/**
 * All reservation statuses, in lifecycle order.
 * @category Model
 * @example
 * RESERVATION_STATUSES.length; // 7
 */
export const RESERVATION_STATUSES: readonly ReservationStatus[] = [
  'requested',
  'reserved',
  'rejected',
  'onHold',
  'collected',
  'lapsed',
  'cancelled',
];

/**
 * Statuses in which a reservation is active and counts toward the quota (E1).
 * @category Model
 * @example
 * ACTIVE_STATUSES.includes('onHold'); // true
 */
export const ACTIVE_STATUSES: readonly ReservationStatus[] = ['requested', 'reserved', 'onHold'];

/**
 * Statuses from which no transition leads anywhere (F1).
 * @category Model
 * @example
 * FINAL_STATUSES.includes('lapsed'); // true
 */
export const FINAL_STATUSES: readonly ReservationStatus[] = ['rejected', 'collected', 'lapsed', 'cancelled'];

/**
 * Why a request was rejected (C4): a rule ID, or `staff` with a free note.
 * The note is for staff; it must not hold personal data.
 * @category Model
 * @example
 * const reasons: RejectionReason[] = [{ rule: 'E4' }, { rule: 'staff', note: 'damaged' }];
 */
export type RejectionReason = { readonly rule: RuleId } | { readonly rule: 'staff'; readonly note?: string | undefined };

/**
 * Who ended a reservation by cancelling it: `system` when it ended by itself after the
 * patron's not-needed-after date (P14).
 * @category Model
 * @example
 * const by: CancelledBy = 'patron';
 */
export type CancelledBy = 'patron' | 'staff' | 'system';

/**
 * Fields every reservation has, whatever its status.
 * @category Model
 * @example
 * const base: ReservationBase = {
 *   id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false,
 *   channel: 'online', pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 0,
 * };
 */
export interface ReservationBase {
  readonly id: ReservationId;
  readonly patronId: PatronId;
  readonly titleId: TitleId;
  /** The one volume reserved (E2). */
  readonly volumeId: VolumeId;
  /** Whether the title is audiovisual, fixed when the reservation is placed (E1). */
  readonly audiovisual: boolean;
  readonly channel: Channel;
  /** The pickup library (B4). */
  readonly pickupBranchId: BranchId;
  /** When the patron or staff placed it. */
  readonly placedAt: Instant;
  /** Optimistic concurrency version; every transition increments it. */
  readonly version: number;
}

// issue 10: patrons' options, beyond the guide
/**
 * The patron's options on a reservation that is not yet on hold, each off unless the policy
 * offers it: a date after which it is not needed (P14), and a date until which it is passed
 * over for trapping while it keeps its place (P13).
 * @category Model
 * @example
 * const options: PatronOptions = { notNeededAfter: '2027-01-31', suspendedUntil: '2026-12-20' };
 */
export interface PatronOptions {
  /** P14: after this Japan date, an unfilled reservation ends by itself, silently. */
  readonly notNeededAfter?: LocalDate | undefined;
  /** P13: until this Japan date (inclusive) it keeps its place but is passed over for trapping. */
  readonly suspendedUntil?: LocalDate | undefined;
}

/**
 * 予約申請中: an online request waiting for the next open day's approval (B3, C1).
 * It holds no copy and has no queue place (C2).
 * @category Model
 * @example
 * const r: RequestedReservation = {
 *   id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false,
 *   channel: 'online', pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 0,
 *   status: 'requested',
 * };
 */
export interface RequestedReservation extends ReservationBase, PatronOptions {
  readonly status: 'requested';
  /** Set when the patron cancelled online and the cancellation waits for the batch (F2). */
  readonly cancellationRequestedAt?: Instant | undefined;
}

/**
 * 予約中: approved (online) or placed at the counter, waiting in the queue for a copy.
 * @category Model
 * @example
 * const r: ReservedReservation = {
 *   id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false,
 *   channel: 'online', pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 1,
 *   status: 'reserved', queuedAt: '2026-12-04T00:00:00.000Z',
 * };
 */
export interface ReservedReservation extends ReservationBase, PatronOptions {
  readonly status: 'reserved';
  /** The instant it joined the queue: placing at the counter, approval online (C2). */
  readonly queuedAt: Instant;
  /** Set when the patron cancelled online and the cancellation waits for the batch (F2). */
  readonly cancellationRequestedAt?: Instant | undefined;
}

/**
 * 予約拒否: the library refused the request (C4). Final.
 * @category Model
 * @example
 * const r: RejectedReservation = {
 *   id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false,
 *   channel: 'online', pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 1,
 *   status: 'rejected', rejectedAt: '2026-12-04T00:00:00.000Z', reasons: [{ rule: 'E4' }],
 * };
 */
export interface RejectedReservation extends ReservationBase {
  readonly status: 'rejected';
  readonly rejectedAt: Instant;
  readonly reasons: readonly RejectionReason[];
}

/**
 * お取置き: a copy is on the hold shelf of the pickup library and the notice was sent (D1).
 * @category Model
 * @example
 * const r: OnHoldReservation = {
 *   id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false,
 *   channel: 'online', pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 2,
 *   status: 'onHold', queuedAt: '2026-12-04T00:00:00.000Z', copyId: 'c-1',
 *   trappedAt: '2026-12-08T02:00:00.000Z', noticeDate: '2026-12-08', lastDay: '2026-12-15',
 * };
 */
export interface OnHoldReservation extends ReservationBase {
  readonly status: 'onHold';
  readonly queuedAt: Instant;
  /** The copy on the hold shelf. */
  readonly copyId: CopyId;
  readonly trappedAt: Instant;
  /** The notice's send date in Japan: the hold period starts the day after (D2). */
  readonly noticeDate: LocalDate;
  /**
   * The last day the patron may collect (D2, D4): counted from the trap date until the notice is
   * delivered, then from the Japan date it was sent; later only by a staff extension (P11).
   */
  readonly lastDay: LocalDate;
  /** When the hold notice was handed to the mailer (D2); absent until then. */
  readonly noticeSentAt?: Instant | undefined;
}

/**
 * The patron collected the held copy; it became a loan. Final.
 * @category Model
 * @example
 * const r: CollectedReservation = {
 *   id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false,
 *   channel: 'online', pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 3,
 *   status: 'collected', copyId: 'c-1', collectedAt: '2026-12-09T03:00:00.000Z',
 * };
 */
export interface CollectedReservation extends ReservationBase {
  readonly status: 'collected';
  readonly copyId: CopyId;
  readonly collectedAt: Instant;
}

/**
 * The hold period ended without collection; cancelled without notice (D3). Final.
 * @category Model
 * @example
 * const r: LapsedReservation = {
 *   id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false,
 *   channel: 'online', pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 3,
 *   status: 'lapsed', copyId: 'c-1', lastDay: '2026-12-15', lapsedAt: '2026-12-15T15:00:00.000Z',
 * };
 */
export interface LapsedReservation extends ReservationBase {
  readonly status: 'lapsed';
  /** The copy that was on the hold shelf, now passed on or freed. */
  readonly copyId: CopyId;
  readonly lastDay: LocalDate;
  readonly lapsedAt: Instant;
}

/**
 * Cancelled by the patron (online, F2) or by staff. Final.
 * @category Model
 * @example
 * const r: CancelledReservation = {
 *   id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false,
 *   channel: 'online', pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 2,
 *   status: 'cancelled', cancelledAt: '2026-12-04T00:00:00.000Z', cancelledBy: 'patron',
 *   cancelledFrom: 'requested',
 * };
 */
export interface CancelledReservation extends ReservationBase {
  readonly status: 'cancelled';
  readonly cancelledAt: Instant;
  readonly cancelledBy: CancelledBy;
  /** The status it was cancelled from. */
  readonly cancelledFrom: 'requested' | 'reserved' | 'onHold';
  /** The copy released, when it was cancelled on hold. */
  readonly copyId?: CopyId | undefined;
  /** Staff note; must not hold personal data. */
  readonly note?: string | undefined;
}

/**
 * A reservation: a union keyed by `status`. A `lapsed` one has no field that only an
 * `onHold` one has.
 * @category Model
 * @example
 * function describe(r: Reservation): string {
 *   return r.status === 'onHold' ? `collect by ${r.lastDay}` : r.status;
 * }
 */
export type Reservation =
  | RequestedReservation
  | ReservedReservation
  | RejectedReservation
  | OnHoldReservation
  | CollectedReservation
  | LapsedReservation
  | CancelledReservation;

/**
 * The reservation of a given status.
 * @category Model
 * @example
 * type Held = ReservationOf<'onHold'>; // OnHoldReservation
 */
export type ReservationOf<S extends ReservationStatus> = Extract<Reservation, { status: S }>;
