import type { ReservationId, VolumeId } from '../model/ids.js';
import type { Copy } from '../model/material.js';
import type { Reservation, ReservedReservation } from '../model/reservation.js';
import { isSuspendedOn } from '../rules/patron-options.js';
import { isQueued } from '../rules/reservation-state.js';
import type { LocalDate } from '../model/time.js';
import { compareQueue } from './queue-order.js';

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
  const add = (c: Copy): void => {
    if (c.reservationId !== undefined && (c.status === 'inTransit' || c.status === 'awaitingPull' || c.status === 'onHoldShelf')) committed.add(c.reservationId);
  };
  // An array by index: a `for … of` that runs before the engine optimises it allocates an iterator result per copy.
  if (Array.isArray(copies)) for (let i = 0; i < copies.length; i++) add(copies[i] as Copy);
  else for (const c of copies) add(c);
  return committed;
}

/**
 * The queues of many volumes, indexed in one pass and each sorted on first use. Handing out
 * the head moves on to the next, so that within one job a reservation gets at most one copy;
 * a reservation with a copy already taken for it is passed over (P5). Reservation ids are
 * unique, as in any store. Internal to the jobs.
 * @category Jobs
 * @example
 * const queues = new VolumeQueues(reservations, committedReservations(copies));
 * const head = queues.take('t-1/1');
 */
export class VolumeQueues {
  // A job asks for a volume once per copy, and a lookup of a string key in a large table costs
  // more than the rest of it: so one map, from a volume to its number, and everything else in
  // arrays indexed by that number or by a reservation's position. The queues are one array of
  // reservations, volume after volume (`#start[v]` to `#start[v + 1]`), each sorted when a copy
  // first asks for it; a reservation's "place" is its position there.
  readonly #volumeOf = new Map<VolumeId, number>();
  readonly #start: Int32Array;
  /** Per volume: where the next look starts; a negative value, -1 - start: not yet sorted. */
  readonly #next: Int32Array;
  readonly #queue: ReservedReservation[];
  /** Per position: the reservation's rank among the kept ones in input order (the sort's last key). */
  readonly #rank: Int32Array;
  /** Per rank: the reservation's index in the constructor's `reservations`. */
  readonly #inputIndex: Int32Array;
  /** Per position: handed out, or with a copy taken for it already; and claimed by a copy (P5). */
  readonly #taken: Uint8Array;
  readonly #claimed: Uint8Array;
  /** For `claim`, made when first needed: id to rank, and rank to position. */
  #byId: Map<ReservationId, number> | null = null;
  #positionOf: Int32Array | null = null;

  /**
   * @param reservations - reservations of any volumes; only queued ones are kept
   * @param committed - reservations that have a copy taken for them already
   * @param today - the Japan date of the job: reservations suspended on it are passed over (P13)
   */
  constructor(reservations: readonly Reservation[], committed: ReadonlySet<ReservationId> = new Set(), today?: LocalDate) {
    const n = reservations.length;
    const volumeOfRank = new Int32Array(n);
    const inputIndex = new Int32Array(n);
    const counts = new Int32Array(n);
    let volumes = 0;
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const r = reservations[i] as Reservation;
      if (!isQueued(r)) continue;
      if (today !== undefined && isSuspendedOn(r, today)) continue;
      let v = this.#volumeOf.get(r.volumeId);
      if (v === undefined) {
        v = volumes++;
        this.#volumeOf.set(r.volumeId, v);
      }
      counts[v] = (counts[v] as number) + 1;
      inputIndex[kept] = i;
      volumeOfRank[kept] = v;
      kept++;
    }
    const start = new Int32Array(volumes + 1);
    const next = new Int32Array(volumes);
    for (let v = 0; v < volumes; v++) {
      start[v + 1] = (start[v] as number) + (counts[v] as number);
      next[v] = -1 - (start[v] as number);
    }
    // Each volume's reservations in input order, to be sorted by (queue key, rank): a stable sort by queue key.
    const fill = start.slice(0, volumes);
    const queue = new Array<ReservedReservation>(kept);
    const rank = new Int32Array(kept);
    for (let k = 0; k < kept; k++) {
      const v = volumeOfRank[k] as number;
      const p = fill[v] as number;
      queue[p] = reservations[inputIndex[k] as number] as ReservedReservation;
      rank[p] = k;
      fill[v] = p + 1;
    }
    this.#start = start;
    this.#next = next;
    this.#queue = queue;
    this.#rank = rank;
    this.#inputIndex = inputIndex;
    this.#taken = new Uint8Array(kept);
    this.#claimed = new Uint8Array(kept);
    if (committed.size > 0) for (let p = 0; p < kept; p++) if (committed.has((queue[p] as ReservedReservation).id)) this.#taken[p] = 1;
  }

  /**
   * The head of a volume's queue not yet handed out in this job, and moves past it.
   * @param volumeId - the volume
   * @returns the head, or undefined when nobody else waits
   */
  take(volumeId: VolumeId): ReservedReservation | undefined {
    const p = this.takePlace(volumeId);
    return p < 0 ? undefined : (this.#queue[p] as ReservedReservation);
  }

  /**
   * {@link VolumeQueues.take} as the head's place ({@link VolumeQueues.reservation}), or -1.
   * @param volumeId - the volume
   * @returns the head's place, or -1 when nobody else waits
   */
  takePlace(volumeId: VolumeId): number {
    const v = this.#volumeOf.get(volumeId);
    if (v === undefined) return -1;
    const end = this.#start[v + 1] as number;
    let p = this.#next[v] as number;
    if (p < 0) {
      p = -1 - p;
      if (end - p > 1) this.#sort(p, end);
    }
    const taken = this.#taken;
    while (p < end && taken[p] === 1) p++;
    if (p >= end) {
      this.#next[v] = end;
      return -1;
    }
    this.#next[v] = p + 1;
    taken[p] = 1;
    return p;
  }

  /** Sorts the positions `from` to `end` (one volume's queue) by queue key, then rank; each position's flags move with it. */
  #sort(from: number, end: number): void {
    const queue = this.#queue;
    const rank = this.#rank;
    const taken = this.#taken;
    const claimed = this.#claimed;
    if (end - from <= 8) {
      // Insertion sort: most queues are short, and it allocates nothing.
      for (let i = from + 1; i < end; i++) {
        const r = queue[i] as ReservedReservation;
        const k = rank[i] as number;
        const t = taken[i] as number;
        const c = claimed[i] as number;
        let j = i - 1;
        for (; j >= from && (compareQueue(queue[j] as ReservedReservation, r) || (rank[j] as number) - k) > 0; j--) {
          queue[j + 1] = queue[j] as ReservedReservation;
          rank[j + 1] = rank[j] as number;
          taken[j + 1] = taken[j] as number;
          claimed[j + 1] = claimed[j] as number;
        }
        queue[j + 1] = r;
        rank[j + 1] = k;
        taken[j + 1] = t;
        claimed[j + 1] = c;
      }
    } else {
      const items = queue.slice(from, end);
      const ranks = rank.slice(from, end);
      const takens = taken.slice(from, end);
      const claims = claimed.slice(from, end);
      const order = Array.from({ length: end - from }, (_, i) => i);
      order.sort((a, b) => compareQueue(items[a] as ReservedReservation, items[b] as ReservedReservation) || (ranks[a] as number) - (ranks[b] as number));
      for (let i = 0; i < order.length; i++) {
        const o = order[i] as number;
        queue[from + i] = items[o] as ReservedReservation;
        rank[from + i] = ranks[o] as number;
        taken[from + i] = takens[o] as number;
        claimed[from + i] = claims[o] as number;
      }
    }
    const positionOf = this.#positionOf;
    if (positionOf !== null) for (let p = from; p < end; p++) positionOf[rank[p] as number] = p;
  }

  /**
   * The queued reservation a copy was taken for, claimed for it (P5): `undefined` when it is no
   * longer queued (cancelled, lapsed, or with a cancellation pending on the way).
   * @param id - the reservation the copy travels for
   * @returns the reservation, still waiting
   */
  claim(id: ReservationId): ReservedReservation | undefined {
    const p = this.claimPlace(id);
    return p < 0 ? undefined : (this.#queue[p] as ReservedReservation);
  }

  /**
   * {@link VolumeQueues.claim} as the reservation's place, or -1.
   * @param id - the reservation the copy travels for
   * @returns its place, or -1 when it no longer waits or was claimed already
   */
  claimPlace(id: ReservationId): number {
    if (this.#byId === null || this.#positionOf === null) {
      const positionOf = new Int32Array(this.#rank.length);
      for (let p = 0; p < positionOf.length; p++) positionOf[this.#rank[p] as number] = p;
      const byId = new Map<ReservationId, number>();
      for (let k = 0; k < positionOf.length; k++) byId.set((this.#queue[positionOf[k] as number] as ReservedReservation).id, k);
      this.#positionOf = positionOf;
      this.#byId = byId;
    }
    const k = this.#byId.get(id);
    if (k === undefined) return -1;
    const p = this.#positionOf[k] as number;
    if (this.#claimed[p] === 1) return -1;
    this.#claimed[p] = 1;
    this.#taken[p] = 1;
    return p;
  }

  /**
   * A kept reservation, by its place.
   * @param place - from {@link VolumeQueues.takePlace} or {@link VolumeQueues.claimPlace}
   * @returns the reservation
   */
  reservation(place: number): ReservedReservation {
    return this.#queue[place] as ReservedReservation;
  }

  /**
   * Where a kept reservation stands in the reservations the queues were made from.
   * @param place - from {@link VolumeQueues.takePlace} or {@link VolumeQueues.claimPlace}
   * @returns its index in the constructor's `reservations`
   */
  inputIndex(place: number): number {
    return this.#inputIndex[this.#rank[place] as number] as number;
  }
}
