// The floor of each job: sort the same records by their queue key, then one pass over them that
// builds the new records, with no rule, calendar or version checked. Whatever else a job does
// (eligibility, quota, reservability, hold deadlines, transits, events) is its cost over this.
// Records are written as whole object literals, the fastest way V8 builds them (a spread of the
// old record is several times slower, and would flatter the jobs).
import type { Copy } from '../../src/model/material.js';
import type { Reservation, ReservedReservation } from '../../src/model/reservation.js';

type AnyRecord = Record<string, unknown>;

function byPlacing(a: Reservation, b: Reservation): number {
  if (a.placedAt !== b.placedAt) return a.placedAt < b.placedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byQueue(a: ReservedReservation, b: ReservedReservation): number {
  if (a.queuedAt !== b.queuedAt) return a.queuedAt < b.queuedAt ? -1 : 1;
  if (a.placedAt !== b.placedAt) return a.placedAt < b.placedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Approval: the requests sorted by (placedAt, id), each turned into an approved record. */
export function approvalFloor(reservations: readonly Reservation[], at: string): AnyRecord[] {
  const requests: Reservation[] = [];
  for (const r of reservations) if (r.status === 'requested') requests.push(r);
  requests.sort(byPlacing);
  const out: AnyRecord[] = new Array(requests.length);
  for (let i = 0; i < requests.length; i++) {
    const r = requests[i]!;
    out[i] = {
      id: r.id, patronId: r.patronId, titleId: r.titleId, volumeId: r.volumeId, audiovisual: r.audiovisual, channel: r.channel,
      pickupBranchId: r.pickupBranchId, placedAt: r.placedAt, version: r.version + 1, status: 'reserved', queuedAt: at,
    };
  }
  return out;
}

/**
 * The queued reservations sorted by (volume, queue key): grouped by volume in one pass, each
 * group sorted by queue key (cheaper than one sort over all with the volume in the key).
 */
function queues(reservations: readonly Reservation[]) {
  const byVolume = new Map<string, ReservedReservation[]>();
  for (const r of reservations) {
    if (r.status !== 'reserved' || r.cancellationRequestedAt !== undefined) continue;
    const queue = byVolume.get(r.volumeId);
    if (queue === undefined) byVolume.set(r.volumeId, [r]);
    else queue.push(r);
  }
  for (const queue of byVolume.values()) if (queue.length > 1) queue.sort(byQueue);
  const next = new Map<string, number>();
  return (volumeId: string): ReservedReservation | undefined => {
    const queue = byVolume.get(volumeId);
    if (queue === undefined) return undefined;
    const i = next.get(volumeId) ?? 0;
    if (i >= queue.length) return undefined;
    next.set(volumeId, i + 1);
    return queue[i];
  };
}

function movedCopy(copy: Copy, status: Copy['status']): AnyRecord {
  return { id: copy.id, volumeId: copy.volumeId, ownerBranchId: copy.ownerBranchId, locationBranchId: copy.locationBranchId, status, version: copy.version + 1 };
}

function hold(head: ReservedReservation, copyId: string, at: string, noticeDate: string, lastDay: string): AnyRecord {
  return {
    id: head.id, patronId: head.patronId, titleId: head.titleId, volumeId: head.volumeId, audiovisual: head.audiovisual, channel: head.channel,
    pickupBranchId: head.pickupBranchId, placedAt: head.placedAt, version: head.version + 1, status: 'onHold', queuedAt: head.queuedAt,
    copyId, trappedAt: at, noticeDate, lastDay,
  };
}

/** The copy to the head of its volume's queue (a new hold), or back on the shelf. */
export function placeCopy(
  out: AnyRecord[],
  take: (volumeId: string) => ReservedReservation | undefined,
  copy: Copy,
  at: string,
  noticeDate: string,
  lastDay: string,
): void {
  const head = take(copy.volumeId);
  if (head === undefined) {
    out.push(movedCopy(copy, 'onShelf'));
    return;
  }
  out.push(movedCopy(copy, 'onHoldShelf'));
  out.push(hold(head, copy.id, at, noticeDate, lastDay));
}

/** Trapping: each returned copy to the head of its volume's queue, or back on the shelf. */
export function trapFloor(copies: readonly Copy[], reservations: readonly Reservation[], at: string, noticeDate: string, lastDay: string): AnyRecord[] {
  const take = queues(reservations);
  const out: AnyRecord[] = [];
  for (const copy of copies) placeCopy(out, take, copy, at, noticeDate, lastDay);
  return out;
}

/** Expiry: every hold past its last day lapses and its copy goes to the next in the queue. */
export function expiryFloor(
  reservations: readonly Reservation[],
  copies: ReadonlyMap<string, Copy>,
  date: string,
  at: string,
  noticeDate: string,
  lastDay: string,
): AnyRecord[] {
  const take = queues(reservations);
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
