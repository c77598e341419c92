// The tight floor of each job: the least work any implementation of that job could do on these
// records. Each sort key is computed once per record as a number (from the digits of the ISO
// instant, see `instantKey`) into a typed array; the records are ordered by sorting an index array on those numbers, with
// the record's position as the tie-break, so no string is compared while sorting; then one pass
// builds each new record as a whole object literal. No rule, calendar or version is checked.
// The older floors (queue-floor.ts) compare ISO strings inside the sort: both are reported, and
// the targets are held to these. Both build the new records with the same `placeCopy`.
import type { Copy } from '../../src/model/material.js';
import type { Reservation, ReservedReservation } from '../../src/model/reservation.js';
import { placeCopy } from './queue-floor.js';

type AnyRecord = Record<string, unknown>;

const digit = (text: string, i: number): number => text.charCodeAt(i) - 48;

/**
 * A number that orders instants as time does, read from the digits of the canonical form the
 * bench's records are written in (`YYYY-MM-DDTHH:mm:ss.sssZ`, from `toISOString`): the least
 * work a key can take, about a fifth of `Date.parse`. Not epoch milliseconds (a month counts 31
 * days), which the order does not need.
 */
export function instantKey(text: string): number {
  const date = ((digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3)) * 12 + digit(text, 5) * 10 + digit(text, 6)) * 31 + digit(text, 8) * 10 + digit(text, 9);
  const seconds = ((digit(text, 11) * 10 + digit(text, 12)) * 60 + digit(text, 14) * 10 + digit(text, 15)) * 60 + digit(text, 17) * 10 + digit(text, 18);
  return (date * 86_400 + seconds) * 1000 + digit(text, 20) * 100 + digit(text, 21) * 10 + digit(text, 22);
}

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
  for (let i = 0; i < requests.length; i++) keys[i] = instantKey(requests[i]!.placedAt);
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
 * Every volume's queue, in queue order. The queued reservations are grouped by volume in one
 * pass into flat typed arrays (a count per volume, then each reservation's position written into
 * its volume's slice: no array or map entry per volume beyond the one id-to-number map); a
 * volume's slice gets its numeric keys (joined the queue, then placed) and is sorted only when a
 * copy of it first asks, so volumes nobody returns a copy of are never parsed or sorted. Most
 * queues are short: those are sorted in place by insertion, which allocates nothing.
 */
function tightQueues(reservations: readonly Reservation[]): (volumeId: string) => ReservedReservation | undefined {
  const n = reservations.length;
  const volumeOf = new Map<string, number>();
  const queued: ReservedReservation[] = [];
  const volumeOfQueued = new Int32Array(n);
  const counts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const r = reservations[i]!;
    if (r.status !== 'reserved' || r.cancellationRequestedAt !== undefined) continue;
    let v = volumeOf.get(r.volumeId);
    if (v === undefined) {
      v = volumeOf.size;
      volumeOf.set(r.volumeId, v);
    }
    volumeOfQueued[queued.length] = v;
    counts[v + 1]!++;
    queued.push(r);
  }
  const volumes = volumeOf.size;
  const start = new Int32Array(volumes + 1);
  for (let v = 0; v < volumes; v++) start[v + 1] = start[v]! + counts[v + 1]!;
  const members = new Int32Array(queued.length);
  const fill = start.slice(0, volumes);
  for (let k = 0; k < queued.length; k++) members[fill[volumeOfQueued[k]!]!++] = k;
  // Per volume: the next position to hand out, or -1 while its slice is not sorted yet.
  const next = new Int32Array(volumes).fill(-1);
  const joined = new Float64Array(queued.length);
  const placed = new Float64Array(queued.length);
  const before = (a: number, b: number) => joined[a]! - joined[b]! || placed[a]! - placed[b]! || a - b;
  return (volumeId) => {
    const v = volumeOf.get(volumeId);
    if (v === undefined) return undefined;
    const end = start[v + 1]!;
    let i = next[v]!;
    if (i < 0) {
      i = start[v]!;
      if (end - i > 1) {
        for (let p = i; p < end; p++) {
          const k = members[p]!;
          joined[k] = instantKey(queued[k]!.queuedAt);
          placed[k] = instantKey(queued[k]!.placedAt);
        }
        if (end - i > 16) members.subarray(i, end).sort(before);
        else
          for (let p = i + 1; p < end; p++) {
            const k = members[p]!;
            let q = p - 1;
            for (; q >= i && before(members[q]!, k) > 0; q--) members[q + 1] = members[q]!;
            members[q + 1] = k;
          }
      }
    }
    if (i >= end) return undefined;
    next[v] = i + 1;
    return queued[members[i]!];
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
