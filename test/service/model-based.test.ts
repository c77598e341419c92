import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemorySnapshot } from '../../src/adapters/memory/snapshot.js';
import { holdLastDay } from '../../src/calendar/hold-last-day.js';
import { japanDateOf } from '../../src/calendar/japan-date.js';
import { compareQueue, queueOf } from '../../src/jobs/queue-order.js';
import { committedReservations } from '../../src/jobs/volume-queues.js';
import type { Copy } from '../../src/model/material.js';
import { FINAL_STATUSES, type Reservation, type ReservationStatus } from '../../src/model/reservation.js';
import type { LocalDate } from '../../src/model/time.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { isActiveReservation, isQueued } from '../../src/rules/reservation-state.js';
import type { ServiceResult } from '../../src/service/service-result.js';
import { checkProperty } from '../support/fc.js';
import { copy, hanako, library, online, patron, SECRETS, staff, SYSTEM, title, type Library } from './fixtures.js';

// Model-based test of issue 3: random sequences of the service's operations over the memory
// adapter, with the invariants of the guide checked after every command against what the
// model remembers of the past (statuses seen, holds and their last days, batch dates).

const policy = hokutoPolicy({ maxOnline: 3, maxOnlineAudiovisual: 1 });
const PATRONS = ['p-1', 'p-2', 'p-3', 'p-4'];
const VOLUMES = ['t-m0/1', 't-m1/1', 't-m2/1', 't-m3/1', 't-m4/1'];
const COPIES = ['c-0a', 'c-0m', 'c-1a', 'c-2m', 'c-3x', 'c-4a'];
const PICKUPS = ['akeno', 'mukawa'];
const RETURN_BRANCHES = ['akeno', 'mukawa', 'museum'];

interface Model {
  /** Every reservation ever seen, with its last status. */
  readonly seen: Map<string, ReservationStatus>;
  /** Every hold ever seen: its notice date and last day. */
  readonly holds: Map<string, { readonly noticeDate: LocalDate; readonly lastDay: LocalDate; readonly pickupBranchId: string; readonly copyId: string }>;
  /** The dates each job has run for. */
  readonly jobDays: { readonly approval: Set<LocalDate>; readonly expiry: Set<LocalDate> };
}

interface Real {
  readonly lib: Library;
}

function newLibrary(noticeAtTrap = true): Library {
  return library({
    policy: noticeAtTrap ? policy : hokutoPolicy({ maxOnline: 3, maxOnlineAudiovisual: 1, noticeAtTrap: false }),
    bare: true,
    seed: {
      patrons: [hanako, patron('p-2'), patron('p-3', { noticePrivacy: { showName: true, showTitle: true } }), patron('p-4')],
      titles: [title('t-m0'), title('t-m1'), title('t-m2', { audiovisual: true }), title('t-m3'), title('t-m4')],
      volumes: VOLUMES.map((id) => ({ id, titleId: id.slice(0, -2) })),
      copies: [
        copy('c-0a', 't-m0/1'),
        copy('c-0m', 't-m0/1', { ownerBranchId: 'mukawa', locationBranchId: 'mukawa' }),
        copy('c-1a', 't-m1/1'),
        copy('c-2m', 't-m2/1', { ownerBranchId: 'mukawa', locationBranchId: 'mukawa' }),
        copy('c-3x', 't-m3/1', { ownerBranchId: 'museum', locationBranchId: 'museum' }),
        copy('c-4a', 't-m4/1', { status: 'missing' }),
      ],
    },
  });
}

function at<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

/** Runs one operation: a refusal or error writes nothing, and no result carries personal data. */
async function perform<T>(real: Real, operation: () => Promise<ServiceResult<T>>): Promise<ServiceResult<T>> {
  const before = real.lib.storage.snapshot();
  const result = await operation();
  if (!result.ok) expect(real.lib.storage.snapshot()).toEqual(before);
  const text = JSON.stringify(result);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
  return result;
}

function checkInvariants(model: Model, snapshot: MemorySnapshot): void {
  const byId = new Map(snapshot.reservations.map((r) => [r.id, r]));

  // No reservation disappears; final states stay final.
  for (const [id, status] of model.seen) {
    const now = byId.get(id);
    expect(now, `reservation ${id} disappeared`).toBeDefined();
    if (FINAL_STATUSES.includes(status)) expect(now?.status, `final ${id} changed`).toBe(status);
  }

  // E1: no patron over the online quota.
  for (const patronId of PATRONS) {
    const active = snapshot.reservations.filter((r) => r.patronId === patronId && r.channel === 'online' && isActiveReservation(r));
    expect(active.length).toBeLessThanOrEqual(policy.maxOnline);
    expect(active.filter((r) => r.audiovisual).length).toBeLessThanOrEqual(policy.maxOnlineAudiovisual);
  }

  // A copy on the hold shelf for one reservation at most, on loan to one patron at most.
  const copies = new Map<string, Copy>(snapshot.copies.map((c) => [c.id, c]));
  for (const c of snapshot.copies) {
    const holds = snapshot.reservations.filter((r) => r.status === 'onHold' && r.copyId === c.id);
    const loans = snapshot.loans.filter((l) => l.copyId === c.id && l.returnedAt === null);
    expect(holds.length).toBeLessThanOrEqual(1);
    expect(loans.length).toBeLessThanOrEqual(1);
    expect(c.status === 'onHoldShelf').toBe(holds.length === 1);
    expect(c.status === 'onLoan' || c.status === 'longOverdue').toBe(loans.length === 1);
    if (holds[0] !== undefined) expect(c.locationBranchId).toBe(holds[0].pickupBranchId);
  }
  for (const id of COPIES) expect(copies.has(id)).toBe(true);

  // P5, P6: every copy is in exactly one place — a shelf, the hold shelf of its reservation's
  // pickup branch, a loan, in transit to a named branch for a named reason, or out of service —
  // and no reservation has two copies.
  const byReservation = new Map<string, string[]>();
  for (const c of snapshot.copies) {
    const open = snapshot.loans.filter((l) => l.copyId === c.id && l.returnedAt === null).length;
    const held = snapshot.reservations.find((r) => r.status === 'onHold' && r.copyId === c.id);
    const lent = c.status === 'onLoan' || c.status === 'longOverdue';
    expect(open, `open loans of ${c.id} (${c.status})`).toBe(lent ? 1 : 0);
    expect(held !== undefined, `hold of ${c.id} (${c.status})`).toBe(c.status === 'onHoldShelf');
    const travels = c.status === 'inTransit';
    expect(c.transitFromBranchId !== undefined, `origin of ${c.id} (${c.status})`).toBe(travels);
    if (travels) expect(c.transitFromBranchId).not.toBe(c.locationBranchId);
    const taken = c.status === 'awaitingPull' || c.status === 'onHoldShelf';
    if (taken) expect(c.reservationId, `reservation of ${c.id}`).toBeDefined();
    if (!taken && !travels) expect(c.reservationId, `reservation of ${c.id} (${c.status})`).toBeUndefined();
    if (held !== undefined) expect(c.reservationId).toBe(held.id);
    if (c.status === 'awaitingPull') expect(snapshot.reservations.find((r) => r.id === c.reservationId)?.status).toBe('reserved');
    if (c.reservationId !== undefined && (taken || travels)) byReservation.set(c.reservationId, [...(byReservation.get(c.reservationId) ?? []), c.id]);
  }
  for (const [reservationId, copyIds] of byReservation) expect(copyIds, `copies taken for ${reservationId}`).toHaveLength(1);
  for (const r of snapshot.reservations) if (r.status === 'onHold') expect(byReservation.get(r.id)).toEqual([r.copyId]);

  // D2: each hold's last day is computed from its notice date; D3/D2: it ends on it.
  for (const r of snapshot.reservations) {
    if (r.status === 'onHold') {
      expect(r.noticeDate).toBe(japanDateOf(r.trappedAt));
      expect(r.lastDay).toBe(holdLastDay(policy, r.pickupBranchId, r.noticeDate));
    }
    const hold = model.holds.get(r.id);
    // D2: a hold is collected by its last day (P7: borrowing another copy at the counter fulfils
    // it whenever); every collected reservation names its loan.
    if (r.status === 'collected' && hold !== undefined && r.copyId === hold.copyId) expect(japanDateOf(r.collectedAt) <= hold.lastDay).toBe(true);
    if (r.status === 'collected') expect(snapshot.loans.some((l) => l.reservationId === r.id && l.copyId === r.copyId && l.patronId === r.patronId)).toBe(true);
    if (r.status === 'lapsed') {
      expect(r.lastDay).toBe(hold?.lastDay);
      expect(japanDateOf(r.lapsedAt) > r.lastDay).toBe(true);
    }
  }

  // D1: one notice per hold, none for anything else.
  const notices = new Map<string, number>();
  for (const row of snapshot.outbox) {
    const id = row.notice.reservationId ?? '';
    notices.set(id, (notices.get(id) ?? 0) + 1);
  }
  for (const r of snapshot.reservations) {
    const everHeld = r.status === 'onHold' || model.holds.has(r.id);
    expect(notices.get(r.id) ?? 0, `notices of ${r.id}`).toBe(everHeld ? 1 : 0);
  }
  for (const row of snapshot.outbox) for (const secret of SECRETS) expect(JSON.stringify(row.notice)).not.toContain(secret);

  // C2: every queue is in queue order, and a counter reservation that was queued before an
  // online one was approved ranks ahead of it.
  for (const volumeId of VOLUMES) {
    const queue = queueOf(snapshot.reservations, volumeId);
    for (let i = 1; i < queue.length; i++) expect(compareQueue(queue[i - 1]!, queue[i]!)).toBeLessThan(0);
    for (const a of queue) for (const b of queue) if (a.channel === 'counter' && b.channel === 'online' && a.placedAt < b.queuedAt) expect(compareQueue(a, b)).toBeLessThan(0);
  }
}

function remember(model: Model, snapshot: MemorySnapshot): void {
  for (const r of snapshot.reservations) {
    model.seen.set(r.id, r.status);
    if (r.status === 'onHold' && !model.holds.has(r.id))
      model.holds.set(r.id, { noticeDate: r.noticeDate, lastDay: r.lastDay, pickupBranchId: r.pickupBranchId, copyId: r.copyId });
  }
}

abstract class Step implements fc.AsyncCommand<Model, Real> {
  check(): boolean {
    return true;
  }
  async run(model: Model, real: Real): Promise<void> {
    await this.act(model, real);
    const snapshot = real.lib.storage.snapshot();
    checkInvariants(model, snapshot);
    remember(model, snapshot);
  }
  abstract act(model: Model, real: Real): Promise<void>;
  abstract toString(): string;
}

class OnlineRequest extends Step {
  constructor(readonly p: number, readonly v: number, readonly b: number) { super(); }
  async act(_: Model, { lib }: Real): Promise<void> {
    const me = online(at(PATRONS, this.p)!);
    const volumeId = at(VOLUMES, this.v)!;
    await perform({ lib }, () => lib.service.addToCart(me, { volumeId, pickupBranchId: at(PICKUPS, this.b)! }));
    await perform({ lib }, () => lib.service.submitCart(me, { volumeIds: [volumeId] }));
  }
  toString(): string { return `onlineRequest(${at(PATRONS, this.p)}, ${at(VOLUMES, this.v)}, ${at(PICKUPS, this.b)})`; }
}

class CounterReservation extends Step {
  constructor(readonly p: number, readonly v: number, readonly b: number) { super(); }
  async act(_: Model, { lib }: Real): Promise<void> {
    const input = { patronId: at(PATRONS, this.p)!, volumeId: at(VOLUMES, this.v)!, pickupBranchId: at(PICKUPS, this.b)! };
    await perform({ lib }, () => lib.service.placeCounterReservation(staff('akeno'), input));
  }
  toString(): string { return `counterReservation(${at(PATRONS, this.p)}, ${at(VOLUMES, this.v)}, ${at(PICKUPS, this.b)})`; }
}

class WalkIn extends Step {
  constructor(readonly p: number, readonly c: number) { super(); }
  async act(_: Model, { lib }: Real): Promise<void> {
    const copyId = at(COPIES, this.c)!;
    const where = lib.storage.snapshot().copies.find((c) => c.id === copyId)!.locationBranchId;
    const result = await perform({ lib }, () => lib.service.checkoutWalkIn(staff(where), { patronId: at(PATRONS, this.p)!, copyId }));
    const volumeId = lib.storage.snapshot().copies.find((c) => c.id === copyId)!.volumeId;
    // C2, C3: a walk-in is never lent a copy someone in the queue waits for.
    if (result.ok) expect(queueOf(lib.storage.snapshot().reservations, volumeId).length === 0 || where === 'museum').toBe(true);
  }
  toString(): string { return `walkIn(${at(PATRONS, this.p)}, ${at(COPIES, this.c)})`; }
}

class CheckIn extends Step {
  constructor(readonly c: number, readonly b: number) { super(); }
  async act(_: Model, { lib }: Real): Promise<void> {
    const copyId = at(COPIES, this.c)!;
    const before = lib.storage.snapshot();
    const c = before.copies.find((x) => x.id === copyId)!;
    const branch = c.status === 'inTransit' ? c.locationBranchId : at(RETURN_BRANCHES, this.b)!;
    const queue = queueOf(before.reservations, c.volumeId);
    const committed = committedReservations(before.copies.filter((x) => x.id !== copyId));
    const promised = c.reservationId !== undefined && c.status !== 'onHoldShelf' ? queue.find((r) => r.id === c.reservationId) : undefined;
    const head = promised ?? queue.find((r) => !committed.has(r.id));
    const result = await perform({ lib }, () => lib.service.checkIn(staff(branch), { copyId }));
    if (c.status === 'onHoldShelf' || c.status === 'withdrawn') {
      expect(result.ok).toBe(false);
      return;
    }
    // C2, D1, P5: the copy goes to the reservation it travelled for, else to the head of the queue
    // with no copy taken for it: a hold where it stands, a transit otherwise; else home or the shelf.
    const outcome = result.ok ? result.value : null;
    expect(outcome).not.toBeNull();
    if (c.status === 'missing' || c.status === 'longOverdue') expect(outcome?.foundFrom).toBe(c.status);
    if (head === undefined) expect(outcome?.kind).toBe(branch === c.ownerBranchId ? 'shelve' : 'home');
    else if (head.pickupBranchId === branch) expect(outcome?.kind === 'hold' && outcome.reservation.id).toBe(head.id);
    else expect(outcome?.kind === 'transit' && outcome.reservationId).toBe(head.id);
  }
  toString(): string { return `checkIn(${at(COPIES, this.c)}, ${at(RETURN_BRANCHES, this.b)})`; }
}

class MarkCopy extends Step {
  constructor(readonly c: number, readonly m: number, readonly b: number) { super(); }
  async act(_: Model, { lib }: Real): Promise<void> {
    const copyId = at(COPIES, this.c)!;
    const mark = at(['missing', 'longOverdue', 'withdrawn', 'found'] as const, this.m)!;
    const before = lib.storage.snapshot().copies.find((x) => x.id === copyId)!;
    const result = await perform({ lib }, () => lib.service.markCopy(staff(at(RETURN_BRANCHES, this.b)!), { copyId, mark }));
    // P6: each mark only from the statuses it allows.
    const allowed = { missing: ['onShelf', 'awaitingPull', 'inTransit'], longOverdue: ['onLoan'], withdrawn: ['onShelf', 'awaitingPull', 'missing'], found: ['missing', 'longOverdue'] }[mark];
    if (!allowed.includes(before.status)) expect(!result.ok && result.kind === 'refused' && result.refusals[0].code).toBe('COPY_MARK_NOT_ALLOWED');
    else if (mark !== 'found') expect(result.ok && result.value.copy.status).toBe(mark);
  }
  toString(): string { return `markCopy(${at(COPIES, this.c)}, #${this.m}, ${at(RETURN_BRANCHES, this.b)})`; }
}

class ConfirmPull extends Step {
  constructor(readonly c: number) { super(); }
  async act(_: Model, { lib }: Real): Promise<void> {
    const pulling = lib.storage.snapshot().copies.filter((x) => x.status === 'awaitingPull');
    const copy = at(pulling, this.c);
    if (copy === undefined) return;
    const result = await perform({ lib }, () => lib.service.confirmPull(staff(copy.locationBranchId), { copyId: copy.id }));
    expect(result.ok).toBe(true);
  }
  toString(): string { return `confirmPull(#${this.c})`; }
}

class Collect extends Step {
  constructor(readonly r: number, readonly elsewhere: boolean) { super(); }
  async act(model: Model, { lib }: Real): Promise<void> {
    const holds = lib.storage.snapshot().reservations.filter((r) => r.status === 'onHold');
    const hold = at(holds, this.r);
    if (hold === undefined || hold.status !== 'onHold') return;
    const branch = this.elsewhere ? PICKUPS.find((b) => b !== hold.pickupBranchId)! : hold.pickupBranchId;
    const result = await perform({ lib }, () => lib.service.collectHold(staff(branch), { reservationId: hold.id }));
    const today = japanDateOf(lib.clock.now());
    expect(result.ok).toBe(!this.elsewhere && today <= hold.lastDay);
    expect(model.holds.get(hold.id)?.lastDay).toBe(hold.lastDay);
  }
  toString(): string { return `collect(#${this.r}${this.elsewhere ? ', elsewhere' : ''})`; }
}

class CancelOnline extends Step {
  constructor(readonly r: number, readonly p: number | null) { super(); }
  async act(_: Model, { lib }: Real): Promise<void> {
    const active = lib.storage.snapshot().reservations.filter(isActiveReservation);
    const target = at(active, this.r);
    if (target === undefined) return;
    const patronId = this.p === null ? target.patronId : at(PATRONS, this.p)!;
    const result = await perform({ lib }, () => lib.service.cancelOnline(online(patronId), { reservationId: target.id }));
    if (target.status === 'onHold' || target.channel === 'counter' || patronId !== target.patronId) expect(result.ok).toBe(false);
  }
  toString(): string { return `cancelOnline(#${this.r}${this.p === null ? '' : `, by ${at(PATRONS, this.p)}`})`; }
}

class CancelByStaff extends Step {
  constructor(readonly r: number) { super(); }
  async act(_: Model, { lib }: Real): Promise<void> {
    const active = lib.storage.snapshot().reservations.filter(isActiveReservation);
    const target = at(active, this.r);
    if (target === undefined) return;
    const result = await perform({ lib }, () => lib.service.cancelByStaff(staff('mukawa'), { reservationId: target.id }));
    expect(result.ok).toBe(true);
  }
  toString(): string { return `cancelByStaff(#${this.r})`; }
}

class Renew extends Step {
  constructor(readonly l: number) { super(); }
  async act(_: Model, { lib }: Real): Promise<void> {
    const open = lib.storage.snapshot().loans.filter((l) => l.returnedAt === null);
    const loan = at(open, this.l);
    if (loan === undefined) return;
    const result = await perform({ lib }, () => lib.service.renewLoan(online(loan.patronId), { loanId: loan.id }));
    const waiting = lib.storage.snapshot().reservations.some((r) => r.volumeId === loan.volumeId && r.patronId !== loan.patronId && isQueued(r));
    if (waiting) expect(result.ok).toBe(false);
  }
  toString(): string { return `renew(#${this.l})`; }
}

class MarkUnreachable extends Step {
  constructor(readonly p: number, readonly mark: boolean) { super(); }
  async act(_: Model, { lib }: Real): Promise<void> {
    const result = await perform({ lib }, () => lib.service.setUnreachable(staff('akeno'), { patronId: at(PATRONS, this.p)!, unreachable: this.mark }));
    expect(result.ok).toBe(true);
  }
  toString(): string { return `setUnreachable(${at(PATRONS, this.p)}, ${this.mark})`; }
}

class ApprovalBatch extends Step {
  async act(model: Model, { lib }: Real): Promise<void> {
    const before = lib.storage.snapshot();
    const today = japanDateOf(lib.clock.now());
    const first = await perform({ lib }, () => lib.service.runApprovalBatch(SYSTEM));
    expect(first.ok && first.value.claimed).toBe(!model.jobDays.approval.has(today));
    model.jobDays.approval.add(today);
    const batchAt = lib.clock.now();
    const after = lib.storage.snapshot();
    // C2: requests approved now join the queue now, behind everything queued before.
    const wasRequested = new Set(before.reservations.filter((r) => r.status === 'requested').map((r) => r.id));
    const approved = after.reservations.filter((r): r is Reservation & { queuedAt: string } => wasRequested.has(r.id) && 'queuedAt' in r);
    const queuedBefore = before.reservations.filter((r): r is Reservation & { queuedAt: string } => 'queuedAt' in r && isActiveReservation(r));
    for (const a of approved) {
      expect(a.queuedAt).toBe(batchAt);
      for (const q of queuedBefore) if (q.volumeId === a.volumeId && q.queuedAt < batchAt) expect(compareQueue(q, a)).toBeLessThan(0);
    }
    // C1: a second batch on the same date changes nothing.
    const second = await perform({ lib }, () => lib.service.runApprovalBatch(SYSTEM));
    expect(second.ok && second.value.claimed).toBe(false);
    expect(lib.storage.snapshot()).toEqual(after);
  }
  toString(): string { return 'approvalBatch()'; }
}

class HoldExpiry extends Step {
  async act(model: Model, { lib }: Real): Promise<void> {
    const today = japanDateOf(lib.clock.now());
    const first = await perform({ lib }, () => lib.service.runHoldExpiry(SYSTEM));
    expect(first.ok && first.value.claimed).toBe(!model.jobDays.expiry.has(today));
    const ran = model.jobDays.expiry.has(today);
    model.jobDays.expiry.add(today);
    const after = lib.storage.snapshot();
    if (!ran) for (const r of after.reservations) if (r.status === 'onHold') expect(r.lastDay >= today).toBe(true);
    const second = await perform({ lib }, () => lib.service.runHoldExpiry(SYSTEM));
    expect(second.ok && second.value.claimed).toBe(false);
    expect(lib.storage.snapshot()).toEqual(after);
  }
  toString(): string { return 'holdExpiry()'; }
}

class Deliver extends Step {
  async act(_: Model, { lib }: Real): Promise<void> {
    await perform({ lib }, () => lib.service.deliverNotices(async () => undefined));
    expect(lib.storage.snapshot().outbox.every((row) => row.sentAt !== null)).toBe(true);
  }
  toString(): string { return 'deliverNotices()'; }
}

class PassTime extends Step {
  constructor(readonly days: number, readonly hours: number) { super(); }
  async act(_: Model, { lib }: Real): Promise<void> {
    lib.clock.advance({ days: this.days, hours: this.hours });
  }
  toString(): string { return `passTime(${this.days}d ${this.hours}h)`; }
}

const index = fc.nat(7);
const command: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(index, index, index).map(([p, v, b]) => new OnlineRequest(p, v, b)) },
  { weight: 2, arbitrary: fc.tuple(index, index, index).map(([p, v, b]) => new CounterReservation(p, v, b)) },
  { weight: 2, arbitrary: fc.tuple(index, index).map(([p, c]) => new WalkIn(p, c)) },
  { weight: 4, arbitrary: fc.tuple(index, index).map(([c, b]) => new CheckIn(c, b)) },
  { weight: 2, arbitrary: fc.tuple(index, fc.boolean()).map(([r, elsewhere]) => new Collect(r, elsewhere)) },
  { weight: 2, arbitrary: fc.tuple(index, index, index).map(([c, m, b]) => new MarkCopy(c, m, b)) },
  { weight: 2, arbitrary: index.map((c) => new ConfirmPull(c)) },
  { weight: 2, arbitrary: fc.tuple(index, fc.option(index, { freq: 4 })).map(([r, p]) => new CancelOnline(r, p)) },
  { weight: 1, arbitrary: index.map((r) => new CancelByStaff(r)) },
  { weight: 1, arbitrary: index.map((l) => new Renew(l)) },
  { weight: 1, arbitrary: fc.tuple(index, fc.boolean()).map(([p, mark]) => new MarkUnreachable(p, mark)) },
  { weight: 3, arbitrary: fc.constant(new ApprovalBatch()) },
  { weight: 2, arbitrary: fc.constant(new HoldExpiry()) },
  { weight: 1, arbitrary: fc.constant(new Deliver()) },
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 23 })).map(([d, h]) => new PassTime(d, h)) },
);

describe('the service against its model', () => {
  it('[E1][C1][C2][D1][D2][D3][F1] keeps the invariants of the guide over random operations', async () => {
    await checkProperty(
      fc.asyncProperty(fc.commands([command], { maxCommands: 50, size: 'max' }), async (cmds) => {
        const setup = () => ({ model: { seen: new Map(), holds: new Map(), jobDays: { approval: new Set(), expiry: new Set() } } satisfies Model, real: { lib: newLibrary() } satisfies Real });
        await fc.asyncModelRun(setup, cmds);
      }),
      200,
    );
  }, 120_000);

  it('[P5][P6][P8] keeps every copy in exactly one place with the pull step (noticeAtTrap off)', async () => {
    await checkProperty(
      fc.asyncProperty(fc.commands([command], { maxCommands: 50, size: 'max' }), async (cmds) => {
        const setup = () => ({ model: { seen: new Map(), holds: new Map(), jobDays: { approval: new Set(), expiry: new Set() } } satisfies Model, real: { lib: newLibrary(false) } satisfies Real });
        await fc.asyncModelRun(setup, cmds);
      }),
      100,
    );
  }, 120_000);
});
