import { runHoldExpiry as decideExpiry } from '../../jobs/hold-expiry.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { CopyId, VolumeId } from '../../model/ids.js';
import type { Copy } from '../../model/material.js';
import type { Reservation } from '../../model/reservation.js';
import type { JobSummary } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import { systemOnly } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { enqueueHoldNotice } from '../internal/hold-notices.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { runClaimedJob } from './jobs.js';
import { runChunkedJob, type ChunkedJob } from '../internal/chunked-job.js';
import type { SetAsideLog } from '../internal/set-aside.js';
import type { Instant, LocalDate } from '../../model/time.js';
import type { StoresTx } from '../../ports/unit-of-work.js';

/**
 * D3, D4: the hold expiry job for a date (today in Japan by default), run once per date across
 * servers ({@link runClaimedJob}). In one unit of work it reads the holds whose last day is
 * before the date, and their volumes' copies and active reservations; decides with the pure
 * {@link runHoldExpiry}; and writes, each with a compare-and-set: the lapsed holds (no notice to
 * their patrons, D3), the copies passed on or shelved, and the new holds, each with its notice
 * in the outbox (D1, D5). Only the stored last day counts (D4). The holds of a volume with a row
 * that cannot be read are set aside (in `setAside`), every other one decided.
 *
 * Only the system actor runs it. A second call for the same date returns `claimed: false` and
 * does nothing; a date after today in Japan is `INVALID_INPUT` and claims nothing (P16). It runs
 * the same on a day the pickup branch is closed: a hold lapses the day after its stored last
 * day whatever the calendar (D3, D4), and the copy's next hold starts its week that day.
 * @param ctx - the service context
 * @param actor - the system
 * @param input - the date, optional
 * @returns the counts: lapsed, newHolds
 * @category Service
 * @example
 * const r = await runHoldExpiry(ctx, { kind: 'system' }, {});
 * if (r.ok) r.value.lapsed; // 1
 */
export async function runHoldExpiry(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<JobSummary>> {
  systemOnly(actor, 'run the hold expiry');
  const parsed = parseInput(InputSchemas.job, input);
  if (ctx.jobChunkSize !== undefined) return runChunkedJob(ctx, expiryJob(ctx), parsed?.date, ctx.jobChunkSize, ctx.onJobProgress);
  return runClaimedJob(ctx, 'expiry', parsed?.date, async (tx, date, aside) => {
    const at = ctx.now();
    const ending = await tx.reservations.listHoldsEndingBefore(date);
    const counts = await expireHolds(ctx, tx, aside, date, at, ending);
    return { summary: { date, claimed: true, approved: 0, rejected: 0, cancelled: 0, ...counts.counts }, events: counts.events };
  });
}

/** Decides and writes the expiry of the given holds (those ending before `date`), with their volumes' queues. */
async function expireHolds(ctx: ServiceContext, tx: StoresTx, aside: SetAsideLog, date: LocalDate, at: Instant, ending: readonly Reservation[]) {
  const reservations = new Map<string, Reservation>();
  const copies = new Map<CopyId, Copy>();
  const endingIds = new Set(ending.map((r) => r.id));
  // A volume with a row that cannot be read (a queued reservation, the held copy) is set aside
  // whole: passing its copy on could skip the unreadable reservation's place in the queue.
  const unreadable = new Set<VolumeId>();
  for (const volumeId of [...new Set(ending.map((r) => r.volumeId))].sort()) {
    const [active, read] = await aside.watch(() => tx.reservations.listByVolume(volumeId));
    for (const r of active) reservations.set(r.id, r);
    const [volumeCopies, copiesRead] = await aside.watch(() => tx.copies.listByVolume(volumeId));
    for (const c of volumeCopies) copies.set(c.id, c);
    if (!read || !copiesRead) unreadable.add(volumeId);
  }
  for (const hold of ending) reservations.set(hold.id, hold);
  for (const [id, r] of reservations) {
    if (!unreadable.has(r.volumeId)) continue;
    reservations.delete(id);
    if (endingIds.has(id)) aside.dependent('reservations', id);
  }
  const result = decideExpiry({ reservations: [...reservations.values()], copies }, { date, at, policy: ctx.policy });
  for (const lapsed of result.lapsed) await tx.reservations.update(lapsed, lapsed.version - 1);
  for (const copy of result.copies) await tx.copies.update(copy, copy.version - 1);
  for (const hold of result.holds) {
    await tx.reservations.update(hold, hold.version - 1);
    await enqueueHoldNotice(ctx, tx, hold, at);
  }
  const events: readonly DomainEvent[] = result.events;
  return { counts: { lapsed: result.lapsed.length, newHolds: result.holds.length }, events };
}

/**
 * The hold expiry as a chunked job ({@link runChunkedJob}): the volumes with a hold ending before
 * the date, a chunk of volumes at a time (a volume's holds, copies and queue are decided
 * together, so each copy is passed on as in one unit).
 * @param ctx - the service context
 * @returns the job, for {@link runChunkedJob}
 * @category Service
 * @example
 * await runChunkedJob(ctx, expiryJob(ctx), '2026-12-09', 500);
 */
export function expiryJob(ctx: ServiceContext): ChunkedJob {
  return {
    job: 'expiry',
    async plan(tx, date) {
      return [{ phase: 'expire', keys: [...new Set((await tx.reservations.listHoldsEndingBefore(date)).map((r) => r.volumeId))].sort() }];
    },
    async runChunk(tx, chunk, { date, at, aside }) {
      const ending: Reservation[] = [];
      for (const volumeId of chunk.keys) {
        for (const r of await tx.reservations.listByVolume(volumeId)) if (r.status === 'onHold' && r.lastDay < date) ending.push(r);
      }
      return expireHolds(ctx, tx, aside, date, at, ending);
    },
  };
}
