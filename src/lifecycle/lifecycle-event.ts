import type { BranchId, CopyId } from '../model/ids.js';
import type { CancelledBy, RejectionReason } from '../model/reservation.js';
import type { Instant, LocalDate } from '../model/time.js';

/**
 * An event that moves a reservation through its lifecycle (F1). The time comes from the
 * {@link TransitionContext}.
 *
 * - `approve`: the batch approves a request (C1);
 * - `reject`: the library refuses a request, with reasons (C4);
 * - `requestCancellation`: the patron cancels online; finalised by the next batch (F2);
 * - `finaliseCancellation`: the batch finalises a pending online cancellation (C1, F2);
 * - `cancel`: cancelled at once, by staff, or by the patron under `onlineCancellation: 'immediate'`;
 * - `trap`: a copy is put on the hold shelf and the notice sent (D1, D2);
 * - `collect`: the patron collects the hold by its last day (D2);
 * - `lapse`: the hold's last day has passed (D3);
 * - `changePickup`: staff change the pickup branch (F5);
 * - `sendNotice`: the hold notice is handed to the mailer; the hold counts from that Japan date (D2);
 * - `extendHold`: staff move a hold's last day later (取置延長, P11);
 * - `reorder`: staff move a reservation in its volume's queue, with a reason (P12);
 * - `suspend`: the reservation is passed over for trapping until a date, or resumes (`null`) (P13);
 * - `setNotNeededAfter`: the patron's date after which it is not needed, or none (P14);
 * - `endUnneeded`: the not-needed-after date has passed; it ends by itself, silently (P14);
 * - `fulfil`: the patron borrowed a copy of the volume at the counter (P7).
 * @category Lifecycle
 * @example
 * const e: LifecycleEvent = { type: 'trap', copyId: 'c-1', noticeDate: '2026-12-08', lastDay: '2026-12-15' };
 */
export type LifecycleEvent =
  | { readonly type: 'approve' }
  | { readonly type: 'reject'; readonly reasons: readonly RejectionReason[] }
  | { readonly type: 'requestCancellation' }
  | { readonly type: 'finaliseCancellation' }
  | { readonly type: 'cancel'; readonly by: CancelledBy; readonly note?: string | undefined }
  | { readonly type: 'trap'; readonly copyId: CopyId; readonly noticeDate: LocalDate; readonly lastDay: LocalDate }
  | { readonly type: 'collect' }
  | { readonly type: 'lapse' }
  | { readonly type: 'changePickup'; readonly pickupBranchId: BranchId }
  // issue 10
  | { readonly type: 'sendNotice'; readonly noticeDate: LocalDate; readonly lastDay: LocalDate }
  | { readonly type: 'extendHold'; readonly lastDay: LocalDate }
  | {
      readonly type: 'reorder';
      readonly queuedAt: Instant;
      readonly fromPosition: number;
      readonly toPosition: number;
      readonly reason: string;
    }
  | { readonly type: 'suspend'; readonly until: LocalDate | null }
  | { readonly type: 'setNotNeededAfter'; readonly date: LocalDate | null }
  | { readonly type: 'endUnneeded' }
  | { readonly type: 'fulfil'; readonly copyId: CopyId };

/**
 * The `type` of a lifecycle event.
 * @category Lifecycle
 * @example
 * const t: LifecycleEventType = 'approve';
 */
export type LifecycleEventType = LifecycleEvent['type'];
