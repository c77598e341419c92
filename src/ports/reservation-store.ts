import type { BranchId, PatronId, ReservationId, VolumeId } from '../model/ids.js';
import type { Reservation } from '../model/reservation.js';
import type { Instant, LocalDate } from '../model/time.js';
import type { PageRequest } from './page.js';

/**
 * Filter of {@link ReservationStore.listByPatron}: `active: true` keeps `requested`, `reserved`
 * and `onHold`; `active: false` keeps the final statuses; omitted keeps all.
 * @category Ports
 * @example
 * const onlyActive: ListByPatronOptions = { active: true };
 */
export interface ListByPatronOptions {
  readonly active?: boolean | undefined;
}

/**
 * Where reservations live. Every method returns a Promise and fresh copies: changing a returned
 * record never changes the stored one. Lists are ordered as each contract says, ties broken by
 * `id`, so every adapter answers in the same order. Writes carry the version they expect
 * (compare-and-set); a record is never deleted.
 *
 * On SQL: one row per reservation with a `version` column; `update` is
 * `UPDATE … SET …, version = $next WHERE id = $id AND version = $expected`, and zero rows
 * updated means a conflict (or a missing row).
 * @category Ports
 * @example
 * await storage.unitOfWork.run(async (tx) => {
 *   const r = await tx.reservations.get('r-1');
 *   if (r?.status === 'requested') {
 *     await tx.reservations.update({ ...r, version: r.version + 1, status: 'reserved', queuedAt: now }, r.version);
 *   }
 * });
 */
export interface ReservationStore {
  /** The reservation with this id, or `null` when there is none. */
  get(id: ReservationId): Promise<Reservation | null>;

  /** The patron's reservations, filtered by `options.active`, in `placedAt` then `id` order. */
  listByPatron(patronId: PatronId, options?: ListByPatronOptions): Promise<Reservation[]>;

  /**
   * The queue of a volume (C2): its `reserved` reservations without a pending cancellation, in
   * `queuedAt`, then `placedAt`, then `id` order. `requested` ones have no place in it.
   */
  listQueue(volumeId: VolumeId): Promise<Reservation[]>;

  /** Every active (`requested`, `reserved`, `onHold`) reservation of the volume, in `placedAt` then `id` order. */
  listByVolume(volumeId: VolumeId): Promise<Reservation[]>;

  /**
   * Every active (`requested`, `reserved`, `onHold`) reservation of any of the patrons, in
   * `placedAt` then `id` order: {@link ReservationStore.listByPatron} with `active: true` for many
   * patrons in one read (one statement on SQL, `WHERE patron_id IN (…)`), as a batch reads a chunk
   * of patrons. Unknown and repeated ids add nothing; an empty list reads nothing. A row that
   * cannot be read is reported and left out as by every list of the unit.
   * @example
   * const active = await tx.reservations.listActiveByPatrons(['p-1', 'p-2']);
   * const ofP1 = active.filter((r) => r.patronId === 'p-1'); // as listByPatron('p-1', { active: true })
   */
  listActiveByPatrons(patronIds: readonly PatronId[]): Promise<Reservation[]>;

  /**
   * Every active reservation of any of the volumes, in `placedAt` then `id` order:
   * {@link ReservationStore.listByVolume} for many volumes in one read. Unknown and repeated ids
   * add nothing; an empty list reads nothing.
   * @example
   * const active = await tx.reservations.listByVolumes(['t-1/1', 't-2/1']);
   * const ofT1 = active.filter((r) => r.volumeId === 't-1/1'); // as listByVolume('t-1/1')
   */
  listByVolumes(volumeIds: readonly VolumeId[]): Promise<Reservation[]>;

  /**
   * Optional. Every `reserved` or `onHold` reservation (pending cancellations included) of any of
   * the volumes, in `placedAt` then `id` order: {@link ReservationStore.listByVolumes} without the
   * `requested` ones. Unknown and repeated ids add nothing; an empty list reads nothing. The
   * one-unit approval batch reads with it, before it decides, the queues of the volumes with a
   * copy on the shelf, and adds the requests it has already read and decided, instead of reading
   * those queues again after deciding; a store without it is read as before, with the same results.
   * @example
   * const approved = (await tx.reservations.listReservedOrHeldByVolumes?.(['t-1/1'])) ?? [];
   * // as (await tx.reservations.listByVolume('t-1/1')).filter((r) => r.status !== 'requested')
   */
  listReservedOrHeldByVolumes?(volumeIds: readonly VolumeId[]): Promise<Reservation[]>;

  /** Every `requested` reservation, pending cancellations included, in `placedAt` then `id` order (C1). */
  listRequested(): Promise<Reservation[]>;

  /**
   * Optional. Every active (`requested`, `reserved`, `onHold`) reservation of every patron who
   * has a `requested` one, in `placedAt` then `id` order: {@link ReservationStore.listRequested}
   * and {@link ReservationStore.listActiveByPatrons} of those patrons in one read, each row once
   * (on SQL one statement, `WHERE patron_id IN (SELECT patron_id FROM reservations WHERE status =
   * 'requested') AND status IN (…)`). Its `requested` ones, in its order, are `listRequested()`;
   * a patron's ones are `listByPatron(patronId, { active: true })`. The one-unit approval batch
   * reads the requests with the quota counts of their patrons (E1) with it; a store without it
   * is read with those two methods instead, with the same results. A row that cannot be read is
   * reported and left out as by every list of the unit.
   * @example
   * const rows = (await tx.reservations.listActiveOfRequesters?.()) ?? [];
   * const requested = rows.filter((r) => r.status === 'requested'); // as listRequested()
   * const ofP1 = rows.filter((r) => r.patronId === 'p-1'); // as listByPatron('p-1', { active: true }) when p-1 has a request
   */
  listActiveOfRequesters?(): Promise<Reservation[]>;

  /** Every `requested` or `reserved` reservation with a pending online cancellation, in `cancellationRequestedAt` then `id` order (F2). */
  listPendingCancellations(): Promise<Reservation[]>;

  /** Every `onHold` reservation whose `lastDay` is strictly before `date`, in `lastDay` then `id` order (D3). */
  listHoldsEndingBefore(date: LocalDate): Promise<Reservation[]>;

  /**
   * Every `requested` or `reserved` reservation whose `notNeededAfter` or `suspendedUntil` is
   * strictly before `date`, in `id` order (P13, P14: the expiry job ends or resumes them).
   */
  listPatronOptionsEndingBefore(date: LocalDate): Promise<Reservation[]>;

  /**
   * Up to `limit` final reservations (rejected, collected, lapsed, cancelled) that ended (their
   * `rejectedAt`, `collectedAt`, `lapsedAt` or `cancelledAt`) strictly before `before` and still
   * name their patron (`patronId` is not `ANONYMISED_PATRON_ID`), in `id` order: the retention
   * job's next batch.
   */
  listFinishedBefore(before: Instant, limit: number): Promise<Reservation[]>;

  /**
   * A page of the `onHold` reservations whose pickup branch is the branch, in `lastDay` then
   * `id` order: the hold shelf (P8); with `endingBefore`, only those whose `lastDay` is
   * strictly before it (the expired holds to take off the shelf).
   */
  listHoldsAt(pickupBranchId: BranchId, options: PageRequest & { readonly endingBefore?: LocalDate | undefined }): Promise<Reservation[]>;

  /** Every `reserved` reservation whose pickup branch is the branch, in `queuedAt`, then `placedAt`, then `id` order (P8, E4). */
  listWaitingAt(pickupBranchId: BranchId): Promise<Reservation[]>;

  /** Stores a new reservation as given; throws `VERSION_CONFLICT` (`expected: null`) when the id exists. */
  insert(reservation: Reservation): Promise<void>;

  /**
   * Replaces the stored reservation when its version is `expectedVersion` and
   * `next.version === expectedVersion + 1`; otherwise throws `VERSION_CONFLICT` with
   * `{ table, id, expected, actual }`, or `NOT_FOUND` when there is no such id.
   */
  update(next: Reservation, expectedVersion: number): Promise<void>;
}
