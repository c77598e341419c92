import type { SetAsideRecord } from '../ports/unreadable-records.js';
import type { BilingualText, Locale } from '../notices/labels.js';
import type { BranchId, CopyId, LoanId, PatronId, ReservationId, VolumeId } from '../model/ids.js';
import type { Copy } from '../model/material.js';
import type { CopyEvent } from '../model/copy-event.js';
import type { Loan } from '../model/loan.js';
import type { Refusal } from '../errors/refusal.js';
import type { RejectionReason, Reservation, ReservationStatus } from '../model/reservation.js';
import type { Instant, LocalDate } from '../model/time.js';
import type { CartEntry } from '../ports/cart-store.js';
import type { OutboxNotice } from '../ports/outbox.js';
import type { EventRecord } from '../ports/event-log.js';
import type { Actor } from './actor.js';
import type { ServiceResult } from './service-result.js';

/**
 * The outcome of one ticked cart entry at submission (B2): created, or refused with its rules.
 * @category Service
 * @example
 * const created: SubmitOutcome = { volumeId: 't-1/1', ok: true, reservationId: 'r-1' };
 * const refused: SubmitOutcome = { volumeId: 't-2/1', ok: false, refusals: [{ code: 'QUOTA_EXCEEDED', rule: 'E1' }] };
 */
export type SubmitOutcome =
  | { readonly volumeId: VolumeId; readonly ok: true; readonly reservationId: ReservationId }
  | { readonly volumeId: VolumeId; readonly ok: false; readonly refusals: readonly Refusal[] };

/**
 * What check-in did with a returned copy (D1, P5): put on the hold shelf for the reservation it
 * goes to, sent in transit to that one's pickup library, sent home, or shelved because nobody
 * waits. `foundFrom` is set when the copy was missing or long overdue and is back in service (P6).
 * @category Service
 * @example
 * const r: CheckInOutcome = { kind: 'shelve', copy: { id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onShelf', version: 3 } };
 */
export type CheckInOutcome = (
  | { readonly kind: 'hold'; readonly copy: Copy; readonly reservation: Reservation }
  | { readonly kind: 'transit'; readonly copy: Copy; readonly reservationId: ReservationId }
  | { readonly kind: 'home' | 'shelve'; readonly copy: Copy }
) & {
  readonly foundFrom?: 'missing' | 'longOverdue' | undefined;
  /** Only when not empty: the queued reservations that could not be read, set aside (table, id, code; no patron data), at a check-in, a found copy or a confirmed pull (P19). */
  readonly setAside?: readonly SetAsideRecord[] | undefined;
};

/**
 * What marking a copy did (P6): the copy as stored now, the events of its life, and for a copy
 * found again where it went ({@link CheckInOutcome}).
 * @category Service
 * @example
 * const r: CopyMarkOutcome = { copy: { id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'missing', version: 2 }, copyEvents: [] };
 */
export interface CopyMarkOutcome {
  readonly copy: Copy;
  readonly copyEvents: readonly CopyEvent[];
  readonly placed?: CheckInOutcome | undefined;
}

/**
 * The name of one of the staff's lists (P8).
 * @category Service
 * @example
 * const list: StaffListKind = 'toPull';
 */
export type StaffListKind = 'toPull' | 'holdShelf' | 'expiredHolds' | 'inTransitTo' | 'inTransitFrom' | 'hopeless';

/**
 * One line of a staff list (P8): the copy and the reservation it is about, the other branch
 * (the pickup branch of a copy to pull or of a hold; where a copy in transit left or goes), and
 * a hold's last day. Fields a list does not have are `null`. No patron data.
 * @category Service
 * @example
 * const line: StaffListLine = { copyId: 'c-1', volumeId: 't-1/1', reservationId: 'r-1', branchId: 'mukawa', lastDay: null };
 */
export interface StaffListLine {
  readonly copyId: CopyId | null;
  readonly volumeId: VolumeId;
  readonly reservationId: ReservationId | null;
  readonly branchId: BranchId | null;
  readonly lastDay: LocalDate | null;
}

/**
 * One page of a staff list at a branch, as of an instant (P8).
 * @category Service
 * @example
 * const page: StaffList = { branchId: 'akeno', list: 'holdShelf', asOf: '2026-12-08T01:00:00.000Z', offset: 0, items: [], nextOffset: null };
 */
export interface StaffList {
  readonly branchId: BranchId;
  readonly list: StaffListKind;
  readonly asOf: Instant;
  readonly offset: number;
  readonly items: readonly StaffListLine[];
  /** The offset of the next page, or `null` when this is the last. */
  readonly nextOffset: number | null;
}

/**
 * One line of the patron's reservation list: the status in Japanese and English, the queue
 * position once approved, and the hold's last day.
 * @category Service
 * @example
 * const line: ReservationView = {
 *   reservationId: 'r-1', volumeId: 't-1/1', titleId: 't-1', title: '源氏物語', volumeLabel: '上',
 *   status: 'reserved', label: { ja: '予約中', en: 'Reserved' }, channel: 'online',
 *   pickupBranchId: 'akeno', queuePosition: 2, lastDay: null, cancellationPending: false,
 *   rejectionReasons: null, suspendedUntil: null, notNeededAfter: null, estimatedWaitDays: null,
 * };
 */
export interface ReservationView {
  readonly reservationId: ReservationId;
  readonly volumeId: VolumeId;
  readonly titleId: string;
  readonly title: string;
  readonly volumeLabel: string | null;
  readonly status: ReservationStatus;
  readonly label: BilingualText;
  readonly channel: 'online' | 'counter';
  readonly pickupBranchId: BranchId;
  /** 1-based place in the queue; `null` until approved (C2) and after the queue. */
  readonly queuePosition: number | null;
  /** The last day to collect, when on hold (D2). */
  readonly lastDay: LocalDate | null;
  /** An online cancellation waits for the next approval batch (F2). */
  readonly cancellationPending: boolean;
  // issue 10
  /** Why the library rejected it (C4), one text per reason; `null` unless `rejected`. */
  readonly rejectionReasons: readonly BilingualText[] | null;
  /** P13: passed over for trapping until this day, keeping its place; `null` when not suspended. */
  readonly suspendedUntil: LocalDate | null;
  /** P14: the patron's date after which it is not needed; `null` when none. */
  readonly notNeededAfter: LocalDate | null;
  /**
   * An estimate of the days until a copy is ready, when the policy shows it
   * (`showEstimatedWait`) and the reservation waits in the queue ({@link estimateWaitDays});
   * `null` otherwise. An estimate, never a promise.
   */
  readonly estimatedWaitDays: number | null;
}

/**
 * The patron's reservation list as of an instant (G3).
 * @category Service
 * @example
 * const list: ReservationList = { asOf: '2026-12-04T00:00:00.000Z', reservations: [], nextCursor: null };
 */
export interface ReservationList {
  readonly asOf: Instant;
  readonly reservations: readonly ReservationView[];
  /** The `cursor` of the next page, or `null` on the last page. */
  readonly nextCursor: string | null;
}

/**
 * One page of a patron's favourites (B5), in the order added.
 * @category Service
 * @example
 * const page: FavouritesPage = { volumeIds: ['t-1/1'], nextCursor: null };
 */
export interface FavouritesPage {
  readonly volumeIds: readonly VolumeId[];
  /** The `cursor` of the next page, or `null` on the last page. */
  readonly nextCursor: string | null;
}

/**
 * One page of a patron's cart (B1), in the order added.
 * @category Service
 * @example
 * const page: CartPage = { entries: [{ volumeId: 't-1/1', pickupBranchId: 'akeno' }], nextCursor: null };
 */
export interface CartPage {
  readonly entries: readonly CartEntry[];
  /** The `cursor` of the next page, or `null` on the last page. */
  readonly nextCursor: string | null;
}

/**
 * One line of the loan status page (G1–G3).
 * @category Service
 * @example
 * const line: LoanView = { loanId: 'l-1', copyId: 'c-1', title: '源氏物語', dueDate: '2026-12-18', overdue: false, reserved: true, renewable: false };
 */
export interface LoanView {
  readonly loanId: LoanId;
  readonly copyId: CopyId;
  readonly title: string;
  readonly dueDate: LocalDate;
  /** G1: the due date is shown in red. */
  readonly overdue: boolean;
  /** G2: 予約「有」, someone is waiting. */
  readonly reserved: boolean;
  /** G4: whether renewal would be accepted now. */
  readonly renewable: boolean;
}

/**
 * The loan status page as of an instant (G3).
 * @category Service
 * @example
 * const page: LoanStatusPage = { asOf: '2026-12-04T00:00:00.000Z', loans: [], nextCursor: null };
 */
export interface LoanStatusPage {
  readonly asOf: Instant;
  readonly loans: readonly LoanView[];
  /** The `cursor` of the next page, or `null` on the last page. */
  readonly nextCursor: string | null;
}

/**
 * Summary of one run of a morning job.
 * @category Service
 * @example
 * const s: JobSummary = { date: '2026-12-04', claimed: true, approved: 3, rejected: 1, cancelled: 0, lapsed: 0, newHolds: 0, setAside: [] };
 */
export interface JobSummary {
  readonly date: LocalDate;
  /** False when another server already ran this job for this date: nothing was done. */
  readonly claimed: boolean;
  readonly approved: number;
  readonly rejected: number;
  readonly cancelled: number;
  readonly lapsed: number;
  readonly newHolds: number;
  /**
   * The records the run could not decide, by table, id and code only (never a patron's data): the
   * rows it could not read, and the records that depend on them. They are left as they were, for
   * the next run (or a run for a later date) once the row is mended; see `docs/integrating.md`.
   */
  readonly setAside: readonly SetAsideRecord[];
}

/**
 * What one run of the retention job did: the records that lost their link to the patron
 * because they ended before `before` (the start of `date − retentionDays` in Japan), and the
 * units of work it took. `enabled: false` when the policy's `retentionDays` is `null`.
 * @category Service
 * @example
 * const s: RetentionSummary = { date: '2026-12-08', enabled: true, before: '2026-09-08T15:00:00.000Z', reservations: 120, loans: 340, units: 1 };
 */
export interface RetentionSummary {
  readonly date: LocalDate;
  readonly enabled: boolean;
  readonly before: Instant | null;
  readonly reservations: number;
  readonly loans: number;
  /** The units of work (the chunks, when chunked) this call finished. */
  readonly units: number;
  /** Chunked runs only (`jobChunkSize`): whether this call planned the day's run or finished a chunk of it. */
  readonly claimed?: boolean | undefined;
  /** Chunked runs only: the rows that could not be read, set aside (table, id, code). */
  readonly setAside?: readonly SetAsideRecord[] | undefined;
}

/**
 * A notice of the outbox, ready for the host's mailer, rendered at delivery: the subject and
 * body (which show the patron's name and the title only when the patron allows it at that
 * moment, D5, and the last day counted from the day it is sent, D2) and the patron's e-mail
 * address as stored when the notice is delivered (`null` when there is none: the host decides,
 * for instance to telephone). The address is never stored in the outbox.
 * @category Service
 * @example
 * const notice: DeliverableNotice = {
 *   id: 'n-1', kind: 'holdNotice', patronId: 'p-1', reservationId: 'r-1', createdAt: '2026-12-08T01:00:00.000Z',
 *   to: 'p1@example.jp', locale: 'ja', subject: '【予約（貸出）決定通知】ご予約の資料をご用意しました', body: '…',
 *   payload: { lastDay: '2026-12-15' },
 * };
 */
export interface DeliverableNotice {
  readonly id: string;
  /** `holdNotice` for the 予約（貸出）決定通知 (D1). */
  readonly kind: string;
  readonly patronId: PatronId;
  readonly reservationId: ReservationId | null;
  readonly createdAt: Instant;
  /** The patron's e-mail address now, or `null`. */
  readonly to: string | null;
  /** The language it was rendered in: `ja`, `en`, `ja-easy`, or a locale the host registered. */
  readonly locale: string;
  readonly subject: string;
  readonly body: string;
  /** The stored payload; for a hold notice with what was rendered: `locale`, `subject`, `body`, `pickupBranchId`, `noticeDate`, `lastDay`, `nameShown`, `titleShown`. */
  readonly payload: OutboxNotice['payload'];
}

/**
 * The host's mailer for {@link ReservationService.deliverNotices}: resolves once the notice is
 * handed over, throws to leave it pending for the next delivery.
 * @category Service
 * @example
 * const send: NoticeSender = async (notice) => {
 *   if (notice.to !== null) await mailer.send({ to: notice.to, subject: notice.subject, text: notice.body });
 * };
 */
export type NoticeSender = (notice: DeliverableNotice) => Promise<void>;

/**
 * What one delivery of the outbox did.
 * @category Service
 * @example
 * const report: NoticeDeliveryReport = { sent: 2, failed: ['n-3'], setAside: [], notSent: [] };
 */
export interface NoticeDeliveryReport {
  /** Notices sent and marked sent. */
  readonly sent: number;
  /** Ids of notices whose sending threw; they stay pending. */
  readonly failed: readonly string[];
  /** Notices not offered to the sender: their outbox row, or their patron's row, cannot be read (table, id and code only). */
  readonly setAside: readonly SetAsideRecord[];
  /** Notices not sent because their reservation is no longer on hold; they leave the outbox's pending ones. */
  readonly notSent: readonly UnsentNotice[];
}

/**
 * A notice that delivery did not send, and why: its reservation is no longer on hold (`status`
 * says what it became: `collected`, `cancelled`, `lapsed`, or `missing`).
 * @category Service
 * @example
 * const unsent: UnsentNotice = { id: 'n-1', reservationId: 'r-1', reason: 'notOnHold', status: 'cancelled' };
 */
export interface UnsentNotice {
  readonly id: string;
  readonly reservationId: ReservationId | null;
  readonly reason: 'notOnHold';
  readonly status: string;
}

/**
 * Every operation the guide describes, over the host's storage. Each takes an {@link Actor}
 * and returns a {@link ServiceResult}; nothing is written unless the result is `ok`.
 * Built by {@link createReservationService}.
 * @category Service
 * @example
 * const result = await service.submitCart(patron, { volumeIds: ['t-1/1'] });
 * if (result.ok) console.log(result.value.map((o) => o.ok));
 */
export interface ReservationService {
  /** B5: add a volume to the patron's favourites. */
  addFavourite(actor: Actor, input: { volumeId: VolumeId }): Promise<ServiceResult<readonly VolumeId[]>>;
  /** B5: remove a volume from the favourites. */
  removeFavourite(actor: Actor, input: { volumeId: VolumeId }): Promise<ServiceResult<readonly VolumeId[]>>;
  /** B5: the favourites list. */
  listFavourites(actor: Actor): Promise<ServiceResult<readonly VolumeId[]>>;
  /** B5: one page of the favourites list (`limit`, `cursor` as in {@link ReservationService.listReservations}). */
  favouritesPage(actor: Actor, input?: { limit?: number | undefined; cursor?: string | undefined }): Promise<ServiceResult<FavouritesPage>>;
  /** B5 → B1: move a favourite into the cart with a pickup branch. */
  moveFavouriteToCart(actor: Actor, input: CartEntry): Promise<ServiceResult<readonly CartEntry[]>>;
  /** B1: add an entry to the cart; a non-reservable item or an invalid pickup branch is refused at once. */
  addToCart(actor: Actor, input: CartEntry): Promise<ServiceResult<readonly CartEntry[]>>;
  /** B1: remove an entry from the cart. */
  removeFromCart(actor: Actor, input: { volumeId: VolumeId }): Promise<ServiceResult<readonly CartEntry[]>>;
  /** B1: the cart. */
  listCart(actor: Actor): Promise<ServiceResult<readonly CartEntry[]>>;
  /** B1: one page of the cart (`limit`, `cursor` as in {@link ReservationService.listReservations}). */
  cartPage(actor: Actor, input?: { limit?: number | undefined; cursor?: string | undefined }): Promise<ServiceResult<CartPage>>;
  /** B2, B3: submit the ticked entries; one outcome per entry; created ones leave the cart. */
  submitCart(actor: Actor, input: { volumeIds: readonly VolumeId[] }): Promise<ServiceResult<readonly SubmitOutcome[]>>;
  /** C2: staff place a reservation at the counter; it joins the queue at once. */
  placeCounterReservation(actor: Actor, input: { patronId: PatronId; volumeId: VolumeId; pickupBranchId: BranchId }): Promise<ServiceResult<Reservation>>;
  /** C3: a walk-in borrows a copy on the shelf, ahead of pending online requests. */
  checkoutWalkIn(actor: Actor, input: { patronId: PatronId; copyId: CopyId }): Promise<ServiceResult<Loan>>;
  /** D1: a copy is returned (or arrives in transit) at the actor's branch; it is trapped for the queue, sent on, or shelved. */
  checkIn(actor: Actor, input: { copyId: CopyId }): Promise<ServiceResult<CheckInOutcome>>;
  /** P6: staff mark a copy missing, long overdue, withdrawn, or found again. */
  markCopy(actor: Actor, input: { copyId: CopyId; mark: 'missing' | 'longOverdue' | 'withdrawn' | 'found' }): Promise<ServiceResult<CopyMarkOutcome>>;
  /** P8: staff confirm a copy on their pull list is pulled: on the hold shelf (the hold begins, with its notice), or sent on. */
  confirmPull(actor: Actor, input: { copyId: CopyId }): Promise<ServiceResult<CheckInOutcome>>;
  /** P8: one of the staff's lists at their branch, paginated: to pull, the hold shelf, expired holds, in transit to and from, hopeless. */
  staffList(actor: Actor, input: { list: StaffListKind; limit?: number; offset?: number }): Promise<ServiceResult<StaffList>>;
  /** D2: the patron collects a hold at the pickup branch; it becomes a loan. */
  collectHold(actor: Actor, input: { reservationId: ReservationId }): Promise<ServiceResult<Loan>>;
  /** C1, C4: the morning approval batch for a date (today in Japan by default), claimed once across servers. */
  runApprovalBatch(actor: Actor, input?: { date?: LocalDate }): Promise<ServiceResult<JobSummary>>;
  /** D3, D4: the hold expiry job for a date (today in Japan by default), claimed once across servers. */
  runHoldExpiry(actor: Actor, input?: { date?: LocalDate }): Promise<ServiceResult<JobSummary>>;
  /** F2–F4: the patron cancels online. */
  cancelOnline(actor: Actor, input: { reservationId: ReservationId }): Promise<ServiceResult<Reservation>>;
  /** F3, F4: staff cancel any active reservation, with a note. */
  cancelByStaff(actor: Actor, input: { reservationId: ReservationId; note?: string }): Promise<ServiceResult<Reservation>>;
  /** F5: online changes are refused: cancel and reserve again, or contact the library. */
  changeOnline(actor: Actor, input: { reservationId: ReservationId; pickupBranchId: BranchId }): Promise<ServiceResult<Reservation>>;
  /** F5: staff change the pickup branch of a reserved reservation. */
  changePickupByStaff(actor: Actor, input: { reservationId: ReservationId; pickupBranchId: BranchId }): Promise<ServiceResult<Reservation>>;
  /** F1, C2, D2: the patron's reservations with status labels, queue positions and last days. */
  listReservations(actor: Actor, input?: { patronId?: PatronId; limit?: number; cursor?: string }): Promise<ServiceResult<ReservationList>>;
  /** G1–G3: the loan status page. */
  loanStatusPage(actor: Actor, input?: { patronId?: PatronId; limit?: number; cursor?: string }): Promise<ServiceResult<LoanStatusPage>>;
  /** G4: renew a loan, refused while someone waits. */
  renewLoan(actor: Actor, input: { loanId: LoanId }): Promise<ServiceResult<Loan>>;
  /** A1: staff register (or unregister) a patron for the internet service, with an e-mail address. */
  setInternetRegistration(actor: Actor, input: { patronId: PatronId; registered: boolean; email?: string }): Promise<ServiceResult<void>>;
  /** A3: staff set or clear the unreachable mark. */
  setUnreachable(actor: Actor, input: { patronId: PatronId; unreachable: boolean }): Promise<ServiceResult<void>>;
  /** A2: the patron changes their e-mail address; the mark of A3 is cleared only when the host confirmed it. */
  changeEmail(actor: Actor, input: { email: string; confirmed: boolean }): Promise<ServiceResult<void>>;
  /** D5: the patron's choices for the hold notice. */
  setNoticePrivacy(actor: Actor, input: { showName: boolean; showTitle: boolean }): Promise<ServiceResult<void>>;
  /**
   * D1, D2, D5: delivers the outbox's pending notices at least once, from several processes at
   * a time: claims them in batches under a lease, renders each hold notice now (privacy choices
   * and e-mail address as stored now, the last day counted from today), drops those whose hold
   * has ended (`notSent`), calls `send` for each outside any unit, and marks each sent in its
   * own unit once `send` resolves; a notice whose `send` throws stays pending. The host's
   * relay, not a patron's or staff operation: it takes no actor.
   */
  deliverNotices(send: NoticeSender): Promise<ServiceResult<NoticeDeliveryReport>>;
  // issue 10: staff decisions
  /** C1, P10: staff approve a pending request by hand, at its pickup branch. */
  approveByStaff(actor: Actor, input: { reservationId: ReservationId }): Promise<ServiceResult<Reservation>>;
  /** C4, P10: staff reject a pending request with reasons (rule IDs, or `staff` with a note), at its pickup branch. */
  rejectByStaff(actor: Actor, input: { reservationId: ReservationId; reasons: readonly RejectionReason[] }): Promise<ServiceResult<Reservation>>;
  /** P11: staff extend a hold's last day (取置延長) up to the policy's maximum. */
  extendHold(actor: Actor, input: { reservationId: ReservationId; lastDay: LocalDate }): Promise<ServiceResult<Reservation>>;
  /** P12: staff move a reservation to a place in its volume's queue, with a reason. */
  moveInQueue(actor: Actor, input: { reservationId: ReservationId; toPosition: number; reason: string }): Promise<ServiceResult<Reservation>>;
  // issue 10: patrons' options
  /** P13: suspend a reservation until a date (`null` resumes it), keeping its place; the patron online or staff at the pickup branch. */
  suspendReservation(actor: Actor, input: { reservationId: ReservationId; until: LocalDate | null }): Promise<ServiceResult<Reservation>>;
  /** P14: the date after which an unfilled reservation is not needed (`null` removes it); the patron online or staff at the pickup branch. */
  setNotNeededAfter(actor: Actor, input: { reservationId: ReservationId; date: LocalDate | null }): Promise<ServiceResult<Reservation>>;
  // issue 10: the record of what happened
  /** The retention job: finished reservations and returned loans older than `retentionDays` lose their patron, in bounded, resumable units. */
  runRetention(actor: Actor, input?: { date?: LocalDate | undefined; batchSize?: number | undefined }): Promise<ServiceResult<RetentionSummary>>;
  /** The history of a reservation, a copy or a patron: its stored domain events with their actors, oldest first (staff only). */
  history(actor: Actor, input: { reservationId: ReservationId } | { copyId: CopyId } | { patronId: PatronId }): Promise<ServiceResult<readonly EventRecord[]>>;
}
