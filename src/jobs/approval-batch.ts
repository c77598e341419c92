import { japanDateOf } from '../calendar/japan-date.js';
import { assertLocalDate } from '../calendar/local-date.js';
import type { RuleId } from '../errors/rule-id.js';
import type { Verdict } from '../errors/refusal.js';
import { YoyakuError } from '../errors/yoyaku-error.js';
import type { DomainEvent } from '../model/domain-event.js';
import type { PatronId, ReservationId, TitleId, VolumeId } from '../model/ids.js';
import type { Copy, Title, Volume } from '../model/material.js';
import type { Patron } from '../model/patron.js';
import type { RejectionReason, RequestedReservation, Reservation } from '../model/reservation.js';
import type { Instant, LocalDate } from '../model/time.js';
import type { Policy } from '../policy/schema.js';
import { checkOnlineEligibility } from '../rules/eligibility.js';
import { countsTowardQuota, quotaVerdict } from '../rules/quota.js';
import { checkFulfillable, checkReservable } from '../rules/reservability.js';
import { applyTransition } from './apply-transition.js';
import { ApprovalEligibility } from './approval-eligibility.js';

/**
 * What the approval batch reads. `reservations` holds at least every `requested` reservation
 * and every active one of the patrons concerned (for the quota, E1); `patrons`, `titles` and
 * `volumes` hold those the requests name; `copiesByVolume` holds an entry, possibly empty, for
 * every requested volume when the policy's `rejectUnfulfillable` is on (E4) or its
 * `onOrderRequests` is `reject` (P9); without an entry the copy checks are skipped.
 * @category Jobs
 * @example
 * const snapshot: ApprovalSnapshot = {
 *   reservations,
 *   patrons: new Map([[patron.id, patron]]),
 *   titles: new Map([[title.id, title]]),
 *   volumes: new Map([[volume.id, volume]]),
 *   copiesByVolume: new Map([[volume.id, [copy]]]),
 * };
 */
export interface ApprovalSnapshot {
  readonly reservations: readonly Reservation[];
  readonly patrons: ReadonlyMap<PatronId, Patron>;
  readonly titles: ReadonlyMap<TitleId, Title>;
  readonly volumes: ReadonlyMap<VolumeId, Volume>;
  readonly copiesByVolume: ReadonlyMap<VolumeId, readonly Copy[]>;
}

/**
 * When the approval batch runs.
 * @category Jobs
 * @example
 * const options: ApprovalOptions = { date: '2026-12-08', at: '2026-12-08T00:00:00.000Z', policy: hokutoPolicy() };
 */
export interface ApprovalOptions {
  /** The batch's Japan date: a request is eligible once its pickup branch has opened on a day after it was made (C1). */
  readonly date: LocalDate;
  /** The batch's instant: the `queuedAt` of every reservation it approves (C2). */
  readonly at: Instant;
  readonly policy: Policy;
}

/**
 * What the batch did to one reservation.
 * @category Jobs
 * @example
 * const kind: ApprovalDecisionKind = 'cancellationFinalised';
 */
export type ApprovalDecisionKind = 'approved' | 'rejected' | 'cancellationFinalised';

/**
 * One decision of the approval batch, with the reservation as it is now.
 * @category Jobs
 * @example
 * const d: ApprovalDecision = { reservationId: 'r-1', kind: 'rejected', reasons: [{ rule: 'E4' }], next: rejected };
 */
export interface ApprovalDecision {
  readonly reservationId: ReservationId;
  readonly kind: ApprovalDecisionKind;
  /** For a rejection: the rules that refused, each once (C4). */
  readonly reasons?: readonly RejectionReason[];
  readonly next: Reservation;
}

/**
 * The outcome of {@link runApprovalBatch}.
 * @category Jobs
 * @example
 * const { decisions, reservations, events } = runApprovalBatch(snapshot, options);
 */
export interface ApprovalBatchResult {
  /** Finalised cancellations of `reserved` reservations first, then every eligible request in `placedAt`, `id` order. */
  readonly decisions: readonly ApprovalDecision[];
  /** The snapshot's reservations with the decisions applied, in the same order. */
  readonly reservations: readonly Reservation[];
  /** The domain events of the decisions, in decision order. */
  readonly events: readonly DomainEvent[];
}

function notFound(what: 'patron' | 'title' | 'volume' | 'copies', id: string, reservationId: ReservationId): never {
  const key = what === 'copies' ? 'volumeId' : `${what}Id`;
  throw new YoyakuError('NOT_FOUND', `The snapshot has no ${what === 'copies' ? 'copy list for volume' : what} ${id} (reservation ${reservationId})`, {
    details: { [key]: id, reservationId },
  });
}

function addRules(verdict: Verdict, rules: RuleId[] | null, ignore?: RuleId): RuleId[] | null {
  if (verdict.ok) return rules;
  let out = rules;
  for (const refusal of verdict.refusals) {
    if (refusal.rule === ignore || out?.includes(refusal.rule)) continue;
    if (out === null) out = [];
    out.push(refusal.rule);
  }
  return out;
}

/**
 * The order in which the eligible requests are decided: positions in `keys` (each request's
 * `placedAt` as a number) by key, then by `id`. When every key is a number and the keys' span
 * times the count fits a double exactly, each key is packed with its position into one number
 * and the numbers are sorted without a comparator (the engine's native numeric sort); the rare
 * runs of equal keys are then ordered by id. Otherwise one comparator sort does the same. Either
 * way the order is that of a stable sort by (`placedAt` as an instant, `id`).
 */
function placingOrder(keys: Float64Array, idOf: (k: number) => string): Uint32Array {
  const m = keys.length;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < m; k++) {
    const key = keys[k] as number;
    if (key < min) min = key;
    if (key > max) max = key;
  }
  const byId = (a: number, b: number): number => {
    const x = idOf(a);
    const y = idOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  // NaN fails both comparisons above, so a NaN key leaves min or max infinite only when all are NaN; check each.
  let packable = Number.isFinite(min) && Number.isFinite(max) && (max - min + 1) * m <= Number.MAX_SAFE_INTEGER;
  for (let k = 0; packable && k < m; k++) if (Number.isNaN(keys[k])) packable = false;
  if (!packable) {
    const order = new Uint32Array(m);
    for (let k = 0; k < m; k++) order[k] = k;
    return order.sort((a, b) => {
      const d = (keys[a] as number) - (keys[b] as number);
      return d !== 0 ? d : byId(a, b);
    });
  }
  const packed = new Float64Array(m);
  for (let k = 0; k < m; k++) packed[k] = ((keys[k] as number) - min) * m + k;
  packed.sort();
  const order = new Uint32Array(m);
  for (let j = 0; j < m; j++) order[j] = (packed[j] as number) % m;
  for (let j = 0; j < m; ) {
    let end = j + 1;
    while (end < m && keys[order[end] as number] === keys[order[j] as number]) end++;
    if (end - j > 1) order.subarray(j, end).sort(byId);
    j = end;
  }
  return order;
}

/**
 * The morning approval batch (予約承認処理・予約取消承認処理, C1): decides every online request
 * that is eligible on `date`, and finalises pending online cancellations.
 *
 * A request is eligible when `date` is on or after the first open day of its pickup branch
 * strictly after the Japan day it was made (C1, C3: a request made on an open morning waits
 * for the next open day). Eligible requests are taken in `placedAt`, `id` order:
 *
 * - a request whose patron cancelled it online is cancelled (F2);
 * - otherwise it is re-checked, and rejected with every rule that now refuses it (C4): the
 *   patron is unregistered or without e-mail (A1) or unreachable (A3), the volume is a set
 *   (E2) or its category became in-library only (E3), every copy is 禁帯出 (E3), every existing
 *   copy is missing, long overdue or withdrawn when the policy's `rejectUnfulfillable` is on
 *   (E4), the volume has no copy yet when `onOrderRequests` is `reject` (P9), or the patron's online quota is full
 *   (E1), counted over their `reserved` and `onHold` reservations plus those this batch has
 *   already approved. A maintenance window (A4) does not stop the batch;
 * - otherwise it is approved and joins its volume's queue at `at` (C2), so a counter
 *   reservation placed before the batch ranks ahead of it.
 *
 * A `reserved` reservation whose cancellation was requested on a day for which `date` is
 * eligible in the same way is cancelled, before the requests are decided, so the place it
 * frees in the quota is free for them. Every change goes through {@link transition}.
 *
 * Pure: never mutates the snapshot. Idempotent: a second run on `result.reservations` with the
 * same date decides nothing. Linear in the number of reservations apart from one sort of the
 * eligible requests: each branch's calendar is consulted once, each patron's and volume's
 * checks are made once, and each patron's quota is counted as the batch goes.
 * @param snapshot - the reservations, patrons, titles, volumes and copies
 * @param options - the batch's date, instant and policy
 * @returns the decisions, the reservations with them applied, and the events
 * @throws {@link YoyakuError} `INVALID_INPUT` for a malformed `date`, or an `at` whose Japan date
 *   is before `date` (a batch for a later day, P16); `CALENDAR_OUT_OF_RANGE` for a `date` outside
 *   the holiday data of a calendar it reads; `NOT_FOUND` when an
 *   eligible request names a patron, title, volume or (with `rejectUnfulfillable`) copy list
 *   that is not in the snapshot
 * @category Jobs
 * @example
 * // A request made on Sunday 2026-12-06; Monday the 7th is closed
 * runApprovalBatch(snapshot, { date: '2026-12-07', at: '2026-12-07T00:00:00.000Z', policy }).decisions; // []
 * runApprovalBatch(snapshot, { date: '2026-12-08', at: '2026-12-08T00:00:00.000Z', policy }).decisions;
 * // [{ reservationId: 'r-1', kind: 'approved', next: { status: 'reserved', queuedAt: '2026-12-08T00:00:00.000Z', … } }]
 * @example
 * // The patron was marked unreachable since the request (A3)
 * runApprovalBatch(snapshotWithUnreachablePatron, options).decisions[0]?.reasons; // [{ rule: 'A3' }]
 */
export function runApprovalBatch(snapshot: ApprovalSnapshot, options: ApprovalOptions): ApprovalBatchResult {
  const { at, policy } = options;
  const date = assertLocalDate(options.date, 'date');
  if (japanDateOf(at) < date)
    throw new YoyakuError('INVALID_INPUT', 'at falls before date in Japan', {
      issues: [{ path: ['at'], message: 'Expected an instant on or after the start of date in Japan' }],
    });
  const eligibility = new ApprovalEligibility(policy, date);
  const next = snapshot.reservations.slice();
  const requests: number[] = [];
  const decisions: ApprovalDecision[] = [];
  const events: DomainEvent[] = [];

  for (let i = 0; i < next.length; i++) {
    const r = next[i] as Reservation;
    if (r.status === 'requested') {
      if (eligibility.isEligible(r.pickupBranchId, r.placedAt)) requests.push(i);
    } else if (r.status === 'reserved' && r.cancellationRequestedAt !== undefined && eligibility.isEligible(r.pickupBranchId, r.cancellationRequestedAt)) {
      const done = applyTransition(r, { type: 'finaliseCancellation' }, at, events);
      next[i] = done;
      decisions.push({ reservationId: r.id, kind: 'cancellationFinalised', next: done });
    }
  }
  if (requests.length === 0) return { decisions, reservations: next, events };

  // Everything a decision needs of a request but the record itself is read in one pass in
  // snapshot order and kept in arrays, so that deciding in placing order looks up no map.
  const m = requests.length;
  const patronOf = new Int32Array(m).fill(-1);
  const volumeOf = new Int32Array(m);
  const keys = new Float64Array(m);
  const patronIndex = new Map<PatronId, number>();
  const patronRules: (RuleId[] | null)[] = [];
  const volumeIndex = new Map<VolumeId, number>();
  for (let k = 0; k < m; k++) {
    const r = next[requests[k] as number] as RequestedReservation;
    keys[k] = Date.parse(r.placedAt);
    if (r.cancellationRequestedAt !== undefined) continue;
    let p = patronIndex.get(r.patronId);
    if (p === undefined) {
      const patron = snapshot.patrons.get(r.patronId) ?? notFound('patron', r.patronId, r.id);
      p = patronRules.length;
      patronRules.push(addRules(checkOnlineEligibility(patron, at, policy), null, 'A4'));
      patronIndex.set(r.patronId, p);
    }
    patronOf[k] = p;
    let v = volumeIndex.get(r.volumeId);
    if (v === undefined) {
      v = volumeIndex.size;
      volumeIndex.set(r.volumeId, v);
    }
    volumeOf[k] = v;
  }
  // Per patron: the reservations counted for E1 (held, the test that skips the count) and the
  // count itself, as countQuota would make it over them, kept up to date as requests are approved.
  const held = new Int32Array(patronRules.length);
  const quotaTotal = new Int32Array(patronRules.length);
  const quotaAudiovisual = new Int32Array(patronRules.length);
  const count = (p: number, r: Reservation): void => {
    held[p] = (held[p] as number) + 1;
    if (!countsTowardQuota(r, policy)) return;
    quotaTotal[p] = (quotaTotal[p] as number) + 1;
    if (r.audiovisual) quotaAudiovisual[p] = (quotaAudiovisual[p] as number) + 1;
  };
  for (const r of next) {
    if (r.status !== 'reserved' && r.status !== 'onHold') continue;
    const p = patronIndex.get(r.patronId);
    if (p !== undefined) count(p, r);
  }

  const items: (RuleId[] | null | undefined)[] = new Array<RuleId[] | null | undefined>(volumeIndex.size).fill(undefined);
  const needsCopies = policy.rejectUnfulfillable || policy.onOrderRequests === 'reject';
  const itemRules = (v: number, r: Reservation): RuleId[] | null => {
    let rules = items[v];
    if (rules !== undefined) return rules;
    const volume = snapshot.volumes.get(r.volumeId) ?? notFound('volume', r.volumeId, r.id);
    const title = snapshot.titles.get(r.titleId) ?? notFound('title', r.titleId, r.id);
    rules = addRules(checkReservable({ title, volume }, policy), null);
    const copies = snapshot.copiesByVolume.get(r.volumeId) ?? (needsCopies ? notFound('copies', r.volumeId, r.id) : undefined);
    if (copies !== undefined) rules = addRules(checkFulfillable(copies, policy), rules);
    items[v] = rules;
    return rules;
  };

  const order = placingOrder(keys, (k) => (next[requests[k] as number] as Reservation).id);
  for (let j = 0; j < m; j++) {
    const k = order[j] as number;
    const index = requests[k] as number;
    const r = next[index] as RequestedReservation;
    const p = patronOf[k] as number;
    if (p < 0) {
      const done = applyTransition(r, { type: 'finaliseCancellation' }, at, events);
      next[index] = done;
      decisions.push({ reservationId: r.id, kind: 'cancellationFinalised', next: done });
      continue;
    }
    const forPatron = patronRules[p] as RuleId[] | null;
    const forItem = itemRules(volumeOf[k] as number, r);
    let rules = forItem === null ? forPatron : forPatron === null ? forItem : [...forPatron, ...forItem];
    // Fewer counted reservations than a limit cannot pass it: the count is skipped.
    const h = held[p] as number;
    if (h >= policy.maxOnline || (r.audiovisual && h >= policy.maxOnlineAudiovisual)) {
      const quota = { total: quotaTotal[p] as number, audiovisual: quotaAudiovisual[p] as number };
      rules = addRules(quotaVerdict(quota, { audiovisual: r.audiovisual, channel: r.channel }, policy), rules === null ? null : [...rules]);
    }

    if (rules !== null) {
      const reasons: RejectionReason[] = rules.map((rule) => ({ rule }));
      const done = applyTransition(r, { type: 'reject', reasons }, at, events);
      next[index] = done;
      decisions.push({ reservationId: r.id, kind: 'rejected', reasons, next: done });
    } else {
      const done = applyTransition(r, { type: 'approve' }, at, events);
      next[index] = done;
      decisions.push({ reservationId: r.id, kind: 'approved', next: done });
      count(p, done);
    }
  }
  return { decisions, reservations: next, events };
}
