import { holdDatesOnDelivery } from '../../calendar/hold-dates.js';
import { transition } from '../../lifecycle/transition.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { OnHoldReservation } from '../../model/reservation.js';
import type { Instant } from '../../model/time.js';
import { buildHoldNotice } from '../../notices/hold-notice.js';
import type { OutboxNotice } from '../../ports/outbox.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { DeliverableNotice } from '../reservation-service.js';
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
 * Enqueues the hold notice of a new hold in the outbox, in the unit of work that made the hold.
 * Nothing is rendered yet: the notice is rendered when it is delivered
 * ({@link prepareHoldNotice}), with the patron's privacy choices and the last day of that
 * moment. The payload holds the pickup branch only; never a name, a title or an address.
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
  const notice: OutboxNotice = {
    id: ctx.newId(),
    kind: HOLD_NOTICE_KIND,
    patronId: hold.patronId,
    reservationId: hold.id,
    createdAt: at,
    payload: { pickupBranchId: hold.pickupBranchId },
  };
  await tx.outbox.enqueue(notice);
  return notice;
}

/**
 * What delivery makes of one hold notice it claimed: the notice to hand to the mailer, with
 * the hold's dates written and its event; or `notOnHold` when the reservation has left the hold
 * shelf (collected, cancelled, lapsed) before the notice went out.
 * @category Service
 * @example
 * const prepared: PreparedHoldNotice = { kind: 'notOnHold', status: 'cancelled' };
 */
export type PreparedHoldNotice =
  | { readonly kind: 'send'; readonly notice: DeliverableNotice; readonly events: readonly DomainEvent[] }
  | { readonly kind: 'notOnHold'; readonly status: string };

function address(email: string | null | undefined): string | null {
  return typeof email === 'string' && email.trim() !== '' ? email : null;
}

/**
 * Prepares a hold notice for sending at `at`, in the delivery's unit of work (D2, D5): when
 * the reservation is still on hold, its notice date becomes the Japan date of `at` and its last
 * day is counted from it ({@link holdDatesOnDelivery}), written to the reservation with a
 * `holdNoticeSent` event, so the patron's list, the staff's views, the expiry job and the mail
 * all say the same day; the notice is rendered with {@link buildHoldNotice} from the patron as
 * stored now (their privacy choices, their e-mail address). Otherwise nothing is written here.
 * @param ctx - the service context
 * @param tx - the delivery's unit
 * @param notice - the claimed outbox notice
 * @param at - the instant of delivery
 * @returns the notice to send, or why not
 * @category Service
 * @example
 * const prepared = await prepareHoldNotice(ctx, tx, notice, ctx.now());
 * if (prepared.kind === 'notOnHold') await tx.outbox.markDropped(notice.id, prepared.status);
 */
export async function prepareHoldNotice(ctx: ServiceContext, tx: StoresTx, notice: OutboxNotice, at: Instant): Promise<PreparedHoldNotice> {
  const reservation = notice.reservationId === undefined ? null : await tx.reservations.get(notice.reservationId);
  if (reservation === null) return { kind: 'notOnHold', status: 'missing' };
  if (reservation.status !== 'onHold') return { kind: 'notOnHold', status: reservation.status };
  const dates = holdDatesOnDelivery(ctx.policy, reservation, at);
  const moved = transition(reservation, { type: 'sendNotice', ...dates }, { at });
  if (!moved.ok || moved.reservation.status !== 'onHold') return { kind: 'notOnHold', status: reservation.status };
  await tx.reservations.update(moved.reservation, reservation.version);
  const hold = moved.reservation;
  const patron = await existing(tx, 'patron', hold.patronId);
  const title = await existing(tx, 'title', hold.titleId);
  const volume = await existing(tx, 'volume', hold.volumeId);
  const branch = policyBranch(ctx.policy, hold.pickupBranchId);
  const rendered = buildHoldNotice({ reservation: hold, patron, title, volume, branch, locale: ctx.noticeLocale, locales: ctx.locales });
  return {
    kind: 'send',
    events: moved.events,
    notice: {
      id: notice.id,
      kind: notice.kind,
      patronId: notice.patronId,
      reservationId: hold.id,
      createdAt: notice.createdAt,
      to: address(patron.email),
      locale: rendered.locale,
      subject: rendered.subject,
      body: rendered.body,
      payload: {
        ...notice.payload,
        locale: rendered.locale,
        subject: rendered.subject,
        body: rendered.body,
        pickupBranchId: hold.pickupBranchId,
        noticeDate: hold.noticeDate,
        lastDay: hold.lastDay,
        nameShown: rendered.fields.patronName !== null,
        titleShown: rendered.fields.title !== null,
      },
    },
  };
}
