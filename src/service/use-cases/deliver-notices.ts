import type { ServiceResult } from '../service-result.js';
import type { DeliverableNotice, NoticeDeliveryReport, NoticeSender } from '../reservation-service.js';
import type { ServiceContext } from '../internal/context.js';
import { done } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';
import { SetAsideLog } from '../internal/set-aside.js';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Delivers the pending notices of the outbox, at least once (D1). One unit of work lists them
 * and looks up each patron's e-mail address as it is now (the outbox never stores it); each
 * notice is then sent outside any unit of work, and marked sent in a unit of its own once `send`
 * resolves. A notice whose `send` throws stays pending for the next call, and the others go on;
 * its id is reported, never the error (which could hold an address). A hold's last day does not
 * depend on delivery (D4). A notice whose outbox row, or whose patron's row, cannot be read is
 * not offered to `send` and is reported in `setAside` (table, id, code); the others go on.
 * @param ctx - the service context
 * @param send - the host's mailer
 * @returns how many were sent, and the ids of those that failed
 * @category Service
 * @example
 * await deliverNotices(ctx, async (n) => { if (n.to !== null) await mailer.send({ to: n.to, subject: n.subject, text: n.body }); });
 */
export async function deliverNotices(ctx: ServiceContext, send: NoticeSender): Promise<ServiceResult<NoticeDeliveryReport>> {
  let aside = new SetAsideLog();
  const pending = await runUnit(ctx, async (tx) => {
    const notices = await tx.outbox.listPending();
    const out: DeliverableNotice[] = [];
    for (const notice of notices) {
      const [patron, read] = await aside.watch(() => tx.patrons.get(notice.patronId));
      if (!read) {
        aside.dependent('outbox', notice.id);
        continue;
      }
      const email = patron?.email;
      const locale = notice.payload['locale'] === 'en' ? 'en' : 'ja';
      out.push({
        id: notice.id,
        kind: notice.kind,
        patronId: notice.patronId,
        reservationId: notice.reservationId ?? null,
        createdAt: notice.createdAt,
        to: typeof email === 'string' && email.trim() !== '' ? email : null,
        locale,
        subject: text(notice.payload['subject']),
        body: text(notice.payload['body']),
        payload: notice.payload,
      });
    }
    return out;
  }, () => {
    aside = new SetAsideLog();
    return aside.options;
  });
  let sent = 0;
  const failedIds: string[] = [];
  for (const notice of pending) {
    try {
      await send(notice);
    } catch {
      failedIds.push(notice.id);
      continue;
    }
    await runUnit(ctx, (tx) => tx.outbox.markSent(notice.id));
    sent++;
  }
  return done<NoticeDeliveryReport>({ sent, failed: failedIds, setAside: aside.records() });
}
