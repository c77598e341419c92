import type { ReservationService } from '../../../service/reservation-service.js';
import type { SimContext, SimDay } from '../context.js';

/**
 * One entry of the traffic table: an action of a patron or of staff, how often it happens
 * relative to the others, when in the day, and which service operations it calls. A new service
 * operation is one more entry.
 * @category Testing
 * @example
 * const names = TRAFFIC.map((op: TrafficOperation) => `${op.name}: ${op.exercises.join(', ')}`);
 */
export interface TrafficOperation {
  readonly name: string;
  /** The service operations it calls. */
  readonly exercises: readonly (keyof ReservationService)[];
  /** Its weight among the day's actions; 0 leaves it out that day. */
  weight(day: SimDay): number;
  /** `online`: from 07:00 to 23:30 Japan time; `counter`: during opening hours, at an open library. */
  readonly hours: 'online' | 'counter';
  run(ctx: SimContext): Promise<void>;
}

/** The weight of a counter operation: zero when every library is closed. */
export function atCounter(weight: number): (day: SimDay) => number {
  return (day) => (day.openLibraries.length === 0 ? 0 : weight);
}
