import type { BranchId, CopyId } from '../model/ids.js';
import type { CancelledBy, RejectionReason } from '../model/reservation.js';
import type { LocalDate } from '../model/time.js';

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
  | { readonly type: 'fulfil'; readonly copyId: CopyId };

/**
 * The `type` of a lifecycle event.
 * @category Lifecycle
 * @example
 * const t: LifecycleEventType = 'approve';
 */
export type LifecycleEventType = LifecycleEvent['type'];
