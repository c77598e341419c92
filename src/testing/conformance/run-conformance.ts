import { catalogAndPatronCases } from './cases/catalog-and-patrons.js';
import { catalogItemCases } from './cases/catalog-item.js';
import { copyCases } from './cases/copies.js';
import { copiesOnTheMoveCases } from './cases/copies-on-the-move.js';
import { entryListCases } from './cases/entry-lists.js';
import { entryPageCases } from './cases/entry-pages.js';
import { jobChunkCases } from './cases/job-chunks.js';
import { eventCases } from './cases/events.js';
import { retentionCases } from './cases/retention.js';
import { jobRunCases } from './cases/job-runs.js';
import { loanCases } from './cases/loans.js';
import { outboxCases } from './cases/outbox.js';
import { reservationCases } from './cases/reservations.js';
import { unitOfWorkCases } from './cases/unit-of-work.js';
import type { ConformanceCase, ConformanceOptions } from './types.js';

const CASES: readonly ConformanceCase[] = [
  ...reservationCases,
  ...copyCases,
  ...copiesOnTheMoveCases,
  ...loanCases,
  ...catalogAndPatronCases,
  ...catalogItemCases,
  ...entryListCases,
  ...entryPageCases,
  ...outboxCases,
  ...jobRunCases,
  ...jobChunkCases,
  ...unitOfWorkCases,
  ...eventCases,
  ...retentionCases,
];

/**
 * The names of every case of the conformance suite, in the order they are registered.
 * @category Testing
 * @example
 * CONFORMANCE_CASE_NAMES.some((name) => name.startsWith('[C2]')); // true
 */
export const CONFORMANCE_CASE_NAMES: readonly string[] = CASES.map((c) => c.name);

/**
 * Registers the storage conformance suite with a test runner: every contract of the ports,
 * checked on a fresh storage per case (reads after writes, returned copies, list orders, version
 * conflicts, ten concurrent writers, unit-of-work atomicity, job claims, the outbox, carts and
 * favourites). The project's adapters pass it; a host's own adapter should too. The suite brings
 * its own assertions and imports no test framework: pass your runner's `test` (and `describe`).
 * Failures throw a `ConformanceFailure` that says what was expected and what came back.
 * @param options - the runner's `test`, an optional `describe` and its name, and the factory of fresh storages
 * @category Testing
 * @example
 * import { describe, test } from 'vitest';
 * import { createMemoryStorage } from 'yoyaku-rules/memory';
 * import { runConformance } from 'yoyaku-rules/testing';
 *
 * runConformance({ test, describe, factory: async () => createMemoryStorage() });
 * @example
 * // node:test, with a storage that holds a connection
 * import { describe, test } from 'node:test';
 * runConformance({ test, describe, name: 'my adapter', factory: async () => openMyStorage(await freshDatabase()) });
 */
export function runConformance(options: ConformanceOptions): void {
  const register = (): void => {
    for (const c of CASES) {
      options.test(c.name, async () => {
        const storage = await options.factory();
        try {
          await c.run(storage);
        } finally {
          await storage.close?.();
        }
      });
    }
  };
  if (options.describe) options.describe(options.name ?? 'yoyaku-rules storage conformance', register);
  else register();
}
