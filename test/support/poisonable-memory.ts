import { YoyakuError } from '../../src/errors/yoyaku-error.js';
import { createMemoryStorage, type MemoryStorageOptions } from '../../src/adapters/memory/create-memory-storage.js';
import type { UnitOfWorkOptions } from '../../src/ports/unreadable-records.js';
import type { StoresTx } from '../../src/ports/unit-of-work.js';
import type { CheckInPoisonSubject } from './check-in-poison.js';

type PoisonTable = 'reservations' | 'copies';

/**
 * A memory storage whose chosen rows read as a SQL storage reads rows changed behind its back:
 * `INVALID_RECORD` naming table and id, or (with `onInvalidRecord`) reported and left out. The
 * memory adapter cannot hold a bad row, so this is how the service's set-aside paths run on it.
 */
export function poisonableMemory(options: MemoryStorageOptions): CheckInPoisonSubject {
  const inner = createMemoryStorage(options);
  const poisoned: Record<PoisonTable, Set<string>> = { reservations: new Set(), copies: new Set() };
  const wrapStore = <S extends object>(table: PoisonTable, store: S, unit: UnitOfWorkOptions): S => {
    const bad = (id: unknown): boolean => typeof id === 'string' && poisoned[table].has(id);
    const unreadable = (id: string): boolean => {
      if (unit.onInvalidRecord === undefined) throw new YoyakuError('INVALID_RECORD', `Invalid ${table} record ${id}`, { details: { table, id } });
      unit.onInvalidRecord({ table, id, code: 'INVALID_RECORD' });
      return true;
    };
    const idOf = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined);
    return new Proxy(store, {
      get(target, name, receiver) {
        const method = Reflect.get(target, name, receiver) as unknown;
        if (typeof method !== 'function') return method;
        return async (...args: unknown[]) => {
          const value: unknown = await (method as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          if (Array.isArray(value)) return value.filter((v) => !(bad(idOf(v)) && unreadable(String(idOf(v)))));
          if (bad(idOf(value)) && unreadable(String(idOf(value)))) return null;
          return value;
        };
      },
    });
  };
  const storage = {
    ...inner,
    seed: inner.seed.bind(inner),
    close: inner.close.bind(inner),
    unitOfWork: {
      run: <T>(work: (tx: StoresTx) => Promise<T>, unit: UnitOfWorkOptions = {}) =>
        inner.unitOfWork.run((tx) => {
          const wrapped = Object.create(tx) as StoresTx;
          Object.defineProperty(wrapped, 'reservations', { get: () => wrapStore('reservations', tx.reservations, unit) });
          Object.defineProperty(wrapped, 'copies', { get: () => wrapStore('copies', tx.copies, unit) });
          return work(wrapped);
        }, unit),
    },
  };
  return {
    storage,
    poison: async (table, id) => void poisoned[table].add(id),
    mend: async (table, id) => void poisoned[table].delete(id),
  };
}
