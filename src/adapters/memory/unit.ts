import { YoyakuError } from '../../errors/yoyaku-error.js';
import type { Clock } from '../../ports/clock.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import { memoryCatalog } from './stores/catalog.js';
import { memoryCopies } from './stores/copies.js';
import { memoryEvents } from './stores/events.js';
import { memoryCart, memoryFavourites } from './stores/entry-lists.js';
import { memoryJobChunks } from './stores/job-chunks.js';
import { memoryJobRuns } from './stores/job-runs.js';
import { memoryLoans } from './stores/loans.js';
import { memoryOutbox } from './stores/outbox.js';
import { memoryPatrons } from './stores/patrons.js';
import { memoryReservations } from './stores/reservations.js';
import type { SyncStore } from './stores/sync-store.js';
import { commitViews, openViews, resetViews, type MemoryTables, type MemoryViews } from './tables.js';

/** One running unit of work: its stores, and how it ends. */
export interface MemoryUnit {
  readonly tx: StoresTx;
  /** Applies the unit's writes to the committed tables. */
  commit(): void;
  /** Ends the unit: its writes not committed are dropped, its stores refuse every later call. */
  close(): void;
}

/**
 * What the units of one storage share, since they run one at a time: the copy-on-write views
 * (emptied when a unit ends) and the stores that keep nothing of their own between calls, each
 * built on first use. Building them for every unit showed in a year's simulation (thousands of
 * units a day).
 */
export interface UnitParts {
  readonly views: MemoryViews;
  readonly clock: Clock;
  readonly shared: Partial<Record<keyof StoresTx, unknown>>;
}

/** The stores that keep state for the length of one unit (a cart's own copy, the event log's next seq): built for each unit. */
const PER_UNIT: ReadonlySet<keyof StoresTx> = new Set<keyof StoresTx>(['favourites', 'cart', 'events']);

const FACTORIES: { readonly [K in keyof StoresTx]: (views: MemoryViews, clock: Clock) => SyncStore<StoresTx[K]> } = {
  reservations: (views) => memoryReservations(views),
  copies: (views) => memoryCopies(views),
  loans: (views) => memoryLoans(views),
  patrons: (views) => memoryPatrons(views),
  catalog: (views) => memoryCatalog(views),
  favourites: (views) => memoryFavourites(views),
  cart: (views) => memoryCart(views),
  outbox: (views, clock) => memoryOutbox(views, clock),
  jobRuns: (views, clock) => memoryJobRuns(views, clock),
  jobChunks: (views, clock) => memoryJobChunks(views, clock),
  events: (views) => memoryEvents(views),
};

/** The parts the units of a storage share. */
export function unitParts(tables: MemoryTables, clock: Clock): UnitParts {
  return { views: openViews(tables), clock, shared: {} };
}

/** One unit's open flag, checked by every call of its stores. */
interface UnitState {
  open: boolean;
}

function assertOpen(state: UnitState): void {
  if (!state.open) throw new YoyakuError('STORE_UNAVAILABLE', 'A store was used after its unit of work ended');
}

/** One method made async for one unit (a function that makes it, so no name is given to each closure). */
function asyncMethod(method: (...args: unknown[]) => unknown, state: UnitState): (...args: unknown[]) => Promise<unknown> {
  return async (...args: unknown[]) => {
    assertOpen(state);
    return method(...args);
  };
}

/**
 * Wraps a synchronous store so each call returns a Promise and checks the unit is still open. The
 * wrapper's methods are own properties (callers spread a store to replace one method).
 */
function asyncStore<T>(store: SyncStore<T>, state: UnitState): T {
  const wrapped: Record<string, unknown> = {};
  const methods = store as Record<string, (...args: unknown[]) => unknown>;
  for (const name in methods) wrapped[name] = asyncMethod(methods[name]!, state);
  return wrapped as T;
}

/** A running unit: its stores, built on first use; a class, so that nothing is named or made for each unit but the unit itself. */
class Unit implements MemoryUnit {
  readonly #state: UnitState = { open: true };
  readonly #built: Partial<Record<keyof StoresTx, unknown>> = {};
  readonly tx: StoresTx;

  constructor(readonly parts: UnitParts) {
    // A literal of getters (own, enumerable: a caller may spread the unit's stores) is much cheaper to make than defineProperty for each.
    const unit = this;
    this.tx = {
      get reservations() {
        return unit.store('reservations');
      },
      get copies() {
        return unit.store('copies');
      },
      get loans() {
        return unit.store('loans');
      },
      get patrons() {
        return unit.store('patrons');
      },
      get catalog() {
        return unit.store('catalog');
      },
      get favourites() {
        return unit.store('favourites');
      },
      get cart() {
        return unit.store('cart');
      },
      get outbox() {
        return unit.store('outbox');
      },
      get jobRuns() {
        return unit.store('jobRuns');
      },
      get jobChunks() {
        return unit.store('jobChunks');
      },
      get events() {
        return unit.store('events');
      },
    };
  }

  store<K extends keyof StoresTx>(name: K): StoresTx[K] {
    let found = this.#built[name] as StoresTx[K] | undefined;
    if (found === undefined) {
      const parts = this.parts;
      const sync = PER_UNIT.has(name) ? FACTORIES[name](parts.views, parts.clock) : (parts.shared[name] ??= FACTORIES[name](parts.views, parts.clock));
      found = asyncStore(sync as SyncStore<StoresTx[K]>, this.#state);
      this.#built[name] = found;
    }
    return found;
  }

  commit(): void {
    commitViews(this.parts.views);
  }

  close(): void {
    if (!this.#state.open) return;
    this.#state.open = false;
    resetViews(this.parts.views);
  }
}

/** Opens a unit of work over the shared views; the caller holds the storage's lock until it closes. */
export function openUnit(parts: UnitParts): MemoryUnit {
  return new Unit(parts);
}
