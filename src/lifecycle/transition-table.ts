import type { RuleId } from '../errors/rule-id.js';
import type { ReservationStatus } from '../model/reservation.js';
import type { LifecycleEventType } from './lifecycle-event.js';

/**
 * One legal transition of the lifecycle: from a status, on an event, to a status, under rules.
 * @category Lifecycle
 * @example
 * const row: TransitionRow = { from: 'reserved', event: 'trap', to: 'onHold', rules: ['D1'] };
 */
export interface TransitionRow {
  readonly from: ReservationStatus;
  readonly event: LifecycleEventType;
  readonly to: ReservationStatus;
  readonly rules: readonly RuleId[];
}

/**
 * The legal transitions of F1, as data: docs and diagrams are generated from it, and
 * {@link transition} accepts exactly these.
 * @category Lifecycle
 * @example
 * TRANSITIONS.filter((t) => t.from === 'onHold').map((t) => t.to); // ['collected', 'lapsed', 'cancelled']
 */
export const TRANSITIONS: readonly TransitionRow[] = [
  { from: 'requested', event: 'approve', to: 'reserved', rules: ['C1', 'C2'] },
  { from: 'requested', event: 'reject', to: 'rejected', rules: ['C4'] },
  { from: 'requested', event: 'requestCancellation', to: 'requested', rules: ['F2'] },
  { from: 'requested', event: 'finaliseCancellation', to: 'cancelled', rules: ['F2', 'C1'] },
  { from: 'requested', event: 'cancel', to: 'cancelled', rules: ['F2'] },
  { from: 'reserved', event: 'trap', to: 'onHold', rules: ['D1', 'D2'] },
  { from: 'reserved', event: 'requestCancellation', to: 'reserved', rules: ['F2'] },
  { from: 'reserved', event: 'finaliseCancellation', to: 'cancelled', rules: ['F2', 'C1'] },
  { from: 'reserved', event: 'cancel', to: 'cancelled', rules: ['F2'] },
  { from: 'reserved', event: 'changePickup', to: 'reserved', rules: ['F5'] },
  { from: 'onHold', event: 'collect', to: 'collected', rules: ['D2'] },
  { from: 'onHold', event: 'lapse', to: 'lapsed', rules: ['D3', 'D4'] },
  { from: 'onHold', event: 'cancel', to: 'cancelled', rules: ['F4'] },
  // issue 9: borrowing at the counter what one has reserved fulfils it (P7)
  { from: 'requested', event: 'fulfil', to: 'collected', rules: ['P7'] },
  { from: 'reserved', event: 'fulfil', to: 'collected', rules: ['P7'] },
  { from: 'onHold', event: 'fulfil', to: 'collected', rules: ['P7'] },
];
