import type { SeedableStorage } from '../../ports/seed-data.js';
import type { StoragePorts } from '../../ports/storage-ports.js';

/**
 * A storage under test: the ports, `seed` (patrons, titles and volumes cannot be created through
 * the ports, so the suite seeds them this way; every other record it writes through the ports),
 * and an optional `close`, called after each case.
 * @category Testing
 * @example
 * const subject: ConformanceStorage = createMemoryStorage();
 */
export interface ConformanceStorage extends StoragePorts, SeedableStorage {
  /** Releases what the storage holds (connections, files); called once after each case. */
  close?(): Promise<void>;
}

/**
 * Makes a fresh, empty storage for one case. Called once per case: no case sees another's records.
 * @category Testing
 * @example
 * const factory: ConformanceFactory = async () => createMemoryStorage();
 */
export type ConformanceFactory = () => Promise<ConformanceStorage> | ConformanceStorage;

/**
 * The test runner's `test` (or `it`): registers a named async case. Vitest's, Jest's, Mocha's and
 * `node:test`'s all fit.
 * @category Testing
 * @example
 * import { test } from 'vitest';
 * const register: ConformanceTest = test;
 */
export type ConformanceTest = (name: string, fn: () => Promise<void>) => unknown;

/**
 * The test runner's `describe`: groups the cases under one name.
 * @category Testing
 * @example
 * import { describe } from 'vitest';
 * const group: ConformanceDescribe = describe;
 */
export type ConformanceDescribe = (name: string, fn: () => void) => unknown;

/**
 * Options of `runConformance`. The suite brings its own assertions, so only `test` and
 * `factory` are needed; no test framework is imported by the library.
 * @category Testing
 * @example
 * import { describe, test } from 'vitest';
 * const options: ConformanceOptions = { test, describe, factory: async () => createMemoryStorage() };
 */
export interface ConformanceOptions {
  readonly test: ConformanceTest;
  readonly factory: ConformanceFactory;
  /** When given, every case is registered inside one `describe` block named `name`. */
  readonly describe?: ConformanceDescribe | undefined;
  /** The name of the `describe` block. Default: `yoyaku-rules storage conformance`. */
  readonly name?: string | undefined;
}

/** One case of the suite: a name and what it checks on a fresh storage. */
export interface ConformanceCase {
  readonly name: string;
  readonly run: (storage: ConformanceStorage) => Promise<void>;
}
