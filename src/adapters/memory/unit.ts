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

const STORE_NAMES = Object.keys(FACTORIES) as (keyof StoresTx)[];

/** The parts the units of a storage share. */
export function unitParts(tables: MemoryTables, clock: Clock): UnitParts {
  return { views: openViews(tables), clock, shared: {} };
}

/** Wraps a synchronous store so each call returns a Promise and checks the unit is still open. */
function asyncStore<T>(store: SyncStore<T>, assertOpen: () => void): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(store as Record<string, (...args: unknown[]) => unknown>)) {
    wrapped[name] = async (...args: unknown[]) => {
      assertOpen();
      return method(...args);
    };
  }
  return wrapped as T;
}

/** Opens a unit of work over the shared views; the caller holds the storage's lock until it closes. */
export function openUnit(parts: UnitParts): MemoryUnit {
  let open = true;
  const assertOpen = (): void => {
    if (!open) throw new YoyakuError('STORE_UNAVAILABLE', 'A store was used after its unit of work ended');
  };
  const syncStore = (name: keyof StoresTx): SyncStore<unknown> => {
    if (PER_UNIT.has(name)) return FACTORIES[name](parts.views, parts.clock) as SyncStore<unknown>;
    return (parts.shared[name] ??= FACTORIES[name](parts.views, parts.clock)) as SyncStore<unknown>;
  };
  const built: Partial<Record<keyof StoresTx, unknown>> = {};
  const tx = {} as StoresTx;
  for (const name of STORE_NAMES) {
    Object.defineProperty(tx, name, {
      enumerable: true,
      get: () => (built[name] ??= asyncStore(syncStore(name), assertOpen)),
    });
  }
  return {
    tx,
    commit: () => commitViews(parts.views),
    close: () => {
      if (!open) return;
      open = false;
      resetViews(parts.views);
    },
  };
}
