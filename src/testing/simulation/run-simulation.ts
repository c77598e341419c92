import { createMemoryStorage } from '../../adapters/memory/create-memory-storage.js';
import { startOfJapanDay } from '../../calendar/japan-date.js';
import { addDays, isLocalDate, weekdayOf } from '../../calendar/local-date.js';
import { isOpenOn } from '../../calendar/open-days.js';
import { YoyakuError } from '../../errors/yoyaku-error.js';
import type { LocalDate } from '../../model/time.js';
import { hokutoPolicy } from '../../policy/presets/hokuto.js';
import type { Policy } from '../../policy/schema.js';
import { fixedClock, type FixedClock } from '../../ports/clock.js';
import type { StoragePorts } from '../../ports/storage-ports.js';
import { createReservationService, type ReservationServiceOptions } from '../../service/create-reservation-service.js';
import { withStoreOutagesThrown } from '../../service/store-outages-thrown.js';
import type { ReservationService } from '../../service/reservation-service.js';
import type { ScenarioStorage } from '../scenario/run-scenario.js';
import { japanInstant, Popularity, type SimDay } from './context.js';
import { CountBook } from './counts.js';
import { DayRun, Verdicts } from './day-loop.js';
import { SIMULATION_INVARIANTS } from './invariants/index.js';
import { Journal } from './journal.js';
import { generateLibrary, type LibrarySize } from './library.js';
import { TRAFFIC } from './operations/index.js';
import { createPrng } from './prng.js';
import type { SimulationReport } from './report.js';
import { WeeklySeries } from './series.js';
import type { SimulationTouched } from './touched.js';
import { World } from './world.js';

/**
 * Options of {@link runSimulation}.
 * @category Testing
 * @example
 * const options: SimulationOptions = { days: 60, seed: '7', start: '2026-06-01', strict: true };
 */
export interface SimulationOptions {
  /** Days to play. Default 365. */
  readonly days?: number | undefined;
  /** The seed of the traffic and of the library. Default `hokuto`. */
  readonly seed?: string | undefined;
  /** The first day (a Japan date). Default `2026-04-01`, the start of a Japanese fiscal year. */
  readonly start?: LocalDate | undefined;
  /**
   * The parsed policy. Default: the Hokuto preset with hold extension (3 days), suspension,
   * not-needed dates and retention (400 days) turned on, and `noticeAtTrap` off, so that copies
   * on the open shelf wait on the pull list (P8).
   */
  readonly policy?: Policy | undefined;
  /**
   * The storage to play on, made for the simulation's clock; it must be empty. Default: a new
   * memory storage. The caller closes it.
   */
  readonly storage?: ((context: { readonly clock: FixedClock }) => ScenarioStorage | Promise<ScenarioStorage>) | undefined;
  /** How the store is named in the report. Default `memory`. */
  readonly storeName?: string | undefined;
  /** Check the invariants after every step, not only after every day. Default false. */
  readonly strict?: boolean | undefined;
  /** The size of the library. Default: 30 000 titles, 6 000 patrons. */
  readonly size?: LibrarySize | undefined;
  /** Actions of patrons and staff drawn from the traffic table on an ordinary day. Default 450. */
  readonly actionsPerDay?: number | undefined;
  /**
   * Builds the service over the storage: a host's own wrapper, or a deliberately broken one to
   * see an invariant fail. Default {@link createReservationService}.
   */
  readonly service?: ((ports: StoragePorts, policy: Policy, options: ReservationServiceOptions) => ReservationService) | undefined;
  /**
   * Runs after each day's traffic, before the day's check, in a unit of work of its own if it
   * opens one: a host's own checks, or a fault injected on purpose. Records it changes go into
   * `touched` so the check reads them.
   */
  readonly afterDay?: ((context: { readonly date: LocalDate; readonly ports: StoragePorts; readonly touched: SimulationTouched }) => Promise<void>) | undefined;
  /** Called after each day, for progress. */
  readonly onDay?: ((date: LocalDate, index: number) => void) | undefined;
}

/**
 * The options of the preset that the default simulation changes, so their operations are played:
 * hold extension, suspension, not-needed dates and retention turned on, and copies on the open
 * shelf taken for a reservation wait on the pull list until staff pull them (P8).
 */
const SIMULATION_KNOBS = { maxHoldExtensionDays: 3, allowSuspension: true, allowNotNeededAfter: true, retentionDays: 400, noticeAtTrap: false } as const;

function invalid(field: string, message: string): never {
  throw new YoyakuError('INVALID_INPUT', `Invalid simulation options: ${field}`, { issues: [{ path: [field], message }] });
}

function busyness(date: LocalDate): number {
  const md = date.slice(5);
  const season =
    md >= '07-01' && md <= '07-20' ? 1.4 : md >= '07-21' && md <= '08-25' ? 1.2 : md >= '12-01' && md <= '12-27' ? 1.5 : md >= '12-28' || md <= '01-04' ? 0.7 : md >= '03-20' && md <= '04-05' ? 1.15 : 1;
  const weekday = weekdayOf(date);
  return season * (weekday === 0 || weekday === 6 ? 1.2 : 1);
}

/** A4: one hour of maintenance each month (the second Wednesday, 13:00 in Japan), unless the policy has windows in the period. */
function withMaintenance(policy: Policy, start: LocalDate, days: number): Policy {
  const end = addDays(start, days);
  const from = startOfJapanDay(start);
  const to = startOfJapanDay(end);
  if (policy.maintenanceWindows.some((w) => w.end > from && w.start < to)) return policy;
  const windows: { start: string; end: string }[] = [];
  for (let d = start; d < end; d = addDays(d, 1)) {
    const day = Number(d.slice(8));
    if (weekdayOf(d) === 3 && day >= 8 && day <= 14) windows.push({ start: japanInstant(d, 13), end: japanInstant(d, 14) });
  }
  return { ...policy, maintenanceWindows: [...policy.maintenanceWindows, ...windows] };
}

/**
 * Plays a year (or any number of days) at a library system through the reservation service on
 * a real store, and checks the library's invariants after every day (after every step with
 * `strict`). The library is generated from the seed: titles, copies at each branch and the
 * museum, patrons, the loans running at the start. Each day the approval batch runs on two
 * servers (one claims it), then the hold expiry, notice delivery, and the day's traffic in time
 * order: online requests from the cart and the favourites, counter reservations, walk-in loans
 * (some of copies that requests wait for, C3), returns at any branch, renewals, cancellations,
 * collections, holds left to lapse, the courier's transits and returns home, patrons marked
 * unreachable, maintenance windows, year-end closure and holidays as the calendars say.
 *
 * The same seed and store give the same report. Nothing is thrown for a broken invariant: it is
 * reported with its day and the records involved.
 * @param options - days, seed, start, policy, storage, strict mode, size, hooks
 * @returns the report: counts, month by month, weekly series, invariant verdicts, violations
 * @throws {@link YoyakuError} `INVALID_INPUT` for invalid options
 * @category Testing
 * @example
 * import { runSimulation } from 'yoyaku-rules/testing';
 * const report = await runSimulation({ days: 30, seed: '1' });
 * report.violations.length; // 0
 * @example
 * // On SQLite, every step checked
 * const report = await runSimulation({ days: 60, strict: true, storeName: 'sqlite', storage: ({ clock }) => createSqliteStorage({ filename: ':memory:', clock }) });
 */
export async function runSimulation(options: SimulationOptions = {}): Promise<SimulationReport> {
  const days = options.days ?? 365;
  if (!Number.isInteger(days) || days < 1 || days > 3660) invalid('days', 'Expected an integer from 1 to 3660');
  const seed = options.seed ?? 'hokuto';
  if (typeof seed !== 'string' || seed.length === 0) invalid('seed', 'Expected a non-empty string');
  const start = options.start ?? '2026-04-01';
  if (!isLocalDate(start)) invalid('start', 'Expected a date YYYY-MM-DD');
  const actionsPerDay = options.actionsPerDay ?? 450;
  if (!Number.isFinite(actionsPerDay) || actionsPerDay < 0) invalid('actionsPerDay', 'Expected a number >= 0');
  const policy = withMaintenance(options.policy ?? hokutoPolicy(SIMULATION_KNOBS), start, days);
  const random = createPrng(seed);
  const library = generateLibrary(policy, options.size ?? {}, start, random.fork('library'));
  const clock = fixedClock(japanInstant(addDays(start, -1), 20));
  const storage = options.storage ? await options.storage({ clock }) : createMemoryStorage({ clock });
  await storage.seed({ titles: library.titles, volumes: library.volumes, copies: library.copies, patrons: library.patrons, loans: library.loans });
  const ports: StoragePorts = { unitOfWork: storage.unitOfWork, capabilities: storage.capabilities, clock };
  let n = 0;
  const ids = (): string => `s${++n}`;
  const build = options.service ?? createReservationService;
  // A storage outage ends the run with STORE_UNAVAILABLE; it is not an operation's outcome.
  const service = withStoreOutagesThrown(build(ports, policy, { ids, serverId: 'sim-a' }));
  const secondServer = withStoreOutagesThrown(build(ports, policy, { ids, serverId: 'sim-b' }));
  const counts = new CountBook();
  const world = new World(counts);
  for (const loan of library.loans) world.addLoan(loan, world.returnDate(random, loan.dueDate));
  for (const p of library.simPatrons) if (p.registered) world.registered.add(p.id);
  const journal = new Journal();
  const verdicts = new Verdicts();
  const series = new WeeklySeries(library.libraries);
  const museums = new Set(library.museums);
  const libraries = new Set(library.libraries);
  const parts = {
    service,
    secondServer,
    ports,
    clock,
    policy,
    library,
    popularity: new Popularity(library),
    world,
    counts,
    journal,
    random: random.fork('traffic'),
    traffic: TRAFFIC,
    actionsPerDay,
    strict: options.strict ?? false,
    afterDay: options.afterDay,
  };
  for (let index = 0; index < days; index++) {
    const date = addDays(start, index);
    const day: SimDay = {
      date,
      index,
      openLibraries: library.libraries.filter((b) => isOpenOn(policy, b, date)),
      openMuseums: library.museums.filter((b) => isOpenOn(policy, b, date)),
      busy: busyness(date),
    };
    await new DayRun(parts, day, verdicts, museums, libraries).run();
    series.endOfDay(date, index, world, counts.total);
    options.onDay?.(date, index);
  }
  return {
    days,
    seed,
    store: options.storeName ?? 'memory',
    counts: { ...counts.total },
    invariants: SIMULATION_INVARIANTS.map((i) => ({ name: i.name, checks: verdicts.checks.get(i.name) ?? 0, violations: verdicts.found.get(i.name) ?? 0 })),
    violations: verdicts.violations,
    start,
    end: addDays(start, days - 1),
    strict: parts.strict,
    libraries: library.libraries,
    months: [...counts.months].map(([month, c]) => ({ month, counts: { ...c } })),
    weeks: series.finish(),
    violationsOmitted: verdicts.omitted,
  };
}
