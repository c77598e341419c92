import { changePickup, counterReservation, markUnreachable, registration, staffCancel, staffListView, walkInAny, walkInRequested } from './counter.js';
import { cancelOnline, cartInLibraryOnly, cartRequest, changeOnline, emailChange, favouriteAdd, favouriteRequest, noticePrivacy, renewal, statusView } from './online.js';
import { copyFound, copyLongOverdue, copyMissing, historyView, holdExtended, patronOptions, pullConfirmed, queueMove, retentionRun, staffDecision } from './staff.js';
import type { TrafficOperation } from './types.js';

/**
 * The weighted table of the day's actions by patrons and staff. Returns, collections, the
 * courier, the morning jobs and notice delivery are not drawn from it: they follow from what
 * happened before (a loan due, a hold noticed, a copy in transit) and run at fixed times.
 * @category Testing
 * @example
 * TRAFFIC.flatMap((op) => op.exercises); // every service operation the traffic calls
 */
export const TRAFFIC: readonly TrafficOperation[] = [
  cartRequest,
  cartInLibraryOnly,
  favouriteAdd,
  favouriteRequest,
  cancelOnline,
  changeOnline,
  statusView,
  renewal,
  noticePrivacy,
  emailChange,
  counterReservation,
  walkInRequested,
  walkInAny,
  staffCancel,
  changePickup,
  markUnreachable,
  registration,
  staffListView,
  copyMissing,
  copyFound,
  copyLongOverdue,
  pullConfirmed,
  staffDecision,
  holdExtended,
  queueMove,
  patronOptions,
  historyView,
  retentionRun,
];
