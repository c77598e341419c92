import type { DomainEvent } from '../../model/domain-event.js';
import type { OutboxNotice } from '../../ports/outbox.js';
import type { SetAsideRecord } from '../../ports/unreadable-records.js';
import type { ServiceResult } from '../service-result.js';
import type { DeliverableNotice, NoticeDeliveryReport, NoticeSender, UnsentNotice } from '../reservation-service.js';
import type { ServiceContext } from '../internal/context.js';
import { HOLD_NOTICE_KIND, prepareHoldNotice } from '../internal/hold-notices.js';
import { recordEvents } from '../internal/record-events.js';
import { done } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';
import { SetAsideLog } from '../internal/set-aside.js';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A notice of another kind than the hold notice, sent as its payload says. */
function asStored(notice: OutboxNotice, email: string | null | undefined): DeliverableNotice {
  return {
    id: notice.id,
    kind: notice.kind,
    patronId: notice.patronId,
    reservationId: notice.reservationId ?? null,
    createdAt: notice.createdAt,
    to: typeof email === 'string' && email.trim() !== '' ? email : null,
    locale: notice.payload['locale'] === 'en' ? 'en' : 'ja',
    subject: text(notice.payload['subject']),
    body: text(notice.payload['body']),
    payload: notice.payload,
  };
}

/** Claims one batch under the call's lease and prepares it, in one unit of work. */
async function claimBatch(
  ctx: ServiceContext,
  owner: string,
): Promise<{ ready: DeliverableNotice[]; unsent: UnsentNotice[]; events: DomainEvent[]; claimed: number; aside: SetAsideLog }> {
  let aside = new SetAsideLog();
  const batch = await runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const claimed = await tx.outbox.claimPending(owner, ctx.deliveryBatchSize, ctx.noticeLeaseMs);
    const ready: DeliverableNotice[] = [];
    const unsent: UnsentNotice[] = [];
    const events: DomainEvent[] = [];
    for (const notice of claimed) {
      // A notice whose patron's row cannot be read is not offered to the mailer: it is set aside,
      // and its lease runs out so a later delivery tries it again once the row is mended.
      const [patron, read] = await aside.watch(() => tx.patrons.get(notice.patronId));
      if (!read) {
        aside.dependent('outbox', notice.id);
        continue;
      }
      if (notice.kind !== HOLD_NOTICE_KIND) {
        ready.push(asStored(notice, patron?.email));
        continue;
      }
      const prepared = await prepareHoldNotice(ctx, tx, notice, at);
      if (prepared.kind === 'notOnHold') {
        await tx.outbox.markDropped(notice.id, prepared.status);
        unsent.push({ id: notice.id, reservationId: notice.reservationId ?? null, reason: 'notOnHold', status: prepared.status });
        continue;
      }
      ready.push(prepared.notice);
      events.push(...prepared.events);
    }
    await recordEvents(ctx, tx, events, { kind: 'system' });
    return { ready, unsent, events, claimed: claimed.length };
  }, () => {
    aside = new SetAsideLog();
    return aside.options;
  });
  return { ...batch, aside };
}

/**
 * Delivers the pending notices of the outbox (D1, D2, D5), at least once, from any number of
 * processes at a time. Each unit of work claims a batch under this call's lease
 * (`noticeLeaseMs`), so no other delivery takes those notices meanwhile; for each hold notice
 * it checks the reservation is still on hold, counts the hold from today's Japan date (D2: a
 * notice sent the day after the trap moves the last day with it) and renders the notice with
 * the patron's privacy choices and e-mail address as they are now (D5). A notice whose hold has
 * ended (collected, cancelled, lapsed) is not sent: it is marked dropped and listed in
 * `notSent`. Each notice is then sent outside any unit of work, and marked sent in a unit of
 * its own once `send` resolves. A notice whose `send` throws stays pending (its lease is
 * released at the end of the call) and its id is reported, never the error (which could hold an
 * address). A process that dies mid-send leaves its lease to run out; another delivery then
 * sends again (at least once). A notice whose outbox row, or whose patron's row, cannot be read
 * is not offered to `send` and is reported in `setAside` (table, id, code); the others go on.
 * @param ctx - the service context
 * @param send - the host's mailer
 * @returns how many were sent, the ids of those that failed, and those not sent; the events are
 *   the `holdNoticeSent` of each hold whose notice was handed to the mailer (already stored)
 * @category Service
 * @example
 * await deliverNotices(ctx, async (n) => { if (n.to !== null) await mailer.send({ to: n.to, subject: n.subject, text: n.body }); });
 */
export async function deliverNotices(ctx: ServiceContext, send: NoticeSender): Promise<ServiceResult<NoticeDeliveryReport>> {
  const owner = `${ctx.serverId}/${globalThis.crypto.randomUUID()}`;
  let sent = 0;
  const failedIds: string[] = [];
  const notSent: UnsentNotice[] = [];
  const events: DomainEvent[] = [];
  const setAside = new Map<string, SetAsideRecord>();
  try {
    for (;;) {
      const batch = await claimBatch(ctx, owner);
      for (const record of batch.aside.records()) setAside.set(`${record.table}/${record.id}/${record.code}`, record);
      notSent.push(...batch.unsent);
      events.push(...batch.events);
      for (const notice of batch.ready) {
        try {
          await send(notice);
        } catch {
          failedIds.push(notice.id);
          continue;
        }
        await runUnit(ctx, (tx) => tx.outbox.markSent(notice.id));
        sent++;
      }
      if (batch.claimed === 0) break;
    }
  } finally {
    for (const id of failedIds) await runUnit(ctx, (tx) => tx.outbox.release(id, owner)).catch(() => false);
  }
  return done<NoticeDeliveryReport>({ sent, failed: failedIds, setAside: [...setAside.values()], notSent }, events);
}
