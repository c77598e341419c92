import type { VolumeId } from '../model/ids.js';
import type { Reservation, ReservedReservation } from '../model/reservation.js';
import { isSuspendedOn } from '../rules/patron-options.js';
import { isQueued } from '../rules/reservation-state.js';
import type { LocalDate } from '../model/time.js';
import { compareQueue } from './queue-order.js';

/**
 * The queues of many volumes, indexed in one pass and each sorted on first use. Handing out
 * the head moves on to the next, so that within one job a reservation gets at most one copy.
 * Internal to the jobs.
 * @category Jobs
 * @example
 * const queues = new VolumeQueues(reservations);
 * const head = queues.take('t-1/1');
 */
export class VolumeQueues {
  readonly #byVolume = new Map<VolumeId, ReservedReservation[]>();
  readonly #sorted = new Set<VolumeId>();
  readonly #next = new Map<VolumeId, number>();

  /**
   * @param reservations - reservations of any volumes; only queued ones are kept
   * @param today - the Japan date of the job: reservations suspended on it are passed over (P13)
   */
  constructor(reservations: readonly Reservation[], today?: LocalDate) {
    for (const r of reservations) {
      if (!isQueued(r)) continue;
      if (today !== undefined && isSuspendedOn(r, today)) continue;
      const queue = this.#byVolume.get(r.volumeId);
      if (queue === undefined) this.#byVolume.set(r.volumeId, [r]);
      else queue.push(r);
    }
  }

  /**
   * The head of a volume's queue not yet handed out in this job, and moves past it.
   * @param volumeId - the volume
   * @returns the head, or undefined when nobody else waits
   */
  take(volumeId: VolumeId): ReservedReservation | undefined {
    const queue = this.#byVolume.get(volumeId);
    if (queue === undefined) return undefined;
    if (!this.#sorted.has(volumeId)) {
      queue.sort(compareQueue);
      this.#sorted.add(volumeId);
    }
    const index = this.#next.get(volumeId) ?? 0;
    if (index >= queue.length) return undefined;
    this.#next.set(volumeId, index + 1);
    return queue[index];
  }
}
