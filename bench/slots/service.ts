// The service and its storages, from the built package (bench/lib/built-package.ts):
// createReservationService, createMemoryStorage, createSqliteStorage, and fixedClock to pin their
// clocks.
import { builtEntry } from '../lib/built-package.js';

/** Every function the service benchmark needs, or why the package could not be loaded. */
export async function serviceSlots() {
  try {
    const [index, memory, sqlite] = await Promise.all([builtEntry('index'), builtEntry('memory'), builtEntry('sqlite')]);
    return {
      ok: true as const,
      createReservationService: index.createReservationService,
      createMemoryStorage: memory.createMemoryStorage,
      createSqliteStorage: sqlite.createSqliteStorage,
      fixedClock: index.fixedClock,
    };
  } catch (e) {
    return { ok: false as const, missing: e instanceof Error ? e.message : String(e) };
  }
}
