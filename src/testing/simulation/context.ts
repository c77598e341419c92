import { japanDateOf, startOfJapanDay } from '../../calendar/japan-date.js';
import type { BranchId, PatronId, VolumeId } from '../../model/ids.js';
import type { Instant, LocalDate } from '../../model/time.js';
import type { Policy } from '../../policy/schema.js';
import type { FixedClock } from '../../ports/clock.js';
import type { StoragePorts } from '../../ports/storage-ports.js';
import type { Actor } from '../../service/actor.js';
import type { ReservationService } from '../../service/reservation-service.js';
import type { ServiceResult } from '../../service/service-result.js';
import type { CountBook } from './counts.js';
import type { Journal } from './journal.js';
import type { SimLibrary } from './library.js';
import type { Prng } from './prng.js';
import type { Touched } from './touched.js';
import type { World } from './world.js';

/** One simulated day: its date, which libraries open, how busy it is. */
export interface SimDay {
  readonly date: LocalDate;
  /** 0 for the first day. */
  readonly index: number;
  readonly openLibraries: readonly BranchId[];
  readonly openMuseums: readonly BranchId[];
  /** Traffic multiplier: the season and the weekday. */
  readonly busy: number;
}

/** The popularity of the volume of rank r is 1 / (r + offset) ^ exponent. */
const POPULARITY_OFFSET = 30;
const POPULARITY_EXPONENT = 0.8;
/** Every four weeks the popular titles change (new titles arrive): the ranks move by this much. */
export const ROTATION_DAYS = 28;
export const ROTATION_SHIFT = 211;

/** Draws volumes and patrons with the library's skew: a few titles and readers dominate. */
export class Popularity {
  readonly #volumeCumulative: Float64Array;
  readonly #patronCumulative: Float64Array;

  constructor(private readonly library: SimLibrary) {
    const n = library.reservableVolumes.length;
    this.#volumeCumulative = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += 1 / (i + POPULARITY_OFFSET) ** POPULARITY_EXPONENT;
      this.#volumeCumulative[i] = total;
    }
    this.#patronCumulative = new Float64Array(library.simPatrons.length);
    total = 0;
    library.simPatrons.forEach((p, i) => {
      total += p.activity;
      this.#patronCumulative[i] = total;
    });
  }

  static #search(cumulative: Float64Array, r: number): number {
    let lo = 0;
    let hi = cumulative.length - 1;
    const target = r * (cumulative[hi] ?? 0);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A volume by popularity; the popular ones change every four weeks (new titles arrive). */
  volume(random: Prng, dayIndex: number): VolumeId {
    const all = this.library.reservableVolumes;
    const rank = Popularity.#search(this.#volumeCumulative, random.next());
    const shift = Math.floor(dayIndex / ROTATION_DAYS) * ROTATION_SHIFT;
    return all[(rank + shift) % all.length] ?? all[0]!;
  }

  /** A patron, weighted by how much they read. */
  patron(random: Prng): PatronId {
    const i = Popularity.#search(this.#patronCumulative, random.next());
    return this.library.simPatrons[i]?.id ?? this.library.simPatrons[0]!.id;
  }
}

/**
 * Everything an operation of the traffic works with: the services (two servers), the store's
 * ports, the library, the world, the counts, the journal, the day, the random source.
 */
export interface SimContext {
  readonly service: ReservationService;
  /** A second server, for the morning jobs run twice (C1). */
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
  readonly touched: Touched;
  readonly day: SimDay;
  /** Reads volumes back after an operation that may send copies in transit without saying so, and notes why they set out. */
  readBack(volumeIds: readonly VolumeId[]): Promise<void>;
  /**
   * Calls the service: applies the events to the world, journals decisions and transitions, marks
   * what was touched, notes errors. `decidedAt` names the branch of the staff member who decides
   * a request by hand (P10), for the decisions the call makes.
   */
  call<T>(operation: string, result: Promise<ServiceResult<T>>, decidedAt?: BranchId): Promise<ServiceResult<T>>;
}

/** An online patron. */
export function patronActor(patronId: PatronId): Actor {
  return { kind: 'patron', patronId, channel: 'online' };
}

/** Staff at a branch. */
export function staffActor(branchId: BranchId): Actor {
  return { kind: 'staff', branchId };
}

/** The instant of a Japan time of day on a date: hours may have a fraction. */
export function japanInstant(date: LocalDate, hours: number): Instant {
  return new Date(Date.parse(startOfJapanDay(date)) + Math.round(hours * 3_600_000)).toISOString();
}

/** The Japan date of the clock. */
export function today(ctx: SimContext): LocalDate {
  return japanDateOf(ctx.clock.now());
}
