import { ALLOWED, combineVerdicts, type Verdict } from '../errors/refusal.js';
import type { BranchId } from '../model/ids.js';
import type { Copy, Title, Volume } from '../model/material.js';
import type { Patron } from '../model/patron.js';
import type { Loan } from '../model/loan.js';
import type { Reservation } from '../model/reservation.js';
import { checkNotOnLoan } from './already-on-loan.js';
import type { Instant } from '../model/time.js';
import type { Policy } from '../policy/schema.js';
import { checkNotDuplicate } from './duplicate.js';
import { checkChannel, checkOnlineEligibility, isAcceptedChannel } from './eligibility.js';
import { checkPickupBranch } from './pickup.js';
import { checkQuota } from './quota.js';
import { checkLendable, checkReservable } from './reservability.js';

/**
 * Everything {@link checkPlacement} needs to judge a new reservation.
 * @category Rules
 * @example
 * const input: PlacementInput = {
 *   patron, channel: 'online', title, volume, pickupBranchId: 'akeno',
 *   patronReservations: [], at: '2026-12-03T01:00:00.000Z', policy: hokutoPolicy(),
 * };
 */
export interface PlacementInput {
  /** Who reserves. */
  readonly patron: Patron;
  /** The channel the request came through (checked by A5). */
  readonly channel: string;
  readonly title: Title;
  /** The one volume asked for (E2). */
  readonly volume: Volume;
  /** The chosen pickup library (B4). */
  readonly pickupBranchId: BranchId;
  /** The patron's reservations, for P1 and E1 (others' are skipped). */
  readonly patronReservations: readonly Reservation[];
  /** The patron's loans, for P3 (a volume already in the patron's hands); none when omitted. */
  readonly patronLoans?: readonly Loan[] | undefined;
  /** The copies of the volume, for E3's 禁帯出 (a volume whose only copies never leave is not reservable); not checked when omitted. */
  readonly volumeCopies?: readonly Copy[] | undefined;
  /** When the request is made, with a time zone (A4). */
  readonly at: Instant;
  readonly policy: Policy;
}

/**
 * Checks everything needed to accept a new reservation, and returns every refusal found, in
 * this order: channel (A5); online eligibility for an online request (A1, A3, A4);
 * reservability (E2, E3, and 禁帯出 copies when `volumeCopies` is given); pickup branch (B4, E5); duplicate (P1); already on loan (P3); quota (E1, online only).
 * The same call serves the cart (B1: an entry is refused at once, with its rule IDs) and the
 * submission (B2).
 *
 * An unaccepted channel is refused with A5 and the checks that depend on the channel
 * (eligibility, quota) are skipped; the others still run.
 *
 * E4 (every copy missing or long overdue) is **not** checked here: the guide lets the patron
 * reserve and the library decide later (予約できる資料であっても…ご用意できない場合があります);
 * the approval batch applies {@link checkFulfillable}.
 *
 * Refusal codes: `CHANNEL_NOT_ACCEPTED` (A5), `NOT_REGISTERED` and `NO_EMAIL` (A1),
 * `UNREACHABLE` (A3), `MAINTENANCE` (A4), `SET_NOT_RESERVABLE` (E2), `IN_LIBRARY_ONLY` and `NOT_FOR_LOAN` (E3),
 * `NOT_A_PICKUP_BRANCH` (B4), `MUSEUM_NOT_PICKUP` (E5), `DUPLICATE_RESERVATION` (P1), `ALREADY_ON_LOAN` (P3),
 * `QUOTA_EXCEEDED` and `AUDIOVISUAL_QUOTA_EXCEEDED` (E1).
 * @param input - the patron, channel, item, pickup branch, the patron's reservations, instant and policy
 * @returns {@link ALLOWED} or a verdict with every refusal, in the order above
 * @throws {@link YoyakuError} `INVALID_INPUT` when `at` is not an instant with a time zone
 *   (online) or the volume is not of the title
 * @category Rules
 * @example
 * checkPlacement({ patron, channel: 'online', title, volume, pickupBranchId: 'akeno', patronReservations: [], at, policy });
 * // { ok: true }
 * @example
 * // Reference material to the museum: both refused at once (B1)
 * checkPlacement({ ...input, title: { ...title, category: 'reference' }, pickupBranchId: 'museum' });
 * // { ok: false, refusals: [{ code: 'IN_LIBRARY_ONLY', rule: 'E3', … }, { code: 'MUSEUM_NOT_PICKUP', rule: 'E5', … }] }
 * @example
 * // At the counter, staff are not limited by the online quota, eligibility or maintenance
 * checkPlacement({ ...input, channel: 'counter', patron: { ...patron, internetRegistered: false } }).ok; // true
 */
export function checkPlacement(input: PlacementInput): Verdict {
  const { patron, channel, title, volume, pickupBranchId, patronReservations, patronLoans = [], at, policy } = input;
  const accepted = isAcceptedChannel(channel);
  return combineVerdicts([
    checkChannel(channel),
    channel === 'online' ? checkOnlineEligibility(patron, at, policy) : ALLOWED,
    checkReservable({ title, volume }, policy),
    input.volumeCopies === undefined ? ALLOWED : checkLendable(input.volumeCopies),
    checkPickupBranch(policy, pickupBranchId),
    checkNotDuplicate(patronReservations, patron.id, volume.id),
    checkNotOnLoan(patronLoans, patron.id, volume.id),
    accepted ? checkQuota(patronReservations, patron.id, { audiovisual: title.audiovisual, channel }, policy) : ALLOWED,
  ]);
}
