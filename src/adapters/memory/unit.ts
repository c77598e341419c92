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
import { commitViews, openViews, type MemoryTables } from './tables.js';

/** One running unit of work: its stores, and how it ends. */
export interface MemoryUnit {
  readonly tx: StoresTx;
  /** Applies the unit's writes to the committed tables. */
  commit(): void;
  /** Ends the unit: its stores refuse every later call. */
  close(): void;
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

/** Opens a unit of work over the tables, with copy-on-write views. */
export function openUnit(tables: MemoryTables, clock: Clock): MemoryUnit {
  const views = openViews(tables);
  let open = true;
  const assertOpen = (): void => {
    if (!open) throw new YoyakuError('STORE_UNAVAILABLE', 'A store was used after its unit of work ended');
  };
  // Each store is built on first use: most units touch a few of the eleven, and building them
  // all showed in a year's simulation (thousands of units a day).
  const factories: { readonly [K in keyof StoresTx]: () => SyncStore<StoresTx[K]> } = {
    reservations: () => memoryReservations(views),
    copies: () => memoryCopies(views),
    loans: () => memoryLoans(views),
    patrons: () => memoryPatrons(views),
    catalog: () => memoryCatalog(views),
    favourites: () => memoryFavourites(views),
    cart: () => memoryCart(views),
    outbox: () => memoryOutbox(views, clock),
    jobRuns: () => memoryJobRuns(views, clock),
    jobChunks: () => memoryJobChunks(views, clock),
    events: () => memoryEvents(views),
  };
  const built: Partial<Record<keyof StoresTx, unknown>> = {};
  const tx = {} as StoresTx;
  for (const name of Object.keys(factories) as (keyof StoresTx)[]) {
    Object.defineProperty(tx, name, {
      enumerable: true,
      get: () => (built[name] ??= asyncStore(factories[name]() as SyncStore<unknown>, assertOpen)),
    });
  }
  return {
    tx,
    commit: () => commitViews(views),
    close: () => {
      open = false;
    },
  };
}
