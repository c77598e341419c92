import { runApprovalBatch as decideApprovals, type ApprovalSnapshot } from '../../jobs/approval-batch.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { PatronId, TitleId, VolumeId } from '../../model/ids.js';
import type { Copy, Title, Volume } from '../../model/material.js';
import type { Patron } from '../../model/patron.js';
import type { Reservation } from '../../model/reservation.js';
import type { Instant } from '../../model/time.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { JobSummary } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import { systemOnly } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { offerShelvedCopies } from '../internal/copy-placement.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { runClaimedJob } from './jobs.js';

/** Reads what the pure batch needs: every request, pending cancellation, the concerned patrons' active reservations, and the catalogue and copies of the requested volumes. */
async function loadApprovalSnapshot(tx: StoresTx): Promise<ApprovalSnapshot> {
  const byId = new Map<string, Reservation>();
  const requested = await tx.reservations.listRequested();
  for (const r of [...requested, ...(await tx.reservations.listPendingCancellations())]) byId.set(r.id, r);
  const patronIds = [...new Set(requested.map((r) => r.patronId))].sort();
  const patrons = new Map<PatronId, Patron>();
  for (const patronId of patronIds) {
    for (const r of await tx.reservations.listByPatron(patronId, { active: true })) if (!byId.has(r.id)) byId.set(r.id, r);
    const patron = await tx.patrons.get(patronId);
    if (patron !== null) patrons.set(patronId, patron);
  }
  const titles = new Map<TitleId, Title>();
  const volumes = new Map<VolumeId, Volume>();
  const copiesByVolume = new Map<VolumeId, readonly Copy[]>();
  for (const r of requested) {
    if (!volumes.has(r.volumeId)) {
      const volume = await tx.catalog.getVolume(r.volumeId);
      if (volume !== null) volumes.set(r.volumeId, volume);
      copiesByVolume.set(r.volumeId, await tx.copies.listByVolume(r.volumeId));
    }
    if (!titles.has(r.titleId)) {
      const title = await tx.catalog.getTitle(r.titleId);
      if (title !== null) titles.set(r.titleId, title);
    }
  }
  return { reservations: [...byId.values()], patrons, titles, volumes, copiesByVolume };
}

/**
 * C1, C4: the morning approval batch for a date (today in Japan by default), run once per date
 * across servers ({@link runClaimedJob}). In one unit of work it reads every `requested`
 * reservation, every pending online cancellation, the active reservations of the patrons
 * concerned (E1), and the titles, volumes and copies of the requested volumes; decides with the
 * pure {@link runApprovalBatch}; writes each decision with a compare-and-set on the version read;
 * and then offers the copies standing on a shelf to the queues that grew, so an approved head
 * is trapped at once (a hold with its notice, or a transit).
 *
 * Only the system actor runs it. A second call for the same date returns `claimed: false` and
 * does nothing. A date that is no date, or a date after today in Japan, is `INVALID_INPUT`, and
 * claims nothing (P16). On a day a request's pickup branch is closed the batch decides nothing
 * new for that branch: it decides what the branch's last open day would have (a missed run
 * caught up), so a closed day never brings an approval forward. With the policy's
 * `approvalCalendar` set to a system-wide calendar, that calendar decides for every branch.
 * @param ctx - the service context
 * @param actor - the system
 * @param input - the date, optional
 * @returns the counts: approved, rejected, cancelled (finalised online cancellations), newHolds
 * @category Service
 * @example
 * const r = await runApprovalBatch(ctx, { kind: 'system' }, { date: '2026-12-08' });
 * if (r.ok) r.value.approved; // 3
 */
export async function runApprovalBatch(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<JobSummary>> {
  systemOnly(actor, 'run the approval batch');
  const parsed = parseInput(InputSchemas.job, input);
  return runClaimedJob(ctx, 'approval', parsed?.date, async (tx, date) => {
    const at: Instant = ctx.now();
    const snapshot = await loadApprovalSnapshot(tx);
    const result = decideApprovals(snapshot, { date, at, policy: ctx.policy });
    let approved = 0;
    let rejected = 0;
    let cancelled = 0;
    const grown = new Set<VolumeId>();
    for (const decision of result.decisions) {
      await tx.reservations.update(decision.next, decision.next.version - 1);
      if (decision.kind === 'approved') {
        approved++;
        grown.add(decision.next.volumeId);
      } else if (decision.kind === 'rejected') rejected++;
      else cancelled++;
    }
    const events: DomainEvent[] = [...result.events];
    let newHolds = 0;
    for (const volumeId of [...grown].sort()) {
      const offered = await offerShelvedCopies(ctx, tx, volumeId, at);
      newHolds += offered.holds;
      events.push(...offered.events);
    }
    return { summary: { date, claimed: true, approved, rejected, cancelled, lapsed: 0, newHolds }, events };
  });
}
