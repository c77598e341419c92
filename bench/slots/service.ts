// The service and its storages, when they exist: createReservationService, createMemoryStorage,
// createSqliteStorage, and fixedClock to pin their clocks.
import type { createMemoryStorage } from '../../src/adapters/memory/create-memory-storage.js';
import type { createSqliteStorage } from '../../src/adapters/sqlite/create-sqlite-storage.js';
import type { fixedClock } from '../../src/ports/clock.js';
import type { createReservationService } from '../../src/service/create-reservation-service.js';
import { findExport } from './find-export.js';

/** Every slot the service benchmark needs, or the reasons some are missing. */
export async function serviceSlots() {
  const [service, memory, sqlite, clock] = await Promise.all([
    findExport<typeof createReservationService>('createReservationService', ['service']),
    findExport<typeof createMemoryStorage>('createMemoryStorage', ['memory.ts', 'adapters/memory']),
    findExport<typeof createSqliteStorage>('createSqliteStorage', ['sqlite.ts', 'adapters/sqlite']),
    findExport<typeof fixedClock>('fixedClock', ['ports']),
  ]);
  if (service.value === null || memory.value === null || sqlite.value === null || clock.value === null) {
    const missing = [service, memory, sqlite, clock].flatMap((s) => (s.value === null ? [s.missing] : []));
    return { ok: false as const, missing: missing.join('; ') };
  }
  return { ok: true as const, createReservationService: service.value, createMemoryStorage: memory.value, createSqliteStorage: sqlite.value, fixedClock: clock.value };
}
