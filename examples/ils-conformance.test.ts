// An ILS's integration test: the ILS keeps reservations in its own database, behind its own
// implementation of the storage ports, and checks that implementation with the conformance suite
// of `yoyaku-rules/testing`, in its own test runner (here Node's `node:test`; vitest, jest and
// mocha work the same way: `runConformance` needs only the runner's `test`).
//
// To keep this example short, "the ILS's adapter" wraps the in-memory storage and counts the
// units of work it runs, as an adapter that logs or meters its transactions would. Replace
// `createIlsStorage` with a factory of your own adapter on a fresh, empty database.
//
//   npm run build && node --import tsx examples/ils-conformance.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Clock, StoragePorts, StoresTx } from 'yoyaku-rules';
import { createMemoryStorage } from 'yoyaku-rules/memory';
import { CONFORMANCE_CASE_NAMES, runConformance, runScenario, type ConformanceStorage, type ScenarioInput } from 'yoyaku-rules/testing';

let unitsRun = 0;

/** The ILS's storage: every port of the library, plus `seed` and `close` for the tests. */
function createIlsStorage(options: { clock?: Clock } = {}): ConformanceStorage {
  const inner = createMemoryStorage(options.clock === undefined ? {} : { clock: options.clock });
  const ports: StoragePorts = {
    clock: inner.clock,
    capabilities: inner.capabilities,
    unitOfWork: {
      run<T>(work: (tx: StoresTx) => Promise<T>): Promise<T> {
        unitsRun++;
        return inner.unitOfWork.run(work);
      },
    },
  };
  return { ...ports, seed: (data) => inner.seed(data), close: () => inner.close() };
}

// Every contract of the ports, one test per case, each on a fresh storage.
runConformance({
  test,
  describe,
  name: 'the ILS storage passes the yoyaku-rules conformance suite',
  factory: () => createIlsStorage(),
});

// The library's rules, played on the ILS storage: a scenario is a day of the library as data.
const scenario: ScenarioInput = {
  name: 'A request approved the next open day, then held when the copy comes back',
  rules: ['C1', 'D1', 'D2'],
  library: {
    patrons: [{ id: 'hanako' }, { id: 'taro', internetRegistered: false }],
    titles: [{ id: 'genji', name: '源氏物語', copies: [{ id: 'genji-1', branch: 'akeno' }] }],
  },
  steps: [
    { at: '2026-12-01T10:30:00+09:00', actor: { staff: 'akeno' }, do: 'checkoutWalkIn', args: { patronId: 'taro', copyId: 'genji-1' } },
    { at: '2026-12-01T20:00:00+09:00', actor: { patron: 'hanako' }, do: 'reserveOnline', args: { volumeId: 'genji/1', pickupBranchId: 'akeno' }, as: 'r1' },
    { expect: { reservation: 'r1', status: 'requested', queuePosition: null } },
    { at: '2026-12-02T08:30:00+09:00', actor: 'system', do: 'runApprovalBatch' },
    { expect: { reservation: 'r1', status: 'reserved', queuePosition: 1 } },
    { at: '2026-12-05T14:00:00+09:00', actor: { staff: 'akeno' }, do: 'checkIn', args: { copyId: 'genji-1' } },
    { expect: { reservation: 'r1', status: 'onHold', lastDay: '2026-12-12', notice: { patron: 'hanako', count: 1 } } },
  ],
};

describe('the reservation service on the ILS storage', () => {
  test('plays a scenario with every expectation holding', async () => {
    const report = await runScenario(scenario, { storage: ({ clock }) => createIlsStorage({ clock }) });
    assert.equal(report.passed, true);
    assert.equal(report.summary.expectations, 3);
  });
});

test('every case ran through the ILS storage', (t) => {
  t.diagnostic(`${CONFORMANCE_CASE_NAMES.length} conformance cases ran ${unitsRun} units of work on the ILS storage`);
  assert.ok(unitsRun > CONFORMANCE_CASE_NAMES.length);
});
