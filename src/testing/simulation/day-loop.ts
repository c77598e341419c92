import type { DomainEvent } from '../../model/domain-event.js';
import type { BranchId } from '../../model/ids.js';
import type { Policy } from '../../policy/schema.js';
import type { FixedClock } from '../../ports/clock.js';
import type { StoragePorts } from '../../ports/storage-ports.js';
import type { ReservationService } from '../../service/reservation-service.js';
import type { ServiceResult } from '../../service/service-result.js';
import { startOfJapanDay } from '../../calendar/japan-date.js';
import { type Popularity, type SimContext, type SimDay } from './context.js';
import type { CountBook } from './counts.js';
import { clearUnreachable, collectHolds, returnLoans, runCouriers, workPullLists } from './errands.js';
import { SIMULATION_INVARIANTS } from './invariants/index.js';
import type { InvariantInput } from './invariants/types.js';
import { deliverNotices, holdExpiry, morningBatch } from './jobs.js';
import type { Journal } from './journal.js';
import type { SimLibrary } from './library.js';
import { observe, type Observation } from './observe.js';
import type { TrafficOperation } from './operations/types.js';
import type { Prng } from './prng.js';
import type { SimulationViolation } from './report.js';
import { Touched } from './touched.js';
import type { World } from './world.js';

const KEPT_PER_INVARIANT = 100;

/** The parts of a run that last across days. */
export interface RunParts {
  readonly service: ReservationService;
  readonly secondServer: ReservationService;
  readonly ports: StoragePorts;
  readonly clock: FixedClock;
  readonly policy: Policy;
  readonly library: SimLibrary;
  readonly popularity: Popularity;
  readonly world: World;
  readonly counts: CountBook;
  readonly journal: Journal;
  readonly random: Prng;
  readonly traffic: readonly TrafficOperation[];
  readonly actionsPerDay: number;
  readonly strict: boolean;
  readonly afterDay?: ((context: { readonly date: string; readonly ports: StoragePorts; readonly touched: Touched }) => Promise<void>) | undefined;
}

/** Tallies of the invariants over the run. */
export class Verdicts {
  readonly checks = new Map<string, number>(SIMULATION_INVARIANTS.map((i) => [i.name, 0]));
  readonly found = new Map<string, number>(SIMULATION_INVARIANTS.map((i) => [i.name, 0]));
  readonly violations: SimulationViolation[] = [];
  omitted = 0;

  record(input: InvariantInput): void {
    for (const invariant of SIMULATION_INVARIANTS) {
      const f = invariant.check(input);
      this.checks.set(invariant.name, (this.checks.get(invariant.name) ?? 0) + f.checks);
      for (const detail of f.violations) {
        const n = (this.found.get(invariant.name) ?? 0) + 1;
        this.found.set(invariant.name, n);
        if (n <= KEPT_PER_INVARIANT) this.violations.push({ day: input.day, invariant: invariant.name, detail });
        else this.omitted++;
      }
    }
    input.journal.drain();
  }
}

function eventTouches(ctx: SimContext, events: readonly DomainEvent[], decidedAt: BranchId | null): void {
  for (const e of events) {
    ctx.touched.reservations.add(e.reservationId);
    ctx.touched.patrons.add(e.patronId);
    const r = ctx.world.reservations.get(e.reservationId);
    if (r !== undefined) ctx.touched.volumes.add(r.volumeId);
    if ('copyId' in e && e.copyId !== undefined) ctx.touched.copies.add(e.copyId);
    ctx.journal.transitions.push({ day: ctx.day.date, reservationId: e.reservationId, from: e.from, to: e.to });
    if (e.from === 'requested' && (e.to === 'reserved' || e.to === 'rejected') && r !== undefined) {
      ctx.journal.decisions.push({
        day: ctx.day.date,
        reservationId: e.reservationId,
        decidedAt: e.at,
        placedAt: r.placedAt,
        pickupBranchId: r.pickupBranchId,
        channel: r.channel,
        to: e.to,
        staffBranchId: decidedAt,
      });
    }
    if (e.type === 'holdExtended') ctx.journal.extendedHolds.add(e.reservationId);
  }
}

/** One day of the simulation: the morning jobs, the traffic in time order, the end-of-day check. */
export class DayRun implements SimContext {
  readonly touched = new Touched();
  readonly #dayTouched = new Touched();
  readonly service: ReservationService;
  readonly secondServer: ReservationService;
  readonly ports: StoragePorts;
  readonly clock: FixedClock;
  readonly policy: Policy;
  readonly library: SimLibrary;
  readonly popularity: Popularity;
  readonly world: World;
  readonly counts: CountBook;
  readonly journal: Journal;
  readonly random: Prng;
  /** The day's first instant in Japan, in milliseconds: each step's instant is an offset from it. */
  readonly #startMs: number;

  constructor(
    private readonly parts: RunParts,
    readonly day: SimDay,
    private readonly verdicts: Verdicts,
    private readonly museums: ReadonlySet<BranchId>,
    private readonly libraries: ReadonlySet<BranchId>,
  ) {
    this.service = parts.service;
    this.secondServer = parts.secondServer;
    this.ports = parts.ports;
    this.clock = parts.clock;
    this.policy = parts.policy;
    this.library = parts.library;
    this.popularity = parts.popularity;
    this.world = parts.world;
    this.counts = parts.counts;
    this.journal = parts.journal;
    this.random = parts.random;
    this.#startMs = Date.parse(startOfJapanDay(day.date));
  }

  async call<T>(operation: string, pending: Promise<ServiceResult<T>>, decidedAt?: BranchId): Promise<ServiceResult<T>> {
    this.journal.calls++;
    let result: ServiceResult<T>;
    try {
      result = await pending;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.journal.errors.push(`${operation} threw at ${this.clock.now()}: ${message}`);
      return { ok: false, kind: 'error', code: 'CONFLICT', message, issues: [] };
    }
    if (result.ok) {
      this.world.apply(result.events);
      eventTouches(this, result.events, decidedAt ?? null);
    } else if (result.kind === 'refused') {
      if (result.refusals.some((r) => r.rule === 'A4')) this.counts.add('refusedMaintenance');
      else if (result.refusals.some((r) => r.rule === 'A3')) this.counts.add('refusedUnreachable');
    } else this.journal.errors.push(`${operation} at ${this.clock.now()} answered ${result.code}: ${result.message}`);
    return result;
  }

  async readBack(volumeIds: readonly string[]): Promise<void> {
    const touched = new Touched();
    for (const v of volumeIds) touched.volumes.add(v);
    const seen = await observe(this.ports, touched, this.library.volumeOfCopy, { day: this.day.date, at: this.clock.now(), step: 'read back' }, true);
    this.#nameTransits(seen);
    this.#mirror(seen);
  }

  input(observation: Observation | null): InvariantInput {
    return { observation, journal: this.journal, policy: this.policy, museums: this.museums, libraries: this.libraries, day: this.day.date };
  }

  async #step(hours: number, label: string, work: () => Promise<void>, readBack = false): Promise<void> {
    // japanInstant(day, hours), compared and set as milliseconds (the clock's string is always `toISOString()` form).
    const ahead = this.#startMs + Math.round(hours * 3_600_000) - Date.parse(this.clock.now());
    if (ahead > 0) this.clock.advance(ahead);
    await work();
    if (readBack && !this.parts.strict && !this.touched.empty) {
      const seen = await observe(this.ports, this.touched, this.library.volumeOfCopy, { day: this.day.date, at: this.clock.now(), step: label }, true);
      this.#nameTransits(seen);
      this.#mirror(seen);
    }
    if (this.parts.strict && !this.touched.empty) {
      const seen = await observe(this.ports, this.touched, this.library.volumeOfCopy, { day: this.day.date, at: this.clock.now(), step: label });
      this.#nameTransits(seen);
      this.verdicts.record(this.input(seen));
      this.#mirror(seen);
    } else if (this.parts.strict) this.verdicts.record(this.input(null));
    this.#dayTouched.addAll(this.touched);
    this.touched.clear();
  }

  /** Names why each copy the jobs sent in transit set out: the reservation waiting where it goes, or its home. */
  #nameTransits(seen: Observation): void {
    for (const view of seen.volumes.values()) {
      for (const copy of view.copies) {
        if (copy.status !== 'inTransit' || this.journal.transitReasons.get(copy.id)?.to === copy.locationBranchId) continue;
        const waiting = view.active.find((r) => r.status === 'reserved' && r.pickupBranchId === copy.locationBranchId);
        if (waiting !== undefined) this.journal.transitReasons.set(copy.id, { to: copy.locationBranchId, reason: `reservation ${waiting.id}` });
        else if (copy.locationBranchId === copy.ownerBranchId) this.journal.transitReasons.set(copy.id, { to: copy.locationBranchId, reason: 'home' });
      }
    }
  }

  /** Copies seen in transit or shelved away from home that nobody has sent on yet get an errand. */
  #mirror(seen: Observation): void {
    for (const view of seen.volumes.values()) {
      for (const copy of view.copies) {
        const mirror = this.world.copies.get(copy.id);
        // Changed in place: thousands of copies are mirrored each day, and no one keeps a mirror.
        if (mirror === undefined) this.world.copies.set(copy.id, { status: copy.status, location: copy.locationBranchId });
        else {
          mirror.status = copy.status;
          mirror.location = copy.locationBranchId;
        }
        if (this.world.scheduledCopies.has(copy.id)) continue;
        if (copy.status === 'inTransit') {
          this.counts.add('transits');
          this.world.scheduleCourier(this.world.plus(this.day.date, 1), { copyId: copy.id, to: copy.locationBranchId, kind: 'arrival' });
        } else if (copy.status === 'onShelf' && copy.locationBranchId !== copy.ownerBranchId) {
          this.world.scheduleCourier(this.world.plus(this.day.date, 1 + this.random.int(2)), { copyId: copy.id, to: copy.ownerBranchId, kind: 'home' });
        }
      }
    }
  }

  #actions(): { hours: number; label: string; work: () => Promise<void> }[] {
    const weights = this.parts.traffic.map((op) => Math.max(0, op.weight(this.day)));
    const n = Math.round(this.parts.actionsPerDay * this.day.busy);
    const actions: { hours: number; label: string; work: () => Promise<void> }[] = [];
    if (weights.every((w) => w === 0)) return actions;
    for (let i = 0; i < n; i++) {
      const op = this.parts.traffic[this.random.weighted(weights)]!;
      const hours = op.hours === 'online' ? 7 + this.random.next() * 16.5 : 9.5 + this.random.next() * 9;
      actions.push({ hours, label: op.name, work: () => op.run(this) });
    }
    return actions;
  }

  async run(): Promise<void> {
    this.counts.enterDay(this.day.date);
    await this.#step(8.5, 'approval batch', () => morningBatch(this), true);
    await this.#step(8.6, 'hold expiry', () => holdExpiry(this), true);
    await this.#step(8.75, 'notices', () => deliverNotices(this));
    const timed = [
      ...this.#actions(),
      { hours: 9.6, label: 'unreachable marks cleared', work: () => clearUnreachable(this) },
      { hours: 10.5, label: 'courier', work: () => runCouriers(this) },
      ...[9.8, 13.5, 17].map((h) => ({ hours: h, label: 'pull list', work: () => workPullLists(this) })),
      ...[10, 14, 17].map((h, i) => ({ hours: h, label: 'returns', work: () => returnLoans(this, 3, i) })),
      ...[11, 15, 18].map((h, i) => ({ hours: h, label: 'collections', work: () => collectHolds(this, 3, i) })),
      { hours: 12.5, label: 'notices', work: () => deliverNotices(this) },
      { hours: 18.75, label: 'notices', work: () => deliverNotices(this) },
    ]
      .map((a, i) => ({ ...a, i }))
      .sort((a, b) => a.hours - b.hours || a.i - b.i);
    for (const a of timed) await this.#step(a.hours, a.label, a.work);
    await this.parts.afterDay?.({ date: this.day.date, ports: this.ports, touched: this.#dayTouched });
    const seen = await observe(this.ports, this.#dayTouched, this.library.volumeOfCopy, { day: this.day.date, at: this.clock.now(), step: null });
    this.verdicts.record(this.input(seen));
    this.#mirror(seen);
  }
}
