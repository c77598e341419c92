import { addDays } from '../../calendar/local-date.js';
import { japanDateOf } from '../../calendar/japan-date.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { BranchId, CopyId, LoanId, PatronId, ReservationId, VolumeId } from '../../model/ids.js';
import type { Loan } from '../../model/loan.js';
import type { CopyStatus } from '../../model/material.js';
import type { Channel, ReservationStatus } from '../../model/reservation.js';
import type { Instant, LocalDate } from '../../model/time.js';
import type { CountBook } from './counts.js';
import type { Prng } from './prng.js';

/** What the simulation knows of a reservation, from results and events. */
export interface WorldReservation {
  readonly id: ReservationId;
  readonly patronId: PatronId;
  readonly volumeId: VolumeId;
  readonly channel: Channel;
  pickupBranchId: BranchId;
  status: ReservationStatus;
  placedAt: Instant;
  queuedOn: LocalDate | null;
  copyId: CopyId | null;
  lastDay: LocalDate | null;
  cancellationPending: boolean;
}

/** What the simulation knows of an open loan. */
export interface WorldLoan {
  readonly id: LoanId;
  readonly patronId: PatronId;
  readonly copyId: CopyId;
  dueDate: LocalDate;
  renewals: number;
  /** The day the patron brings it back. */
  returnOn: LocalDate;
}

/** A copy's last known place. */
export interface CopyMirror {
  status: CopyStatus;
  location: BranchId;
}

/** A courier's errand: a check-in at a branch on or after a date. */
export interface CourierErrand {
  readonly copyId: CopyId;
  readonly to: BranchId;
  readonly kind: 'arrival' | 'home';
}

/** Reached once for every new week, day and hold; feeds the charts. */
export interface WaitSample {
  readonly branchId: BranchId;
  readonly days: number;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * The simulation's own picture of the library, kept from the service's results and events so
 * the traffic can choose plausible operations (a patron collects a hold they were told about, a
 * loan comes back around its due date) without reading the store. The store stays the truth:
 * the invariants read it, never this.
 */
export class World {
  readonly reservations = new Map<ReservationId, WorldReservation>();
  readonly requested = new Set<ReservationId>();
  readonly activeByPatron = new Map<PatronId, Set<ReservationId>>();
  readonly loans = new Map<LoanId, WorldLoan>();
  readonly loanOfCopy = new Map<CopyId, LoanId>();
  readonly returnsOn = new Map<LocalDate, LoanId[]>();
  readonly collectionsOn = new Map<LocalDate, ReservationId[]>();
  readonly couriersOn = new Map<LocalDate, CourierErrand[]>();
  /** The day's returns and collections, taken at the first round and shared by the rounds. */
  returningToday: LoanId[] = [];
  collectingToday: ReservationId[] = [];
  readonly scheduledCopies = new Set<CopyId>();
  readonly copies = new Map<CopyId, CopyMirror>();
  /** Copies staff marked missing, until they are found. */
  readonly missing: CopyId[] = [];
  readonly favourites = new Map<PatronId, VolumeId[]>();
  readonly unreachableUntil = new Map<PatronId, LocalDate>();
  readonly registered = new Set<PatronId>();
  /** The pickup branch chosen for each cart entry (`patron volume`), until it is submitted. */
  readonly cartPickups = new Map<string, BranchId>();
  /** Holds whose patron knows of them (by the notice or the status page) and will come, or not. */
  readonly expected = new Set<ReservationId>();
  readonly #active = new Set<ReservationId>();
  /** Every reservation's id, in the order made. */
  readonly #made: ReservationId[] = [];
  readonly #loanIds: LoanId[] = [];
  /** Reservations in `reserved`, by pickup branch (queue lengths). */
  readonly queuedByBranch = new Map<BranchId, number>();
  /** Holds on the shelf, by pickup branch. */
  readonly heldByBranch = new Map<BranchId, number>();
  /** Waits from joining the queue to the hold, recorded as holds start. */
  waits: WaitSample[] = [];

  constructor(private readonly counts: CountBook) {}

  #bump(map: Map<BranchId, number>, branch: BranchId, by: number): void {
    map.set(branch, (map.get(branch) ?? 0) + by);
  }

  #leaveStatus(r: WorldReservation): void {
    if (r.status === 'reserved') this.#bump(this.queuedByBranch, r.pickupBranchId, -1);
    if (r.status === 'onHold') this.#bump(this.heldByBranch, r.pickupBranchId, -1);
    if (r.status === 'requested') this.requested.delete(r.id);
  }

  #enterStatus(r: WorldReservation, status: ReservationStatus): void {
    this.#leaveStatus(r);
    r.status = status;
    if (status === 'reserved') this.#bump(this.queuedByBranch, r.pickupBranchId, 1);
    if (status === 'onHold') this.#bump(this.heldByBranch, r.pickupBranchId, 1);
    if (status === 'requested') this.requested.add(r.id);
    if (status !== 'requested' && status !== 'reserved' && status !== 'onHold') {
      this.activeByPatron.get(r.patronId)?.delete(r.id);
      this.#active.delete(r.id);
    } else this.#active.add(r.id);
  }

  /** Registers a reservation the service just created. */
  addReservation(input: { id: ReservationId; patronId: PatronId; volumeId: VolumeId; channel: Channel; pickupBranchId: BranchId; at: Instant }): void {
    // Field by field, not spread: one hidden class for every reservation of the run.
    const r: WorldReservation = {
      id: input.id,
      patronId: input.patronId,
      volumeId: input.volumeId,
      channel: input.channel,
      pickupBranchId: input.pickupBranchId,
      placedAt: input.at,
      status: 'requested',
      queuedOn: null,
      copyId: null,
      lastDay: null,
      cancellationPending: false,
    };
    this.reservations.set(r.id, r);
    this.#made.push(r.id);
    let active = this.activeByPatron.get(r.patronId);
    if (active === undefined) {
      active = new Set();
      this.activeByPatron.set(r.patronId, active);
    }
    active.add(r.id);
    if (input.channel === 'counter') {
      r.queuedOn = japanDateOf(input.at);
      this.#enterStatus(r, 'reserved');
    } else this.#enterStatus(r, 'requested');
  }

  /** Registers an open loan, to come back around its due date. */
  addLoan(loan: Loan, returnOn: LocalDate): void {
    this.loans.set(loan.id, { id: loan.id, patronId: loan.patronId, copyId: loan.copyId, dueDate: loan.dueDate, renewals: loan.renewals, returnOn });
    this.#loanIds.push(loan.id);
    this.loanOfCopy.set(loan.copyId, loan.id);
    pushTo(this.returnsOn, returnOn, loan.id);
    this.copies.set(loan.copyId, { status: 'onLoan', location: this.copies.get(loan.copyId)?.location ?? '' });
  }

  closeLoan(loanId: LoanId): void {
    const loan = this.loans.get(loanId);
    if (loan === undefined) return;
    this.loans.delete(loanId);
    if (this.loanOfCopy.get(loan.copyId) === loanId) this.loanOfCopy.delete(loan.copyId);
  }

  scheduleReturn(loanId: LoanId, on: LocalDate): void {
    const loan = this.loans.get(loanId);
    if (loan !== undefined) loan.returnOn = on;
    pushTo(this.returnsOn, on, loanId);
  }

  scheduleCollection(reservationId: ReservationId, on: LocalDate): void {
    pushTo(this.collectionsOn, on, reservationId);
  }

  scheduleCourier(on: LocalDate, errand: CourierErrand): void {
    if (this.scheduledCopies.has(errand.copyId)) return;
    this.scheduledCopies.add(errand.copyId);
    pushTo(this.couriersOn, on, errand);
  }

  /** Takes the errands due on a date (and those left from earlier days). */
  takeDue<T>(map: Map<LocalDate, T[]>, date: LocalDate): T[] {
    const due: T[] = [];
    for (const [day, list] of [...map]) {
      if (day <= date) {
        due.push(...list);
        map.delete(day);
      }
    }
    return due;
  }

  /** Applies the domain events of an operation: statuses, holds, the counts they carry. */
  apply(events: readonly DomainEvent[]): void {
    for (const e of events) {
      const r = this.reservations.get(e.reservationId);
      switch (e.type) {
        case 'reservationRequested':
          this.counts.add('placedOnline');
          if (r) r.placedAt = e.at;
          break;
        case 'reservationPlaced':
          this.counts.add('placedAtCounter');
          if (r) r.placedAt = e.at;
          break;
        case 'reservationApproved':
          this.counts.add('approved');
          if (r) {
            r.queuedOn = japanDateOf(e.at);
            this.#enterStatus(r, 'reserved');
          }
          break;
        case 'reservationRejected':
          this.counts.add('rejected');
          if (r) this.#enterStatus(r, 'rejected');
          break;
        case 'cancellationRequested':
          if (r) r.cancellationPending = true;
          break;
        case 'reservationCancelled':
          this.counts.add('cancelled');
          if (r) this.#enterStatus(r, 'cancelled');
          break;
        case 'holdStarted':
          this.counts.add('trapped');
          if (r) {
            r.copyId = e.copyId;
            r.lastDay = e.lastDay;
            if (r.queuedOn !== null) this.waits.push({ branchId: r.pickupBranchId, days: dayDiff(r.queuedOn, e.noticeDate) });
            this.#enterStatus(r, 'onHold');
          }
          this.copies.set(e.copyId, { status: 'onHoldShelf', location: e.pickupBranchId });
          break;
        case 'holdExtended':
          this.counts.add('holdsExtended');
          if (r) r.lastDay = e.lastDay;
          break;
        case 'holdNoticeSent':
          if (r) r.lastDay = e.lastDay;
          break;
        case 'holdCollected':
          this.counts.add('collected');
          if (r) this.#enterStatus(r, 'collected');
          break;
        case 'holdLapsed':
          this.counts.add('lapsed');
          if (r) this.#enterStatus(r, 'lapsed');
          break;
        case 'pickupChanged':
          if (r) {
            const status = r.status;
            this.#leaveStatus(r);
            r.pickupBranchId = e.pickupBranchId;
            this.#enterStatus(r, status);
          }
          break;
      }
    }
  }

  /** Ids of the active reservations, oldest first. */
  activeIds(): IterableIterator<ReservationId> {
    return this.#active.values();
  }

  /** The ids of the last `depth` active reservations made, oldest first (without copying them all). */
  recentActive(depth: number): ReservationId[] {
    const found: ReservationId[] = [];
    for (let i = this.#made.length - 1; i >= 0 && found.length < depth; i--) if (this.#active.has(this.#made[i]!)) found.push(this.#made[i]!);
    return found.reverse();
  }

  /** The ids of the last `depth` reservations made, whatever their status, oldest first. */
  recentMade(depth: number): ReservationId[] {
    return this.#made.slice(-depth);
  }

  /** A random open loan, or null when there is none. */
  randomLoan(random: Prng): LoanId | null {
    for (let tries = 0; tries < 8 && this.#loanIds.length > 0; tries++) {
      const i = random.int(this.#loanIds.length);
      const id = this.#loanIds[i]!;
      if (this.loans.has(id)) return id;
      this.#loanIds[i] = this.#loanIds[this.#loanIds.length - 1]!;
      this.#loanIds.pop();
    }
    return null;
  }

  /** When a loan due on a date comes back: mostly in its last week, some a few days late. */
  returnDate(random: Prng, dueDate: LocalDate): LocalDate {
    return addDays(dueDate, -7 + random.int(7) + (random.chance(0.15) ? 1 + random.int(6) : 0));
  }

  /** The date some days after another. */
  plus(date: LocalDate, days: number): LocalDate {
    return addDays(date, days);
  }

  /** Active reservations of a patron, as known. */
  activeOf(patronId: PatronId): WorldReservation[] {
    return [...(this.activeByPatron.get(patronId) ?? [])].flatMap((id) => {
      const r = this.reservations.get(id);
      return r === undefined ? [] : [r];
    });
  }
}

/** Whole days from one date to another. */
export function dayDiff(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
