import { runApprovalBatch as decideApprovals, type ApprovalSnapshot } from '../../jobs/approval-batch.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { PatronId, TitleId, VolumeId } from '../../model/ids.js';
import type { Copy, Title, Volume } from '../../model/material.js';
import type { Patron } from '../../model/patron.js';
import type { Reservation } from '../../model/reservation.js';
import type { Instant, LocalDate } from '../../model/time.js';
import type { ReservationStore } from '../../ports/reservation-store.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import { isActiveReservation } from '../../rules/reservation-state.js';
import type { JobSummary } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import { systemOnly } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { isShelved, offerShelvedCopies } from '../internal/copy-placement.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import type { SetAsideLog } from '../internal/set-aside.js';
import { runClaimedJob } from './jobs.js';
import { runChunkedJob, type ChunkedJob } from '../internal/chunked-job.js';

/** The rows grouped by a key, each group in the rows' order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [row]);
    else group.push(row);
  }
  return groups;
}

/** Distinct ids in the order first met. */
function firstSeen(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/**
 * Reads what the pure batch needs: every request, pending cancellation, the concerned patrons'
 * active reservations, and the catalogue and copies of the requested volumes. A request is set
 * aside (left `requested`, in `aside`) when a row it is decided with cannot be read: one of its
 * patron's (the quota, E1, could not be counted), or its title's, volume's or copies'.
 *
 * It reads a table at a time ({@link loadSnapshotInBulk}: a handful of statements per chunk
 * instead of several per request); when one of those reads meets a row that cannot be read,
 * which a bulk read cannot attribute to its request, it forgets them and reads row by row
 * ({@link loadSnapshotRowByRow}), which sets aside exactly what it always did.
 */
async function loadApprovalSnapshot(tx: StoresTx, aside: SetAsideLog, only?: readonly PatronId[]): Promise<ApprovalSnapshot> {
  return (await aside.ifClean(() => loadSnapshotInBulk(tx, only))) ?? loadSnapshotRowByRow(tx, aside, only);
}

/**
 * {@link loadApprovalSnapshot} a table at a time, for a unit in which every row reads: the same
 * records, in the same order, as {@link loadSnapshotRowByRow} reads one by one. The patrons are
 * read (and on PostgreSQL locked, in id order) after their active reservations, as row by row.
 */
async function loadSnapshotInBulk(tx: StoresTx, only?: readonly PatronId[]): Promise<ApprovalSnapshot> {
  // The snapshot's reservations: the requests and the pending cancellations first (a cancellation
  // that is also a request in its place, read as the cancellations' read has it), then each
  // requester's other active reservations, by patron id.
  const reservations: Reservation[] = [];
  let requested: Reservation[];
  /** The patrons' active reservations (one read), and whether one of them is among the first part. */
  let active: readonly Reservation[] | undefined;
  let taken: (r: Reservation) => boolean;
  if (only === undefined) {
    // The requests and their patrons' other active reservations in one read, where the store has it.
    const ofRequesters = await tx.reservations.listActiveOfRequesters?.();
    requested = ofRequesters === undefined ? [...(await tx.reservations.listRequested())] : ofRequesters.filter((r) => r.status === 'requested');
    const pending = await tx.reservations.listPendingCancellations();
    const pendingById = new Map(pending.map((r) => [r.id, r] as const));
    const among = new Set<string>();
    for (const r of requested) {
      const asPending = pendingById.get(r.id);
      if (asPending !== undefined) among.add(r.id);
      reservations.push(asPending ?? r);
    }
    for (const r of pending) if (!among.has(r.id)) reservations.push(r);
    if (ofRequesters !== undefined) {
      // The same read as the requests: a row is among them exactly when it is a request, or a pending cancellation.
      active = ofRequesters;
      taken = (r) => r.status === 'requested' || pendingById.has(r.id);
    } else {
      const ids = new Set(reservations.map((r) => r.id));
      taken = (r) => ids.has(r.id);
    }
  } else {
    active = await tx.reservations.listActiveByPatrons(only);
    const byPatron = groupBy(active, (r) => r.patronId);
    const isPending = (r: Reservation) => r.status === 'reserved' && r.cancellationRequestedAt !== undefined;
    requested = [];
    for (const patronId of only) {
      for (const r of byPatron.get(patronId) ?? []) {
        if (r.status === 'requested') requested.push(r);
        if (r.status === 'requested' || isPending(r)) reservations.push(r);
      }
    }
    taken = (r) => r.status === 'requested' || isPending(r);
  }
  const patronIds = [...new Set(requested.map((r) => r.patronId))].sort();
  active ??= await tx.reservations.listActiveByPatrons(patronIds);
  const othersOf = groupBy(
    active.filter((r) => !taken(r)),
    (r) => r.patronId,
  );
  const readPatrons = new Map((await tx.patrons.getMany(patronIds)).map((p) => [p.id, p] as const));
  const patrons = new Map<PatronId, Patron>();
  for (const patronId of patronIds) {
    for (const r of othersOf.get(patronId) ?? []) reservations.push(r);
    const patron = readPatrons.get(patronId);
    if (patron !== undefined) patrons.set(patronId, patron);
  }
  const volumeIds = firstSeen(requested.map((r) => r.volumeId));
  const titleIds = firstSeen(requested.map((r) => r.titleId));
  const readVolumes = new Map((await tx.catalog.getVolumes(volumeIds)).map((v) => [v.id, v] as const));
  const readCopies = groupBy(await tx.copies.listByVolumes(volumeIds), (c) => c.volumeId);
  const readTitles = new Map((await tx.catalog.getTitles(titleIds)).map((t) => [t.id, t] as const));
  const volumes = new Map<VolumeId, Volume>();
  const copiesByVolume = new Map<VolumeId, readonly Copy[]>();
  for (const volumeId of volumeIds) {
    const volume = readVolumes.get(volumeId);
    if (volume !== undefined) volumes.set(volumeId, volume);
    copiesByVolume.set(volumeId, readCopies.get(volumeId) ?? []);
  }
  const titles = new Map<TitleId, Title>();
  for (const titleId of titleIds) {
    const title = readTitles.get(titleId);
    if (title !== undefined) titles.set(titleId, title);
  }
  return { reservations, patrons, titles, volumes, copiesByVolume };
}

/** {@link loadApprovalSnapshot} one row at a time, setting aside what depends on a row that cannot be read. */
async function loadSnapshotRowByRow(tx: StoresTx, aside: SetAsideLog, only?: readonly PatronId[]): Promise<ApprovalSnapshot> {
  const byId = new Map<string, Reservation>();
  /** A chunk's patrons' active reservations, read once, and whether every row of them could be read. */
  const activeOf = new Map<PatronId, readonly [readonly Reservation[], boolean]>();
  let requested: Reservation[];
  if (only === undefined) {
    requested = [...(await tx.reservations.listRequested())];
    for (const r of [...requested, ...(await tx.reservations.listPendingCancellations())]) byId.set(r.id, r);
  } else {
    // One chunk: the given patrons' requests and pending cancellations (their active reservations).
    requested = [];
    for (const patronId of only) {
      const read = await aside.watch(() => tx.reservations.listByPatron(patronId, { active: true }));
      activeOf.set(patronId, read);
      for (const r of read[0]) {
        if (r.status === 'requested') requested.push(r);
        if (r.status === 'requested' || (r.status === 'reserved' && r.cancellationRequestedAt !== undefined)) byId.set(r.id, r);
      }
    }
  }
  const patronIds = [...new Set(requested.map((r) => r.patronId))].sort();
  const patrons = new Map<PatronId, Patron>();
  // What could not be read, by kind (ids of different kinds never meet).
  const unreadable = { patron: new Set<string>(), volume: new Set<string>(), title: new Set<string>() };
  for (const patronId of patronIds) {
    const [active, activeRead] = activeOf.get(patronId) ?? (await aside.watch(() => tx.reservations.listByPatron(patronId, { active: true })));
    for (const r of active) if (!byId.has(r.id)) byId.set(r.id, r);
    const [patron, patronRead] = await aside.watch(() => tx.patrons.get(patronId));
    if (patron !== null) patrons.set(patronId, patron);
    if (!activeRead || !patronRead) unreadable.patron.add(patronId);
  }
  const titles = new Map<TitleId, Title>();
  const volumes = new Map<VolumeId, Volume>();
  const copiesByVolume = new Map<VolumeId, readonly Copy[]>();
  for (const r of requested) {
    if (!volumes.has(r.volumeId) && !unreadable.volume.has(r.volumeId)) {
      const [volume, volumeRead] = await aside.watch(() => tx.catalog.getVolume(r.volumeId));
      if (volume !== null) volumes.set(r.volumeId, volume);
      const [copies, copiesRead] = await aside.watch(() => tx.copies.listByVolume(r.volumeId));
      copiesByVolume.set(r.volumeId, copies);
      if (!volumeRead || !copiesRead) unreadable.volume.add(r.volumeId);
    }
    if (!titles.has(r.titleId) && !unreadable.title.has(r.titleId)) {
      const [title, titleRead] = await aside.watch(() => tx.catalog.getTitle(r.titleId));
      if (title !== null) titles.set(r.titleId, title);
      if (!titleRead) unreadable.title.add(r.titleId);
    }
  }
  for (const r of requested) {
    if (unreadable.patron.has(r.patronId) || unreadable.volume.has(r.volumeId) || unreadable.title.has(r.titleId)) {
      byId.delete(r.id);
      aside.dependent('reservations', r.id);
    }
  }
  return { reservations: [...byId.values()], patrons, titles, volumes, copiesByVolume };
}

/** Writes the pure batch's decisions for a snapshot; returns the counts and the events. */
async function applyApprovals(ctx: ServiceContext, tx: StoresTx, snapshot: ApprovalSnapshot, date: LocalDate, at: Instant) {
  const result = decideApprovals(snapshot, { date, at, policy: ctx.policy });
  let approved = 0;
  let rejected = 0;
  let cancelled = 0;
  for (const decision of result.decisions) {
    await tx.reservations.update(decision.next, decision.next.version - 1);
    if (decision.kind === 'approved') approved++;
    else if (decision.kind === 'rejected') rejected++;
    else cancelled++;
  }
  return { approved, rejected, cancelled, events: [...result.events], decided: result.reservations };
}

/** Placed first, then by id, as `ORDER BY placed_at, id` (code-unit order). */
function byPlacedAt(a: Reservation, b: Reservation): number {
  if (a.placedAt !== b.placedAt) return a.placedAt < b.placedAt ? -1 : 1;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

/**
 * The one-unit batch's queues before it decides: the `reserved` and `onHold` reservations of the
 * volumes with a copy on the shelf ({@link ReservationStore.listReservedOrHeldByVolumes}), or
 * `undefined` when the store lacks that read or it met a row that cannot be read (trapping then
 * reads the queues itself, after the decisions, as before).
 */
async function queuedBeforeDeciding(tx: StoresTx, aside: SetAsideLog, snapshot: ApprovalSnapshot): Promise<readonly Reservation[] | undefined> {
  if (tx.reservations.listReservedOrHeldByVolumes === undefined) return undefined;
  const offered = [...snapshot.copiesByVolume].filter(([, copies]) => copies.some(isShelved)).map(([volumeId]) => volumeId);
  return aside.ifClean(async () => (await tx.reservations.listReservedOrHeldByVolumes?.(offered)) ?? []);
}

/**
 * The queues of the volumes with a copy on the shelf as they stand after the decisions, without
 * reading them again: the reserved and held ones read before deciding, and every request (all of
 * them are in a snapshot read in bulk), each as decided, the active ones, by `placedAt` then `id`
 * (what {@link ReservationStore.listByVolumes} reads after the decisions' writes).
 */
function queuesAfterDeciding(
  queued: readonly Reservation[],
  snapshot: ApprovalSnapshot,
  decided: readonly Reservation[],
): Map<VolumeId, Reservation[]> {
  const queues = new Map<VolumeId, Reservation[]>();
  for (const [volumeId, copies] of snapshot.copiesByVolume) if (copies.some(isShelved)) queues.set(volumeId, []);
  // The queued ones as decided, where the snapshot holds them.
  const current = [...queued];
  const queuedAt = new Map(queued.map((r, i) => [r.id, i] as const));
  snapshot.reservations.forEach((r, i) => {
    const at = queuedAt.get(r.id);
    if (at !== undefined) current[at] = decided[i] ?? r;
  });
  const add = (r: Reservation): void => {
    if (isActiveReservation(r)) queues.get(r.volumeId)?.push(r);
  };
  for (const r of current) add(r);
  snapshot.reservations.forEach((r, i) => {
    if (r.status === 'requested') add(decided[i] ?? r);
  });
  for (const queue of queues.values()) queue.sort(byPlacedAt);
  return queues;
}

/**
 * Offers the shelved copies of each volume to its queue; returns the holds made and their events.
 * `copiesByVolume`: the volumes' copies as read earlier in the same unit (nothing has written
 * copies since), so that they are not read again. The other volumes' copies, and the active
 * reservations of the volumes with a copy on the shelf, are read first, a table at a time (each
 * volume's trapping writes only that volume's copies and reservations); when such a read meets a
 * row that cannot be read, each volume reads its own as it comes, as before. `queues`, with
 * `copiesByVolume`: every such volume's active reservations as they stand now, known without a
 * read ({@link queuesAfterDeciding}); then nothing is read.
 */
async function trapVolumes(
  ctx: ServiceContext,
  tx: StoresTx,
  aside: SetAsideLog,
  volumeIds: readonly VolumeId[],
  at: Instant,
  copiesByVolume?: ReadonlyMap<VolumeId, readonly Copy[]>,
  queues?: ReadonlyMap<VolumeId, readonly Reservation[]>,
) {
  const known =
    copiesByVolume === undefined || queues === undefined
      ? undefined
      : { copiesOf: (volumeId: VolumeId): readonly Copy[] => copiesByVolume.get(volumeId) ?? [], queueOf: (volumeId: VolumeId): readonly Reservation[] => queues.get(volumeId) ?? [] };
  const read =
    known ??
    (await aside.ifClean(async () => {
      const copies = groupBy(await tx.copies.listByVolumes(volumeIds.filter((v) => copiesByVolume?.has(v) !== true)), (c) => c.volumeId);
      const copiesOf = (volumeId: VolumeId): readonly Copy[] => copiesByVolume?.get(volumeId) ?? copies.get(volumeId) ?? [];
      const offered = volumeIds.filter((v) => copiesOf(v).some(isShelved));
      const active = groupBy(await tx.reservations.listByVolumes(offered), (r) => r.volumeId);
      return { copiesOf, queueOf: (volumeId: VolumeId): readonly Reservation[] => active.get(volumeId) ?? [] };
    }));
  const events: DomainEvent[] = [];
  let newHolds = 0;
  for (const volumeId of volumeIds) {
    const offered =
      read === undefined
        ? await offerShelvedCopies(ctx, tx, volumeId, at, copiesByVolume?.get(volumeId))
        : await offerShelvedCopies(ctx, tx, volumeId, at, read.copiesOf(volumeId), read.queueOf(volumeId));
    newHolds += offered.holds;
    events.push(...offered.events);
  }
  return { newHolds, events };
}

/**
 * The approval batch as a chunked job ({@link runChunkedJob}): phase `decide` takes the patrons
 * with a request or a pending cancellation, a chunk of patrons at a time (a patron's requests are
 * decided together, so the quota at approval, E1, is that of one unit); phase `trap`, once every
 * patron is decided, offers the shelved copies of the requested volumes, a chunk of volumes at a
 * time. Every chunk approves with the instant the day was claimed, so queue order (C2) is that of
 * one unit.
 * @param ctx - the service context
 * @returns the job, for {@link runChunkedJob}
 * @category Service
 * @example
 * await runChunkedJob(ctx, approvalJob(ctx), '2026-12-08', 500);
 */
export function approvalJob(ctx: ServiceContext): ChunkedJob {
  return {
    job: 'approval',
    async plan(tx) {
      const requested = await tx.reservations.listRequested();
      const pending = await tx.reservations.listPendingCancellations();
      const patrons = [...new Set([...requested, ...pending].map((r) => r.patronId))].sort();
      const volumes = [...new Set(requested.map((r) => r.volumeId))].sort();
      return [
        { phase: 'decide', keys: patrons },
        { phase: 'trap', keys: volumes },
      ];
    },
    async runChunk(tx, chunk, { date, at, aside }) {
      if (chunk.phase === 'trap') {
        const { newHolds, events } = await trapVolumes(ctx, tx, aside, chunk.keys, at);
        return { counts: { newHolds }, events };
      }
      const snapshot = await loadApprovalSnapshot(tx, aside, chunk.keys);
      const { approved, rejected, cancelled, events } = await applyApprovals(ctx, tx, snapshot, date, at);
      return { counts: { approved, rejected, cancelled }, events };
    },
  };
}

/**
 * C1, C4: the morning approval batch for a date (today in Japan by default), run once per date
 * across servers ({@link runClaimedJob}). In one unit of work it reads every `requested`
 * reservation, every pending online cancellation, the active reservations of the patrons
 * concerned (E1), and the titles, volumes and copies of the requested volumes; decides with the
 * pure {@link runApprovalBatch}; writes each decision with a compare-and-set on the version read;
 * and then offers the copies standing on a shelf to the queues of the requested volumes, so an
 * approved head is trapped at once (a hold with its notice, or a transit). A store with the optional
 * {@link ReservationStore.listActiveOfRequesters} and {@link ReservationStore.listReservedOrHeldByVolumes}
 * is read with them (the requests once, and the queues without them): fewer rows, the same
 * results. A request whose rows cannot all be
 * read is set aside ({@link loadApprovalSnapshot}) and every other one decided. With the
 * service's `jobChunkSize`, it runs as a chunked job instead ({@link approvalJob}): same results,
 * in bounded units shared by the servers.
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
  if (ctx.jobChunkSize !== undefined) return runChunkedJob(ctx, approvalJob(ctx), parsed?.date, ctx.jobChunkSize, ctx.onJobProgress);
  return runClaimedJob(ctx, 'approval', parsed?.date, async (tx, date, aside) => {
    const at: Instant = ctx.now();
    const inBulk = await aside.ifClean(() => loadSnapshotInBulk(tx));
    const snapshot = inBulk ?? (await loadSnapshotRowByRow(tx, aside));
    // A snapshot read in bulk holds every request: the queues to trap need only the others.
    const queued = inBulk === undefined ? undefined : await queuedBeforeDeciding(tx, aside, snapshot);
    const { approved, rejected, cancelled, events, decided } = await applyApprovals(ctx, tx, snapshot, date, at);
    const queues = queued === undefined ? undefined : queuesAfterDeciding(queued, snapshot, decided);
    // Every requested volume, as the chunked job's trap phase: a shelved copy that someone was
    // already waiting for (a store the service did not write) is offered too, in both modes.
    // The decisions wrote reservations only: the copies read with the snapshot are the stored ones.
    const trapped = await trapVolumes(ctx, tx, aside, [...snapshot.copiesByVolume.keys()].sort(), at, snapshot.copiesByVolume, queues);
    events.push(...trapped.events);
    return { summary: { date, claimed: true, approved, rejected, cancelled, lapsed: 0, newHolds: trapped.newHolds }, events };
  });
}
