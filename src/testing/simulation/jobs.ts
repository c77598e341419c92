import type { DeliverableNotice } from '../../service/reservation-service.js';
import type { SimContext } from './context.js';
import { observe } from './observe.js';
import { Touched } from './touched.js';

/** C1: the morning approval batch, run by both servers; the second must find it claimed. */
export async function morningBatch(ctx: SimContext): Promise<void> {
  const date = ctx.day.date;
  ctx.journal.batchDays.push(date);
  for (const [server, service] of [
    ['sim-a', ctx.service],
    ['sim-b', ctx.secondServer],
  ] as const) {
    const result = await ctx.call('runApprovalBatch', service.runApprovalBatch({ kind: 'system' }, { date }));
    if (!result.ok) continue;
    ctx.journal.batchCalls.push({ day: date, date: result.value.date, claimed: result.value.claimed, server });
    ctx.counts.add(result.value.claimed ? 'batchRuns' : 'batchRepeatsSkipped');
  }
}

/** D3: the hold expiry job; each lapsed hold's volume is read back at once for the invariant. */
export async function holdExpiry(ctx: SimContext): Promise<void> {
  const result = await ctx.call('runHoldExpiry', ctx.service.runHoldExpiry({ kind: 'system' }, { date: ctx.day.date }));
  if (!result.ok) return;
  ctx.counts.add('expiryRuns');
  const lapsed = result.events.flatMap((e) => (e.type === 'holdLapsed' ? [e] : []));
  if (lapsed.length === 0) return;
  const touched = new Touched();
  for (const e of lapsed) touched.copies.add(e.copyId);
  const seen = await observe(ctx.ports, touched, ctx.library.volumeOfCopy, { day: ctx.day.date, at: ctx.clock.now(), step: 'expiry' });
  for (const e of lapsed) {
    const volumeId = ctx.library.volumeOfCopy.get(e.copyId);
    ctx.journal.lapses.push({ day: ctx.day.date, reservationId: e.reservationId, copyId: e.copyId, after: volumeId === undefined ? null : (seen.volumes.get(volumeId) ?? null) });
  }
}

/**
 * D1, D4: delivers the outbox. The simulated mailer refuses one notice in a hundred (it stays
 * pending for the next round), and loses one in fifty after accepting it: that patron never
 * hears of the hold unless they look at their list. The others come for their hold on a day of
 * their choosing, or (one in twelve) never.
 */
export async function deliverNotices(ctx: SimContext): Promise<void> {
  const lost = new Set<string>();
  const send = async (notice: DeliverableNotice): Promise<void> => {
    if (ctx.random.chance(0.01)) throw new Error('mail server busy');
    const lastDay = typeof notice.payload['lastDay'] === 'string' ? notice.payload['lastDay'] : null;
    ctx.journal.notices.push({ day: ctx.day.date, noticeId: notice.id, kind: notice.kind, reservationId: notice.reservationId, lastDay });
    if (notice.reservationId !== null) ctx.touched.reservations.add(notice.reservationId);
    if (ctx.random.chance(0.02)) {
      lost.add(notice.id);
      return;
    }
    const r = notice.reservationId === null ? undefined : ctx.world.reservations.get(notice.reservationId);
    if (r === undefined || lastDay === null || ctx.random.chance(1 / 12)) return;
    ctx.world.expected.add(r.id);
    const span = Math.max(0, Math.round((Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${ctx.day.date}T00:00:00Z`)) / 86_400_000));
    const wait = Math.min(span, Math.floor(-Math.log(1 - ctx.random.next()) * 2));
    ctx.world.scheduleCollection(r.id, ctx.world.plus(ctx.day.date, wait));
  };
  const result = await ctx.call('deliverNotices', ctx.service.deliverNotices(send));
  if (!result.ok) return;
  ctx.counts.add('noticesSent', result.value.sent);
  ctx.counts.add('noticesDropped', lost.size);
  ctx.counts.add('noticesRetried', result.value.failed.length);
}
