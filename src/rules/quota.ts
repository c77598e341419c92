import { ALLOWED, combineVerdicts, refuse, type Verdict } from '../errors/refusal.js';
import type { PatronId } from '../model/ids.js';
import type { Channel, Reservation } from '../model/reservation.js';
import type { Policy } from '../policy/schema.js';
import { isActiveReservation } from './reservation-state.js';

/**
 * How many reservations of a patron count toward the online quota (E1).
 * @category Rules
 * @example
 * const count: QuotaCount = { total: 5, audiovisual: 2 };
 */
export interface QuotaCount {
  /** Reservations counted toward `maxOnline`. */
  readonly total: number;
  /** Of which audiovisual, counted toward `maxOnlineAudiovisual`. */
  readonly audiovisual: number;
}

/**
 * The reservation about to be added, as far as the quota cares.
 * @category Rules
 * @example
 * const adding: QuotaAddition = { audiovisual: true, channel: 'online' };
 */
export interface QuotaAddition {
  readonly audiovisual: boolean;
  readonly channel: Channel;
}

/**
 * Counts a patron's reservations toward the online quota (E1): the active ones (`requested`,
 * `reserved`, `onHold`) made online, plus those made at the counter when the policy's
 * `quotaCountsCounterReservations` is on. A reservation whose online cancellation is pending
 * still counts until the batch finalises it (F2). Other patrons' reservations are ignored.
 * @param reservations - reservations (other patrons' may be included; they are skipped)
 * @param patronId - whose quota
 * @param policy - the parsed policy
 * @returns the total and the audiovisual count
 * @category Rules
 * @example
 * countQuota([onlineBook, onlineDvd, collectedBook], 'p-1', hokutoPolicy()); // { total: 2, audiovisual: 1 }
 * @example
 * // Counter reservations count only with the knob on
 * countQuota([counterBook], 'p-1', hokutoPolicy()).total; // 0
 * countQuota([counterBook], 'p-1', hokutoPolicy({ quotaCountsCounterReservations: true })).total; // 1
 */
export function countQuota(reservations: readonly Reservation[], patronId: PatronId, policy: Policy): QuotaCount {
  let total = 0;
  let audiovisual = 0;
  for (const r of reservations) {
    if (r.patronId !== patronId || !countsTowardQuota(r, policy)) continue;
    total += 1;
    if (r.audiovisual) audiovisual += 1;
  }
  return { total, audiovisual };
}

/**
 * Whether one reservation counts toward its patron's online quota (E1), as {@link countQuota}
 * counts it: active, and made online (or at the counter with `quotaCountsCounterReservations`).
 * @param reservation - the reservation
 * @param policy - the parsed policy
 * @returns true when it counts
 * @category Rules
 * @example
 * countsTowardQuota(onlineBook, hokutoPolicy()); // true
 * countsTowardQuota(counterBook, hokutoPolicy()); // false
 */
export function countsTowardQuota(reservation: Reservation, policy: Policy): boolean {
  return isActiveReservation(reservation) && (reservation.channel === 'online' || policy.quotaCountsCounterReservations);
}

/**
 * Checks that adding one reservation keeps a patron within the online quota (E1: 7 items, of
 * which 3 audiovisual, by default). Only online additions are limited; staff at the counter
 * are not. Both refusals are returned when both limits would be passed.
 *
 * At approval, pass the reservations without the request being approved, or it counts twice.
 *
 * Refusal codes: `QUOTA_EXCEEDED` (E1) when the total would exceed `maxOnline`;
 * `AUDIOVISUAL_QUOTA_EXCEEDED` (E1) when the audiovisual count would exceed
 * `maxOnlineAudiovisual`. Each carries `params: { limit, count }`, the limit and the count
 * before the addition.
 * @param reservations - the patron's reservations (others' are skipped)
 * @param patronId - who is adding
 * @param adding - whether the new one is audiovisual, and its channel
 * @param policy - the parsed policy
 * @returns {@link ALLOWED} or a verdict with the refusals
 * @category Rules
 * @example
 * // Seven active online reservations: an eighth is refused (E1)
 * checkQuota(sevenBooks, 'p-1', { audiovisual: false, channel: 'online' }, hokutoPolicy());
 * // { ok: false, refusals: [{ code: 'QUOTA_EXCEEDED', rule: 'E1', params: { limit: 7, count: 7 } }] }
 * @example
 * // Three audiovisual among five: a fourth audiovisual is refused, a book passes
 * checkQuota(threeDvdsTwoBooks, 'p-1', { audiovisual: true, channel: 'online' }, policy).ok; // false
 * checkQuota(threeDvdsTwoBooks, 'p-1', { audiovisual: false, channel: 'online' }, policy).ok; // true
 * @example
 * // The counter is not limited
 * checkQuota(sevenBooks, 'p-1', { audiovisual: false, channel: 'counter' }, policy).ok; // true
 */
export function checkQuota(reservations: readonly Reservation[], patronId: PatronId, adding: QuotaAddition, policy: Policy): Verdict {
  if (adding.channel !== 'online') return ALLOWED;
  return quotaVerdict(countQuota(reservations, patronId, policy), adding, policy);
}

/**
 * {@link checkQuota} on a count already made ({@link countQuota}): what a job that keeps each
 * patron's count as it goes asks, without counting the reservations again.
 * @param count - the patron's count before the addition
 * @param adding - whether the new one is audiovisual, and its channel
 * @param policy - the parsed policy
 * @returns {@link ALLOWED} or a verdict with the refusals
 * @category Rules
 * @example
 * quotaVerdict({ total: 7, audiovisual: 0 }, { audiovisual: false, channel: 'online' }, hokutoPolicy()).ok; // false
 */
export function quotaVerdict(count: QuotaCount, adding: QuotaAddition, policy: Policy): Verdict {
  if (adding.channel !== 'online') return ALLOWED;
  return combineVerdicts([
    count.total + 1 > policy.maxOnline ? refuse('QUOTA_EXCEEDED', { limit: policy.maxOnline, count: count.total }) : ALLOWED,
    adding.audiovisual && count.audiovisual + 1 > policy.maxOnlineAudiovisual
      ? refuse('AUDIOVISUAL_QUOTA_EXCEEDED', { limit: policy.maxOnlineAudiovisual, count: count.audiovisual })
      : ALLOWED,
  ]);
}
