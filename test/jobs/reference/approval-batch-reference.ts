// The approval batch written the straightforward way, as it was before issue 15: a map per
// patron with the list of their counted reservations, checkQuota counting that list, a map per
// volume, and one comparator sort of the requests. The property test holds the fast
// runApprovalBatch to it.
import { japanDateOf } from '../../../src/calendar/japan-date.js';
import { assertLocalDate } from '../../../src/calendar/local-date.js';
import type { RuleId } from '../../../src/errors/rule-id.js';
import type { Verdict } from '../../../src/errors/refusal.js';
import { YoyakuError } from '../../../src/errors/yoyaku-error.js';
import type { ApprovalBatchResult, ApprovalDecision, ApprovalOptions, ApprovalSnapshot } from '../../../src/jobs/approval-batch.js';
import { applyTransition } from '../../../src/jobs/apply-transition.js';
import { ApprovalEligibility } from '../../../src/jobs/approval-eligibility.js';
import type { DomainEvent } from '../../../src/model/domain-event.js';
import type { RejectionReason, RequestedReservation, Reservation } from '../../../src/model/reservation.js';
import { checkOnlineEligibility } from '../../../src/rules/eligibility.js';
import { checkQuota } from '../../../src/rules/quota.js';
import { checkFulfillable, checkReservable } from '../../../src/rules/reservability.js';

function notFound(what: string, id: string, reservationId: string): never {
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

export function referenceApprovalBatch(snapshot: ApprovalSnapshot, options: ApprovalOptions): ApprovalBatchResult {
  const { at, policy } = options;
  const date = assertLocalDate(options.date, 'date');
  if (japanDateOf(at) < date) throw new YoyakuError('INVALID_INPUT', 'at falls before date in Japan', { issues: [{ path: ['at'], message: 'Expected an instant on or after the start of date in Japan' }] });
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
  const patrons = new Map<string, { rules: RuleId[] | null; counted: Reservation[] }>();
  for (const i of requests) {
    const r = next[i] as RequestedReservation;
    if (r.cancellationRequestedAt !== undefined || patrons.has(r.patronId)) continue;
    const patron = snapshot.patrons.get(r.patronId) ?? notFound('patron', r.patronId, r.id);
    patrons.set(r.patronId, { rules: addRules(checkOnlineEligibility(patron, at, policy), null, 'A4'), counted: [] });
  }
  for (const r of next) if (r.status === 'reserved' || r.status === 'onHold') patrons.get(r.patronId)?.counted.push(r);
  const items = new Map<string, RuleId[] | null>();
  const itemRules = (r: Reservation): RuleId[] | null => {
    let rules = items.get(r.volumeId);
    if (rules !== undefined) return rules;
    const volume = snapshot.volumes.get(r.volumeId) ?? notFound('volume', r.volumeId, r.id);
    const title = snapshot.titles.get(r.titleId) ?? notFound('title', r.titleId, r.id);
    rules = addRules(checkReservable({ title, volume }, policy), null);
    const needsCopies = policy.rejectUnfulfillable || policy.onOrderRequests === 'reject';
    const copies = snapshot.copiesByVolume.get(r.volumeId) ?? (needsCopies ? notFound('copies', r.volumeId, r.id) : undefined);
    if (copies !== undefined) rules = addRules(checkFulfillable(copies, policy), rules);
    items.set(r.volumeId, rules);
    return rules;
  };
  // One stable sort by the instant placedAt names, then id.
  requests.sort((a, b) => {
    const x = next[a] as Reservation;
    const y = next[b] as Reservation;
    const d = Date.parse(x.placedAt) - Date.parse(y.placedAt);
    if (d !== 0) return d;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
  for (const index of requests) {
    const r = next[index] as RequestedReservation;
    if (r.cancellationRequestedAt !== undefined) {
      const done = applyTransition(r, { type: 'finaliseCancellation' }, at, events);
      next[index] = done;
      decisions.push({ reservationId: r.id, kind: 'cancellationFinalised', next: done });
      continue;
    }
    const state = patrons.get(r.patronId)!;
    const forItem = itemRules(r);
    let rules = forItem === null ? state.rules : state.rules === null ? forItem : [...state.rules, ...forItem];
    rules = addRules(checkQuota(state.counted, r.patronId, { audiovisual: r.audiovisual, channel: r.channel }, policy), rules === null ? null : [...rules]);
    if (rules !== null) {
      const reasons: RejectionReason[] = rules.map((rule) => ({ rule }));
      const done = applyTransition(r, { type: 'reject', reasons }, at, events);
      next[index] = done;
      decisions.push({ reservationId: r.id, kind: 'rejected', reasons, next: done });
    } else {
      const done = applyTransition(r, { type: 'approve' }, at, events);
      next[index] = done;
      decisions.push({ reservationId: r.id, kind: 'approved', next: done });
      state.counted.push(done);
    }
  }
  return { decisions, reservations: next, events };
}
