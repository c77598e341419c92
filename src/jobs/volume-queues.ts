import type { ReservationId, VolumeId } from '../model/ids.js';
import type { Copy } from '../model/material.js';
import type { Reservation, ReservedReservation } from '../model/reservation.js';
import { isSuspendedOn } from '../rules/patron-options.js';
import { isQueued } from '../rules/reservation-state.js';
import type { LocalDate } from '../model/time.js';
import { compareQueue } from './queue-order.js';

interface VolumeQueue {
  readonly queue: ReservedReservation[];
  sorted: boolean;
  next: number;
}

/**
 * The reservations that already have a copy taken for them: to pull, travelling for them, or on
 * their hold shelf (P5). Such a reservation is not given another copy.
 * @param copies - copies of any volumes
 * @returns the reservation ids
 * @category Jobs
 * @example
 * committedReservations([{ ...copy, status: 'inTransit', reservationId: 'r-1' }]); // Set { 'r-1' }
 */
export function committedReservations(copies: Iterable<Copy>): Set<ReservationId> {
  const committed = new Set<ReservationId>();
  for (const c of copies)
    if (c.reservationId !== undefined && (c.status === 'inTransit' || c.status === 'awaitingPull' || c.status === 'onHoldShelf')) committed.add(c.reservationId);
  return committed;
}

/**
 * The queues of many volumes, indexed in one pass and each sorted on first use. Handing out
 * the head moves on to the next, so that within one job a reservation gets at most one copy;
 * a reservation with a copy already taken for it is passed over (P5). Internal to the jobs.
 * @category Jobs
 * @example
 * const queues = new VolumeQueues(reservations, committedReservations(copies));
 * const head = queues.take('t-1/1');
 */
export class VolumeQueues {
  // One entry per volume (its queue, whether it is sorted, the next place to look): a job asks
  // for a volume once per copy, and one lookup of a string key costs more than the rest of it.
  readonly #byVolume = new Map<VolumeId, VolumeQueue>();
  /** The kept reservations in input order; indexed by id only when a copy first claims one. */
  readonly #kept: ReservedReservation[] = [];
  #byId: Map<ReservationId, ReservedReservation> | null = null;
  readonly #taken: Set<ReservationId>;
  readonly #claimed = new Set<ReservationId>();

  /**
   * @param reservations - reservations of any volumes; only queued ones are kept
   * @param committed - reservations that have a copy taken for them already
   * @param today - the Japan date of the job: reservations suspended on it are passed over (P13)
   */
  constructor(reservations: readonly Reservation[], committed: ReadonlySet<ReservationId> = new Set(), today?: LocalDate) {
    this.#taken = new Set(committed);
    for (const r of reservations) {
      if (!isQueued(r)) continue;
      if (today !== undefined && isSuspendedOn(r, today)) continue;
      this.#kept.push(r);
      const entry = this.#byVolume.get(r.volumeId);
      if (entry === undefined) this.#byVolume.set(r.volumeId, { queue: [r], sorted: false, next: 0 });
      else entry.queue.push(r);
    }
  }

  /**
   * The head of a volume's queue not yet handed out in this job, and moves past it.
   * @param volumeId - the volume
   * @returns the head, or undefined when nobody else waits
   */
  take(volumeId: VolumeId): ReservedReservation | undefined {
    const entry = this.#byVolume.get(volumeId);
    if (entry === undefined) return undefined;
    const queue = entry.queue;
    if (!entry.sorted) {
      queue.sort(compareQueue);
      entry.sorted = true;
    }
    let index = entry.next;
    while (index < queue.length && this.#taken.has((queue[index] as ReservedReservation).id)) index++;
    entry.next = index + 1;
    const head = queue[index];
    if (head !== undefined) this.#taken.add(head.id);
    return head;
  }

  /**
   * The queued reservation a copy was taken for, claimed for it (P5): `undefined` when it is no
   * longer queued (cancelled, lapsed, or with a cancellation pending on the way).
   * @param id - the reservation the copy travels for
   * @returns the reservation, still waiting
   */
  claim(id: ReservationId): ReservedReservation | undefined {
    if (this.#byId === null) {
      this.#byId = new Map();
      for (const k of this.#kept) this.#byId.set(k.id, k);
    }
    const r = this.#byId.get(id);
    if (r === undefined || this.#claimed.has(id)) return undefined;
    this.#claimed.add(id);
    this.#taken.add(id);
    return r;
  }
}
