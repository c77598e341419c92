// The floor of each job: sort the same records by their queue key, then one pass over them that
// builds the new records, with no rule, calendar or version checked. Whatever else a job does
// (eligibility, quota, reservability, hold deadlines, transits, events) is its cost over this.
import type { Copy } from '../../src/model/material.js';
import type { Reservation, ReservedReservation } from '../../src/model/reservation.js';

type AnyRecord = Record<string, unknown>;

function byPlacing(a: Reservation, b: Reservation): number {
  if (a.placedAt !== b.placedAt) return a.placedAt < b.placedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byVolumeThenQueue(a: ReservedReservation, b: ReservedReservation): number {
  if (a.volumeId !== b.volumeId) return a.volumeId < b.volumeId ? -1 : 1;
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
    out[i] = { ...r, status: 'reserved', queuedAt: at, version: r.version + 1 };
  }
  return out;
}

/** The queued reservations sorted by (volume, queue key) and the index of each volume's head. */
function queues(reservations: readonly Reservation[]) {
  const queued: ReservedReservation[] = [];
  for (const r of reservations) if (r.status === 'reserved' && r.cancellationRequestedAt === undefined) queued.push(r);
  queued.sort(byVolumeThenQueue);
  const head = new Map<string, number>();
  for (let i = 0; i < queued.length; i++) if (i === 0 || queued[i]!.volumeId !== queued[i - 1]!.volumeId) head.set(queued[i]!.volumeId, i);
  const take = (volumeId: string): ReservedReservation | undefined => {
    const i = head.get(volumeId);
    if (i === undefined || i >= queued.length || queued[i]!.volumeId !== volumeId) return undefined;
    head.set(volumeId, i + 1);
    return queued[i];
  };
  return take;
}

/** Trapping: each returned copy to the head of its volume's queue, or back on the shelf. */
export function trapFloor(copies: readonly Copy[], reservations: readonly Reservation[], at: string, noticeDate: string, lastDay: string): AnyRecord[] {
  const take = queues(reservations);
  const out: AnyRecord[] = [];
  for (const copy of copies) {
    const head = take(copy.volumeId);
    if (head === undefined) {
      out.push({ ...copy, status: 'onShelf', version: copy.version + 1 });
      continue;
    }
    out.push({ ...copy, status: 'onHoldShelf', version: copy.version + 1 });
    out.push({ ...head, status: 'onHold', copyId: copy.id, trappedAt: at, noticeDate, lastDay, version: head.version + 1 });
  }
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
    out.push({ ...r, status: 'lapsed', lapsedAt: at, version: r.version + 1 });
    const copy = copies.get(r.copyId)!;
    const head = take(copy.volumeId);
    if (head === undefined) {
      out.push({ ...copy, status: 'onShelf', version: copy.version + 1 });
      continue;
    }
    out.push({ ...copy, status: 'onHoldShelf', version: copy.version + 1 });
    out.push({ ...head, status: 'onHold', copyId: copy.id, trappedAt: at, noticeDate, lastDay, version: head.version + 1 });
  }
  return out;
}
