import { copyInOnePlace, holdOnPickupShelf, museumNoHoldShelf, transitHasDestinationAndReason } from './copies.js';
import {
  approvalAfterNextOpenDay,
  batchOncePerDay,
  finalStaysFinal,
  holdLastDayInvariant,
  lapsedCopyPassedOn,
  noticeOnlyForHolds,
  onlineQuota,
  operationsAnswer,
  walkInPriority,
} from './reservations.js';
import type { SimulationInvariant } from './types.js';

/**
 * The invariants a simulation checks after every day (and every step in strict mode), in the
 * order they are reported.
 * @category Testing
 * @example
 * SIMULATION_INVARIANTS.map((i) => `${i.name} (${i.rules.join(', ')})`);
 */
export const SIMULATION_INVARIANTS: readonly SimulationInvariant[] = [
  copyInOnePlace,
  holdOnPickupShelf,
  transitHasDestinationAndReason,
  onlineQuota,
  approvalAfterNextOpenDay,
  walkInPriority,
  holdLastDayInvariant,
  noticeOnlyForHolds,
  lapsedCopyPassedOn,
  museumNoHoldShelf,
  batchOncePerDay,
  finalStaysFinal,
  operationsAnswer,
];

/**
 * The names of the invariants a simulation checks, in the order they are reported.
 * @category Testing
 * @example
 * SIMULATION_INVARIANT_NAMES.includes('online-quota'); // true
 */
export const SIMULATION_INVARIANT_NAMES: readonly string[] = SIMULATION_INVARIANTS.map((i) => i.name);
