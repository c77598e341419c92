// A synthetic Hokuto-sized library: 50k titles, their volumes and copies, 200k patrons, and the
// reservations, walk-in loans and returns of a busy week. Deterministic for a given seed.
import type { Loan } from '../../src/model/loan.js';
import type { Copy, Title, Volume } from '../../src/model/material.js';
import type { Patron } from '../../src/model/patron.js';
import type { OnHoldReservation, Reservation, ReservedReservation, RequestedReservation } from '../../src/model/reservation.js';
import { createRng, type Rng } from './rng.js';

export const PICKUP_BRANCHES = ['akeno', 'sutama', 'takane', 'nagasaka', 'kindaichi', 'kobuchizawa', 'hakushu', 'mukawa'] as const;
const CATEGORIES = { book: 80, picture: 6, magazine: 4, cd: 4, dvd: 3, reference: 1.5, localHistory: 1, rare: 0.5 } as const;
const AUDIOVISUAL = new Set(['cd', 'dvd']);
const DAY_MS = 86_400_000;

/** The batch morning: Wednesday 2026-12-09, 09:00 in Japan, when every branch is open. */
export const BATCH_DATE = '2026-12-09';
export const BATCH_AT = '2026-12-09T00:00:00.000Z';
const BATCH_MS = Date.parse(BATCH_AT);

/** Everything the library owns and everyone registered. */
export interface Catalogue {
  readonly titles: Title[];
  readonly volumes: Volume[];
  readonly copies: Copy[];
  readonly patrons: Patron[];
  /** Patron ids run from p-0 to p-(patronCount - 1), even when the records were not built. */
  readonly patronCount: number;
  readonly copiesByVolume: Map<string, Copy[]>;
}

/** Sizes of the library. */
export interface LibrarySize {
  readonly titles: number;
  readonly patrons: number;
}

export const HOKUTO_SIZE: LibrarySize = { titles: 50_000, patrons: 200_000 };

/** Builds the catalogue and the patrons. */
export function makeCatalogue(size: LibrarySize = HOKUTO_SIZE, seed = 1, withPatrons = true): Catalogue {
  const rng = createRng(seed);
  const titles: Title[] = [];
  const volumes: Volume[] = [];
  const copies: Copy[] = [];
  const copiesByVolume = new Map<string, Copy[]>();
  for (let t = 0; t < size.titles; t++) {
    const category = rng.weighted(CATEGORIES);
    titles.push({ id: `t-${t}`, name: `Title ${t}`, category, audiovisual: AUDIOVISUAL.has(category) });
    const volumeCount = rng.chance(0.1) ? 2 + rng.int(2) : 1;
    for (let v = 1; v <= volumeCount; v++) {
      const volumeId = `t-${t}/${v}`;
      volumes.push(volumeCount > 1 ? { id: volumeId, titleId: `t-${t}`, label: `${v}` } : { id: volumeId, titleId: `t-${t}` });
      const list: Copy[] = [];
      const copyCount = 1 + rng.int(4);
      for (let c = 0; c < copyCount; c++) {
        const owner = rng.chance(0.02) ? 'museum' : rng.pick(PICKUP_BRANCHES);
        const lost = rng.chance(0.015);
        const copy: Copy = {
          id: `c-${copies.length}`,
          volumeId,
          ownerBranchId: owner,
          locationBranchId: owner,
          status: lost ? (rng.chance(0.5) ? 'missing' : 'longOverdue') : rng.chance(0.3) ? 'onLoan' : 'onShelf',
          version: rng.int(20),
        };
        copies.push(copy);
        list.push(copy);
      }
      copiesByVolume.set(volumeId, list);
    }
  }
  const patrons: Patron[] = [];
  for (let p = 0; withPatrons && p < size.patrons; p++) {
    const registered = !rng.chance(0.02);
    patrons.push({
      id: `p-${p}`,
      cardNumber: String(1_000_000_000 + p),
      name: `Patron ${p}`,
      email: registered && !rng.chance(0.01) ? `p${p}@example.jp` : null,
      internetRegistered: registered,
      unreachable: rng.chance(0.005),
      noticePrivacy: { showName: rng.chance(0.5), showTitle: rng.chance(0.7) },
      homeBranchId: rng.pick(PICKUP_BRANCHES),
    });
  }
  return { titles, volumes, copies, patrons, patronCount: size.patrons, copiesByVolume };
}

const iso = (ms: number): string => new Date(ms).toISOString();

function base(cat: Catalogue, rng: Rng, id: string) {
  const volume = cat.volumes[rng.skewed(cat.volumes.length)]!;
  const title = cat.titles[+volume.titleId.slice(2)]!;
  return {
    id,
    patronId: `p-${rng.int(cat.patronCount)}`,
    titleId: title.id,
    volumeId: volume.id,
    audiovisual: title.audiovisual,
    pickupBranchId: rng.pick(PICKUP_BRANCHES),
  };
}

// Each record is written as one object literal, as a store builds it: a spread followed by more
// properties gives every record a hidden class of its own in V8 (see bench/lib/as-stored.ts).

function requested(cat: Catalogue, rng: Rng, id: string): RequestedReservation {
  // Placed over the last week, most in the last two days; 3% this morning (not yet eligible).
  const ago = rng.chance(0.03) ? -rng.int(3_000_000) : rng.chance(0.7) ? rng.int(2 * DAY_MS) : rng.int(7 * DAY_MS);
  const placedMs = BATCH_MS - ago;
  const b = base(cat, rng, id);
  const placedAt = iso(placedMs);
  if (!rng.chance(0.02))
    return { id: b.id, patronId: b.patronId, titleId: b.titleId, volumeId: b.volumeId, audiovisual: b.audiovisual, pickupBranchId: b.pickupBranchId, channel: 'online', placedAt, version: 0, status: 'requested' };
  const cancellationRequestedAt = iso(placedMs + rng.int(BATCH_MS - placedMs + 1));
  return { id: b.id, patronId: b.patronId, titleId: b.titleId, volumeId: b.volumeId, audiovisual: b.audiovisual, pickupBranchId: b.pickupBranchId, channel: 'online', placedAt, version: 1, status: 'requested', cancellationRequestedAt };
}

function reserved(cat: Catalogue, rng: Rng, id: string, channel: 'online' | 'counter'): ReservedReservation {
  const placedMs = BATCH_MS - DAY_MS - rng.int(60 * DAY_MS);
  const queuedMs = channel === 'counter' ? placedMs : placedMs + DAY_MS;
  const b = base(cat, rng, id);
  return { id: b.id, patronId: b.patronId, titleId: b.titleId, volumeId: b.volumeId, audiovisual: b.audiovisual, pickupBranchId: b.pickupBranchId, channel, placedAt: iso(placedMs), version: 1, status: 'reserved', queuedAt: iso(queuedMs) };
}

function onHold(cat: Catalogue, rng: Rng, id: string, lastDayOffset: number, copy?: Copy): OnHoldReservation {
  const q = reserved(cat, rng, id, rng.chance(0.3) ? 'counter' : 'online');
  const volumeId = copy ? copy.volumeId : q.volumeId;
  const titleId = copy ? copy.volumeId.slice(0, copy.volumeId.indexOf('/')) : q.titleId;
  const noticeMs = BATCH_MS + (lastDayOffset - 7) * DAY_MS;
  const copies = cat.copiesByVolume.get(volumeId)!;
  return {
    id: q.id, patronId: q.patronId, titleId, volumeId, audiovisual: q.audiovisual, pickupBranchId: q.pickupBranchId, channel: q.channel, placedAt: q.placedAt,
    version: 2,
    status: 'onHold',
    queuedAt: q.queuedAt,
    copyId: copy ? copy.id : copies[rng.int(copies.length)]!.id,
    trappedAt: iso(noticeMs),
    noticeDate: iso(noticeMs + 9 * 3_600_000).slice(0, 10),
    lastDay: iso(noticeMs + 7 * DAY_MS + 9 * 3_600_000).slice(0, 10),
  };
}

/** The approval batch's input: `n` pending requests with counter reservations, approved ones and holds mixed in. */
export function approvalWorkload(cat: Catalogue, n: number, seed = 2) {
  const rng = createRng(seed);
  const reservations: Reservation[] = [];
  for (let i = 0; i < n; i++) {
    reservations.push(requested(cat, rng, `r-${i}`));
    if (rng.chance(0.1)) reservations.push(reserved(cat, rng, `r-${i}-c`, 'counter'));
    if (rng.chance(0.2)) reservations.push(reserved(cat, rng, `r-${i}-o`, 'online'));
    if (rng.chance(0.05)) reservations.push(onHold(cat, rng, `r-${i}-h`, rng.int(7)));
  }
  const titles = new Map(cat.titles.map((t) => [t.id, t]));
  const volumes = new Map(cat.volumes.map((v) => [v.id, v]));
  const patrons = new Map(cat.patrons.map((p) => [p.id, p]));
  return { snapshot: { reservations, patrons, titles, volumes, copiesByVolume: cat.copiesByVolume as ReadonlyMap<string, readonly Copy[]> }, date: BATCH_DATE, at: BATCH_AT };
}

/** Trapping's input: `n` copies returned today (walk-in loans ended) and the queues of their volumes. */
export function trapWorkload(cat: Catalogue, n: number, seed = 3) {
  const rng = createRng(seed);
  const reservations: Reservation[] = [];
  for (let i = 0; i < n * 1.5; i++) reservations.push(reserved(cat, rng, `r-${i}`, rng.chance(0.3) ? 'counter' : 'online'));
  for (let i = 0; i < n * 0.1; i++) reservations.push(onHold(cat, rng, `r-${i}-h`, rng.int(7)));
  const queuedByVolume = new Map<string, ReservedReservation>();
  for (const r of reservations) if (r.status === 'reserved') queuedByVolume.set(r.volumeId, r);
  const held = new Set<string>();
  for (const r of reservations) if (r.status === 'onHold') held.add(r.copyId);
  // Each copy is returned once; copies of volumes someone waits for come first, as popular
  // items are the ones on loan.
  const order = shuffledIndices(cat.copies.length, rng);
  const candidates: Copy[] = [];
  for (const i of order) if (!held.has(cat.copies[i]!.id) && queuedByVolume.has(cat.copies[i]!.volumeId)) candidates.push(cat.copies[i]!);
  for (const i of order) if (!held.has(cat.copies[i]!.id) && !queuedByVolume.has(cat.copies[i]!.volumeId)) candidates.push(cat.copies[i]!);
  if (candidates.length < n) throw new Error(`only ${candidates.length} copies can be returned, ${n} asked`);
  const copies: Copy[] = [];
  for (let i = 0; i < n; i++) {
    const copy = candidates[i]!;
    const head = queuedByVolume.get(copy.volumeId);
    // Most returns happen at the branch the copy is wanted at, the rest travel.
    const at = head && rng.chance(0.6) ? head.pickupBranchId : rng.pick(PICKUP_BRANCHES);
    copies.push({ ...copy, status: 'onLoan', locationBranchId: at });
  }
  return { copies, reservations, at: '2026-12-09T02:00:00.000Z' };
}

/** Hold expiry's input: `n` holds (about a third past their last day) and the queues behind them. */
export function expiryWorkload(cat: Catalogue, n: number, seed = 4) {
  const rng = createRng(seed);
  const reservations: Reservation[] = [];
  const copies = new Map<string, Copy>();
  const order = shuffledIndices(cat.copies.length, rng);
  for (let i = 0; i < n; i++) {
    const copy = cat.copies[order[i % order.length]!]!;
    const hold = onHold(cat, rng, `r-${i}-h`, rng.int(10) - 3, copy);
    reservations.push(hold);
    copies.set(copy.id, { ...copy, status: 'onHoldShelf', locationBranchId: hold.pickupBranchId });
  }
  for (let i = 0; i < n * 0.5; i++) reservations.push(reserved(cat, rng, `r-${i}`, rng.chance(0.3) ? 'counter' : 'online'));
  return { snapshot: { reservations, copies }, date: BATCH_DATE, at: '2026-12-08T15:05:00.000Z' };
}

function shuffledIndices(n: number, rng: Rng): Uint32Array {
  const a = new Uint32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a;
}

/** Walk-in loans of the copies that are on loan, for the service benchmark. */
export function walkInLoans(cat: Catalogue, n: number, seed = 5): Loan[] {
  const rng = createRng(seed);
  const lent = cat.copies.filter((c) => c.status === 'onLoan');
  const loans: Loan[] = [];
  for (let i = 0; i < Math.min(n, lent.length); i++) {
    const copy = lent[i]!;
    loans.push({
      id: `l-${i}`,
      patronId: `p-${rng.int(cat.patronCount)}`,
      copyId: copy.id,
      volumeId: copy.volumeId,
      titleId: copy.volumeId.slice(0, copy.volumeId.indexOf('/')),
      branchId: copy.locationBranchId,
      lentAt: iso(BATCH_MS - rng.int(14 * DAY_MS)),
      dueDate: iso(BATCH_MS + rng.int(14 * DAY_MS)).slice(0, 10),
      renewals: 0,
      returnedAt: null,
      version: 0,
    });
  }
  return loans;
}
