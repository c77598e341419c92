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
import { commitViews, openViews, resetViews, type DirtyViews, type MemoryTables, type MemoryViews } from './tables.js';

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
 * (emptied when a unit ends), the list of those a unit wrote to, and the stores that keep
 * nothing of their own between calls, each built on first use. Building them for every unit
 * showed in a year's simulation (thousands of units a day).
 */
export interface UnitParts {
  readonly views: MemoryViews;
  readonly dirty: DirtyViews;
  readonly clock: Clock;
  readonly shared: Partial<Record<keyof StoresTx, unknown>>;
}


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

const STORE_NAMES = Object.keys(FACTORIES) as readonly (keyof StoresTx)[];
const IS_STORE_NAME: ReadonlySet<PropertyKey> = new Set<PropertyKey>(STORE_NAMES);
/** Each store's place in a unit's list of built stores. */
const STORE_INDEX: ReadonlyMap<PropertyKey, number> = new Map<PropertyKey, number>(STORE_NAMES.map((name, i) => [name, i]));

/** The parts the units of a storage share. */
export function unitParts(tables: MemoryTables, clock: Clock): UnitParts {
  const dirty: DirtyViews = [];
  return { views: openViews(tables, dirty), dirty, clock, shared: {} };
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
  // `arguments` passed on as they are: no array made for each call (a store is called some 20 000 times a simulated day).
  return async function (this: unknown) {
    assertOpen(state);
    // eslint-disable-next-line prefer-rest-params
    return method.apply(undefined, arguments as unknown as unknown[]);
  };
}

/** A synchronous store's method names, once per store, each with its place in a unit's list of made methods. */
interface MethodNames {
  readonly list: readonly string[];
  readonly set: ReadonlySet<PropertyKey>;
  readonly index: ReadonlyMap<PropertyKey, number>;
}

const METHOD_NAMES = new WeakMap<object, MethodNames>();

function methodNames(sync: object): MethodNames {
  let names = METHOD_NAMES.get(sync);
  if (names === undefined) {
    const list = Object.keys(sync);
    METHOD_NAMES.set(sync, (names = { list, set: new Set(list), index: new Map(list.map((name, i) => [name, i])) }));
  }
  return names;
}

/** One unit's async face of a synchronous store: each method is made for the unit when first used. */
class UnitStore {
  /** The methods made for the unit, at their place in `names.list` (an array: a `Map` per store per unit showed in the garbage). */
  readonly made: (((...args: unknown[]) => Promise<unknown>) | undefined)[] = [];
  readonly names: MethodNames;

  constructor(
    readonly sync: Record<string, (...args: unknown[]) => unknown>,
    readonly state: UnitState,
  ) {
    this.names = methodNames(sync);
  }

  method(name: PropertyKey): ((...args: unknown[]) => Promise<unknown>) | undefined {
    const at = this.names.index.get(name);
    if (at === undefined) return undefined;
    let made = this.made[at];
    if (made === undefined) this.made[at] = made = asyncMethod(this.sync[name as string]!, this.state);
    return made;
  }
}

/**
 * The store as callers see it: its methods as own, enumerable, read-only properties (callers
 * spread a store to replace one method), made for the unit only when used. A proxy costs one
 * object; a literal of every method made for each unit was much of a unit's cost.
 */
const STORE_HANDLER: ProxyHandler<UnitStore> = {
  get: (store, name) => store.method(name),
  has: (store, name) => store.names.set.has(name),
  ownKeys: (store) => [...store.names.list],
  getOwnPropertyDescriptor: (store, name) => {
    const method = store.method(name);
    return method === undefined ? undefined : { value: method, writable: false, enumerable: true, configurable: true };
  },
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
};

/**
 * The unit's stores as callers see them: own, enumerable, read-only properties (callers spread
 * the stores, or make an object on top of them, to replace one), each store built on first use.
 * A literal of getters made for each unit had a hidden class of its own each time.
 */
const TX_HANDLER: ProxyHandler<Unit> = {
  get: (unit, name) => {
    const at = STORE_INDEX.get(name);
    return at === undefined ? undefined : unit.storeAt(at);
  },
  has: (_unit, name) => IS_STORE_NAME.has(name),
  ownKeys: () => [...STORE_NAMES],
  getOwnPropertyDescriptor: (unit, name) =>
    IS_STORE_NAME.has(name) ? { value: unit.store(name as keyof StoresTx), writable: false, enumerable: true, configurable: true } : undefined,
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
};

/** A running unit: its stores, built on first use. */
class Unit implements MemoryUnit {
  readonly state: UnitState = { open: true };
  /** The stores built for the unit, at their place in `STORE_NAMES` (an array: an object given keys in a different order by each unit had many shapes). */
  readonly built: unknown[] = [];
  readonly tx: StoresTx;

  constructor(readonly parts: UnitParts) {
    this.tx = new Proxy(this, TX_HANDLER) as unknown as StoresTx;
  }

  store<K extends keyof StoresTx>(name: K): StoresTx[K] {
    return this.storeAt(STORE_INDEX.get(name)!) as StoresTx[K];
  }

  storeAt(at: number): unknown {
    let found = this.built[at];
    if (found === undefined) {
      const name = STORE_NAMES[at]!;
      const parts = this.parts;
      const sync = (parts.shared[name] ??= FACTORIES[name](parts.views, parts.clock));
      found = new Proxy(new UnitStore(sync as Record<string, (...args: unknown[]) => unknown>, this.state), STORE_HANDLER);
      this.built[at] = found;
    }
    return found;
  }

  commit(): void {
    commitViews(this.parts.dirty);
  }

  close(): void {
    if (!this.state.open) return;
    this.state.open = false;
    resetViews(this.parts.dirty);
  }
}

/** Opens a unit of work over the shared views; the caller holds the storage's lock until it closes. */
export function openUnit(parts: UnitParts): MemoryUnit {
  return new Unit(parts);
}
