// The tight floor of each job: the least work any implementation of that job could do on these
// records. Each sort key is computed once per record as a number (Date.parse of the ISO instant)
// into a typed array; the records are ordered by sorting an index array on those numbers, with
// the record's position as the tie-break, so no string is compared while sorting; then one pass
// builds each new record as a whole object literal. No rule, calendar or version is checked.
// The older floors (queue-floor.ts) compare ISO strings inside the sort: both are reported, and
// the targets are held to these. Both build the new records with the same `placeCopy`.
import type { Copy } from '../../src/model/material.js';
import type { Reservation, ReservedReservation } from '../../src/model/reservation.js';
import { placeCopy } from './queue-floor.js';

type AnyRecord = Record<string, unknown>;

/** Positions 0 … n-1 ordered by `keys` ascending, ties by position (stable, numbers only). */
function orderBy(keys: Float64Array): Uint32Array {
  const order = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  return order;
}

/**
 * Approval: the requests ordered by when they were placed (the generator gives ids in placing
 * order, so position breaks ties as the id would), each turned into an approved record.
 */
export function approvalTightFloor(reservations: readonly Reservation[], at: string): AnyRecord[] {
  const requests: Reservation[] = [];
  for (const r of reservations) if (r.status === 'requested') requests.push(r);
  const keys = new Float64Array(requests.length);
  for (let i = 0; i < requests.length; i++) keys[i] = Date.parse(requests[i]!.placedAt);
  const order = orderBy(keys);
  const out: AnyRecord[] = new Array(requests.length);
  for (let i = 0; i < order.length; i++) {
    const r = requests[order[i]!]!;
    out[i] = {
      id: r.id, patronId: r.patronId, titleId: r.titleId, volumeId: r.volumeId, audiovisual: r.audiovisual, channel: r.channel,
      pickupBranchId: r.pickupBranchId, placedAt: r.placedAt, version: r.version + 1, status: 'reserved', queuedAt: at,
    };
  }
  return out;
}

/**
 * Every volume's queue, in queue order: the queued reservations grouped by volume in one pass; a
 * volume's group gets its numeric keys (joined the queue, then placed) and is sorted only when a
 * copy of it first asks, so volumes nobody returns a copy of are never parsed or sorted.
 */
function tightQueues(reservations: readonly Reservation[]): (volumeId: string) => ReservedReservation | undefined {
  const queued: ReservedReservation[] = [];
  const byVolume = new Map<string, number[]>();
  for (const r of reservations) {
    if (r.status !== 'reserved' || r.cancellationRequestedAt !== undefined) continue;
    const group = byVolume.get(r.volumeId);
    if (group === undefined) byVolume.set(r.volumeId, [queued.length]);
    else group.push(queued.length);
    queued.push(r);
  }
  // Keys are parsed only for the volumes a copy asks for, each once.
  const joined = new Float64Array(queued.length);
  const placed = new Float64Array(queued.length);
  const next = new Map<string, number>();
  return (volumeId) => {
    const group = byVolume.get(volumeId);
    if (group === undefined) return undefined;
    let i = next.get(volumeId);
    if (i === undefined) {
      if (group.length > 1) {
        for (const k of group) {
          joined[k] = Date.parse(queued[k]!.queuedAt);
          placed[k] = Date.parse(queued[k]!.placedAt);
        }
        group.sort((a, b) => joined[a]! - joined[b]! || placed[a]! - placed[b]! || a - b);
      }
      i = 0;
    }
    if (i >= group.length) return undefined;
    next.set(volumeId, i + 1);
    return queued[group[i]!];
  };
}

/** Trapping: each returned copy to the head of its volume's queue, or back on the shelf. */
export function trapTightFloor(copies: readonly Copy[], reservations: readonly Reservation[], at: string, noticeDate: string, lastDay: string): AnyRecord[] {
  const take = tightQueues(reservations);
  const out: AnyRecord[] = [];
  for (const copy of copies) placeCopy(out, take, copy, at, noticeDate, lastDay);
  return out;
}

/** Expiry: every hold past its last day lapses and its copy goes to the next in the queue. */
export function expiryTightFloor(
  reservations: readonly Reservation[],
  copies: ReadonlyMap<string, Copy>,
  date: string,
  at: string,
  noticeDate: string,
  lastDay: string,
): AnyRecord[] {
  const take = tightQueues(reservations);
  const out: AnyRecord[] = [];
  for (const r of reservations) {
    if (r.status !== 'onHold' || !(r.lastDay < date)) continue;
    out.push({
      id: r.id, patronId: r.patronId, titleId: r.titleId, volumeId: r.volumeId, audiovisual: r.audiovisual, channel: r.channel,
      pickupBranchId: r.pickupBranchId, placedAt: r.placedAt, version: r.version + 1, status: 'lapsed', copyId: r.copyId, lastDay: r.lastDay, lapsedAt: at,
    });
    placeCopy(out, take, copies.get(r.copyId)!, at, noticeDate, lastDay);
  }
  return out;
}
