import type { BranchId, PatronId, ReservationId, VolumeId } from '../model/ids.js';
import type { Reservation } from '../model/reservation.js';
import type { LocalDate } from '../model/time.js';
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

  /** Every `requested` reservation, pending cancellations included, in `placedAt` then `id` order (C1). */
  listRequested(): Promise<Reservation[]>;

  /** Every `requested` or `reserved` reservation with a pending online cancellation, in `cancellationRequestedAt` then `id` order (F2). */
  listPendingCancellations(): Promise<Reservation[]>;

  /** Every `onHold` reservation whose `lastDay` is strictly before `date`, in `lastDay` then `id` order (D3). */
  listHoldsEndingBefore(date: LocalDate): Promise<Reservation[]>;

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
