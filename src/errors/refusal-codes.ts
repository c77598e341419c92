import type { RuleId } from './rule-id.js';

/**
 * Every business refusal code with the rule that it enforces. Codes are stable: hosts may
 * store and switch on them. Messages for them live in {@link REFUSAL_MESSAGES}.
 * @category Errors
 * @example
 * REFUSAL_RULES.QUOTA_EXCEEDED; // 'E1'
 */
export const REFUSAL_RULES = {
  /** A1: the patron is not registered for the internet service. */
  NOT_REGISTERED: 'A1',
  /** A1: the patron has no e-mail address for notices. */
  NO_EMAIL: 'A1',
  /** A2: the new e-mail address is malformed. */
  INVALID_EMAIL: 'A2',
  /** A3: staff judged the patron unreachable by e-mail. */
  UNREACHABLE: 'A3',
  /** A4: the online service is in a maintenance window. */
  MAINTENANCE: 'A4',
  /** A5: the channel (e-mail, telephone, …) is not accepted. */
  CHANNEL_NOT_ACCEPTED: 'A5',
  /** B1: the cart already has this volume. */
  ALREADY_IN_CART: 'B1',
  /** B1: the entry is not in the cart (or favourites). */
  NOT_IN_CART: 'B1',
  /** B4: the branch is not a pickup library. */
  NOT_A_PICKUP_BRANCH: 'B4',
  /** B5: the volume is already in the favourites list. */
  ALREADY_IN_FAVOURITES: 'B5',
  /** C1: approval before the first open day after the request. */
  NOT_YET_ELIGIBLE: 'C1',
  /** C3: the copy is not available to a walk-in (it is trapped, lent or gone). */
  COPY_NOT_AVAILABLE: 'C3',
  /** C2: the copy on the shelf belongs to the queue: someone holds an approved or counter reservation for its volume. */
  RESERVED_FOR_QUEUE: 'C2',
  /** D2: collection after the hold's last day. */
  HOLD_EXPIRED: 'D2',
  /** D3: expiry before the hold's last day has passed. */
  HOLD_NOT_EXPIRED: 'D3',
  /** D1: a copy for another volume, or not on the shelf, cannot be trapped. */
  COPY_NOT_TRAPPABLE: 'D1',
  /** E1: the online quota (7) is full. */
  QUOTA_EXCEEDED: 'E1',
  /** E1: the audiovisual sub-quota (3) is full. */
  AUDIOVISUAL_QUOTA_EXCEEDED: 'E1',
  /** E2: a set record, not a single volume, was requested. */
  SET_NOT_RESERVABLE: 'E2',
  /** E3: in-library-only material (rare, local history, reference, gazettes, newspapers, …). */
  IN_LIBRARY_ONLY: 'E3',
  /** E4: every copy is missing or long overdue. */
  UNFULFILLABLE: 'E4',
  /** E5: the local history museum is not a pickup point. */
  MUSEUM_NOT_PICKUP: 'E5',
  /** F1: no such transition from the reservation's status (a final status never changes). */
  INVALID_TRANSITION: 'F1',
  /** F2: only the patron's own requested or reserved online reservation can be cancelled online. */
  CANCEL_NOT_ALLOWED: 'F2',
  /** F2: a cancellation is already pending for the next approval batch. */
  CANCELLATION_PENDING: 'F2',
  /** F3: a counter reservation cannot be cancelled online. */
  COUNTER_RESERVATION: 'F3',
  /** F4: after the hold notice, online cancellation is closed; contact the library. */
  NOTICE_SENT: 'F4',
  /** F5: a reservation cannot be changed online; cancel and reserve again, or contact the library. */
  ONLINE_CHANGE_NOT_ALLOWED: 'F5',
  /** G4: a renewal while someone waits for the item. */
  RENEWAL_BLOCKED: 'G4',
  /** P1: the patron already has an active reservation for this volume. */
  DUPLICATE_RESERVATION: 'P1',
  /** P2: the actor may not act on this data (another patron's, another branch's). */
  NOT_ALLOWED: 'P2',
  /** P3: the patron already has this copy on loan. */
  ALREADY_ON_LOAN: 'P3',
  /** P4: the loan has been renewed as often as the policy allows (`maxRenewals`). */
  RENEWAL_LIMIT: 'P4',
  /** P4: the loan was returned; there is nothing to renew. */
  LOAN_RETURNED: 'P4',
  // --- issue 9: copies on the move ---
  /** E3: the copy is 禁帯出 (never leaves the building), or every copy of the volume is. */
  NOT_FOR_LOAN: 'E3',
  /** P6: the copy cannot take that mark from its status (withdrawing a copy on loan or on the hold shelf, finding one that is not missing, …). */
  COPY_MARK_NOT_ALLOWED: 'P6',
  /** P8: the copy is not on the pull list of this branch. */
  NOT_TO_PULL: 'P8',
  /** P9: the volume has no copy yet (on order), and the policy rejects such requests. */
  ON_ORDER: 'P9',
  // --- end issue 9 ---
  // Issue 13 (P17–P19)
  /** P17: the reservation cart holds as many entries as the policy allows (`maxCartEntries`). */
  CART_FULL: 'P17',
} as const satisfies Record<string, RuleId>;

/**
 * A stable business refusal code.
 * @category Errors
 * @example
 * const code: RefusalCode = 'NOTICE_SENT';
 */
export type RefusalCode = keyof typeof REFUSAL_RULES;

/**
 * Every refusal code, in catalogue order.
 * @category Errors
 * @example
 * REFUSAL_CODES.includes('QUOTA_EXCEEDED'); // true
 */
export const REFUSAL_CODES = Object.keys(REFUSAL_RULES) as readonly RefusalCode[];
