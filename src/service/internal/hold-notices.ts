import type { OnHoldReservation } from '../../model/reservation.js';
import type { Instant } from '../../model/time.js';
import { buildHoldNotice } from '../../notices/hold-notice.js';
import type { OutboxNotice } from '../../ports/outbox.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { ServiceContext } from './context.js';
import { existing, policyBranch } from './lookups.js';

/**
 * The `kind` of the 予約（貸出）決定通知 in the outbox (D1).
 * @category Service
 * @example
 * pending.filter((n) => n.kind === HOLD_NOTICE_KIND);
 */
export const HOLD_NOTICE_KIND = 'holdNotice';

/**
 * Renders the hold notice of a new hold with {@link buildHoldNotice} (D5: name and title only
 * when the patron allows) and enqueues it in the outbox, in the unit of work that made the hold.
 * The payload holds the rendered subject and body, the locale, the pickup branch, the notice
 * date and the last day, and whether name and title are shown; never the e-mail address, which
 * is looked up when the notice is delivered.
 * @param ctx - the service context
 * @param tx - the unit's stores
 * @param hold - the reservation just put on hold
 * @param at - the instant of the hold
 * @returns the notice enqueued
 * @category Service
 * @example
 * if (result.kind === 'hold') await enqueueHoldNotice(ctx, tx, result.reservation, at);
 */
export async function enqueueHoldNotice(ctx: ServiceContext, tx: StoresTx, hold: OnHoldReservation, at: Instant): Promise<OutboxNotice> {
  const patron = await existing(tx, 'patron', hold.patronId);
  const title = await existing(tx, 'title', hold.titleId);
  const volume = await existing(tx, 'volume', hold.volumeId);
  const branch = policyBranch(ctx.policy, hold.pickupBranchId);
  const rendered = buildHoldNotice({ reservation: hold, patron, title, volume, branch, locale: ctx.noticeLocale, locales: ctx.locales });
  const notice: OutboxNotice = {
    id: ctx.newId(),
    kind: HOLD_NOTICE_KIND,
    patronId: hold.patronId,
    reservationId: hold.id,
    createdAt: at,
    payload: {
      locale: rendered.locale,
      subject: rendered.subject,
      body: rendered.body,
      pickupBranchId: hold.pickupBranchId,
      noticeDate: hold.noticeDate,
      lastDay: hold.lastDay,
      nameShown: rendered.fields.patronName !== null,
      titleShown: rendered.fields.title !== null,
    },
  };
  await tx.outbox.enqueue(notice);
  return notice;
}
