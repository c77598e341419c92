import type { Clock } from './clock.js';
import type { UnitOfWork } from './unit-of-work.js';

/**
 * What a storage promises beyond the port contracts, so a host (or the service) can tell the
 * memory adapter from a shared database.
 * @category Ports
 * @example
 * const memory: StorageCapabilities = { transactions: true, concurrentWriters: false };
 */
export interface StorageCapabilities {
  /** Writes of a unit of work commit together or not at all. The conformance suite requires it. */
  readonly transactions: boolean;
  /**
   * Several processes or servers may write the same storage at once, and version checks and job
   * claims hold across them (PostgreSQL: yes; the in-process memory adapter: no).
   */
  readonly concurrentWriters: boolean;
}

/**
 * Everything the service takes from storage: units of work over the stores, the clock, and the
 * declared capabilities. Adapters build it with a factory (`createMemoryStorage()` and the SQL
 * adapters' factories).
 * @category Ports
 * @example
 * import { createMemoryStorage } from 'yoyaku-rules/memory';
 * const ports: StoragePorts = createMemoryStorage();
 * ports.capabilities.transactions; // true
 */
export interface StoragePorts {
  readonly unitOfWork: UnitOfWork;
  readonly clock: Clock;
  readonly capabilities: StorageCapabilities;
}
