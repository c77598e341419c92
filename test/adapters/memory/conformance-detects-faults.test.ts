import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../../src/memory.js';
import type { StoresTx } from '../../../src/ports/unit-of-work.js';
import { runConformance, type ConformanceFactory } from '../../../src/testing.js';

// The suite is only worth something if it fails for a storage that breaks a contract. Each
// fault below breaks one contract of an otherwise honest memory storage; the cases named must fail.

type StorePatch = { [K in keyof StoresTx]?: Partial<StoresTx[K]> };

/** A memory storage whose stores `patch` overrides in every unit. */
function faulty(patch: (tx: StoresTx) => StorePatch): ConformanceFactory {
  return faultyWithState(() => patch);
}

/** Like {@link faulty}, with state per storage: `makePatch` runs once per storage. */
function faultyWithState(makePatch: () => (tx: StoresTx) => StorePatch): ConformanceFactory {
  return async () => {
    const inner = createMemoryStorage();
    const patchOf = makePatch();
    const patched = (tx: StoresTx): StoresTx => {
      const p = patchOf(tx) as Record<string, object | undefined>;
      return Object.fromEntries(Object.entries(tx).map(([name, store]) => [name, { ...store, ...(p[name] ?? {}) }])) as unknown as StoresTx;
    };
    return {
      ...inner,
      unitOfWork: {
        run: (work) => inner.unitOfWork.run((tx) => work(patched(tx))),
      },
    };
  };
}

function casesOf(factory: ConformanceFactory): Map<string, () => Promise<void>> {
  const cases = new Map<string, () => Promise<void>>();
  runConformance({ test: (name, fn) => cases.set(name, fn), factory });
  return cases;
}

async function failingCases(factory: ConformanceFactory): Promise<string[]> {
  const failed: string[] = [];
  for (const [name, run] of casesOf(factory)) {
    await run().catch(() => failed.push(name));
  }
  return failed;
}

describe('the conformance suite detects faulty storages', () => {
  it('passes every case on the honest memory storage', async () => {
    expect(await failingCases(async () => createMemoryStorage())).toEqual([]);
  });

  it('fails an update that ignores the expected version', async () => {
    const failed = await failingCases(
      faulty((tx) => ({
        reservations: {
          update: async (next) => {
            const stored = await tx.reservations.get(next.id);
            if (stored) await tx.reservations.update({ ...next, version: stored.version + 1 }, stored.version);
          },
        },
      })),
    );
    expect(failed).toContain('reservations: of ten concurrent updates expecting the same version, exactly one wins');
    expect(failed).toContain('reservations: update with a stale expected version fails with VERSION_CONFLICT naming table, id, expected and actual');
  });

  it('fails a unit of work that keeps the writes of a throwing unit', async () => {
    const failed = await failingCases(async () => {
      const storage = createMemoryStorage();
      return {
        ...storage,
        unitOfWork: {
          run: async (work) => {
            let failure: unknown = undefined;
            const result = await storage.unitOfWork.run(async (tx) => {
              try {
                return await work(tx);
              } catch (error) {
                failure = error;
                return undefined as never;
              }
            });
            if (failure !== undefined) throw failure;
            return result;
          },
        },
      };
    });
    expect(failed).toContain('unit of work: a unit that throws leaves nothing written, in any store');
    expect(failed).toContain('outbox: a notice enqueued in a unit of work that throws is never pending');
    expect(failed).toContain('job runs: a claim in a unit of work that throws is rolled back');
  });

  it('fails a queue that keeps pending cancellations or ignores placedAt', async () => {
    const withCancellations = await failingCases(
      faulty((tx) => ({
        reservations: {
          listQueue: async (volumeId) => (await tx.reservations.listByVolume(volumeId)).filter((r) => r.status === 'reserved'),
        },
      })),
    );
    const queueCase =
      '[C2] listQueue gives reserved reservations of the volume by queuedAt, then placedAt, then id, without requested or pending-cancellation ones';
    expect(withCancellations).toContain(queueCase);
    const queuedAtThenId = (r: { id: string; queuedAt?: string }) => `${r.queuedAt ?? ''} ${r.id}`;
    const withoutPlacedAt = await failingCases(
      faulty((tx) => ({
        reservations: {
          listQueue: async (volumeId) =>
            (await tx.reservations.listQueue(volumeId)).sort((a, b) => queuedAtThenId(a).localeCompare(queuedAtThenId(b))),
        },
      })),
    );
    expect(withoutPlacedAt).toContain(queueCase);
  });

  it('[E1] fails a listActiveOfRequesters that leaves out the requesters\' other reservations, or reads the unit\'s writes wrong', async () => {
    const requesters =
      '[C1][E1] reservations: listActiveOfRequesters gives the active reservations of every patron with a request, by placedAt, then id';
    const onlyRequests = await failingCases(faulty((tx) => ({ reservations: { listActiveOfRequesters: () => tx.reservations.listRequested() } })));
    expect(onlyRequests).toContain(requesters);
    const everyActive = await failingCases(
      faulty((tx) => ({
        reservations: {
          listActiveOfRequesters: async () => {
            const patrons = [...new Set((await tx.reservations.listRequested()).map((r) => r.patronId)), 'p-2'];
            return tx.reservations.listActiveByPatrons(patrons);
          },
        },
      })),
    );
    expect(everyActive).toContain(requesters);
  });

  it('[C2] fails a listReservedOrHeldByVolumes that keeps the requests or leaves out the held ones', async () => {
    const reservedOrHeld =
      '[C2] reservations: listReservedOrHeldByVolumes gives the reserved and onHold reservations of every listed volume by placedAt, then id';
    const withRequests = await failingCases(faulty((tx) => ({ reservations: { listReservedOrHeldByVolumes: (ids) => tx.reservations.listByVolumes(ids) } })));
    expect(withRequests).toContain(reservedOrHeld);
    const withoutHeld = await failingCases(
      faulty((tx) => ({ reservations: { listReservedOrHeldByVolumes: async (ids) => (await tx.reservations.listByVolumes(ids)).filter((r) => r.status === 'reserved') } })),
    );
    expect(withoutHeld).toContain(reservedOrHeld);
  });

  it('fails a claim that always wins', async () => {
    const failed = await failingCases(faulty(() => ({ jobRuns: { claim: async () => true } })));
    expect(failed).toContain('[C1] job runs: of ten concurrent claims of one job and date, exactly one wins');
  });

  it('fails a store that hands out its own objects, open to change', async () => {
    const failed = await failingCases(
      faultyWithState(
        () => {
          // The memory storage hands out frozen rows: this one keeps an unfrozen copy and hands out that same object every time.
          const handedOut = new Map<string, Awaited<ReturnType<StoresTx['reservations']['get']>>>();
          return (tx) => ({
            reservations: {
              get: async (id) => {
                if (!handedOut.has(id)) {
                  const row = await tx.reservations.get(id);
                  handedOut.set(id, row === null ? null : { ...row });
                }
                return handedOut.get(id) ?? null;
              },
            },
          });
        },
      ),
    );
    expect(failed).toContain('reservations: callers cannot change the stored state through returned or inserted objects');
  });

  it('fails a cart that accepts a volume twice', async () => {
    const failed = await failingCases(
      faulty((tx) => ({
        cart: {
          add: async (patronId, entry) => {
            const added = await tx.cart.add(patronId, entry);
            return added || true;
          },
        },
      })),
    );
    expect(failed).toContain('[B1] cart: entries are added in order, a volume once only, removed, and kept per patron');
  });

  it('fails an outbox whose markSent always answers true', async () => {
    const failed = await failingCases(
      faulty((tx) => ({
        outbox: {
          markSent: async (id) => {
            await tx.outbox.markSent(id);
            return true;
          },
        },
      })),
    );
    expect(failed).toContain('outbox: markSent takes a notice out of the pending ones, once');
  });

  // issue 9: the staff-list port methods
  it('[P8] fails staff lists that ignore the page, the end date or the order', async () => {
    const ignoresPage = await failingCases(
      faulty((tx) => ({ copies: { listAt: (branchId, status) => tx.copies.listAt(branchId, status, { limit: 1000, offset: 0 }) } })),
    );
    expect(ignoresPage).toContain('copies: listAt gives a page of the copies at a branch in a status, by volume then id');
    const ignoresEnd = await failingCases(
      faulty((tx) => ({ reservations: { listHoldsAt: (branchId, options) => tx.reservations.listHoldsAt(branchId, { limit: options.limit, offset: options.offset }) } })),
    );
    expect(ignoresEnd).toContain('reservations: listHoldsAt gives a page of the holds at a pickup branch by last day, and those ending before a date');
    const unordered = await failingCases(
      faulty((tx) => ({ copies: { listInTransitFrom: async (branchId, page) => (await tx.copies.listInTransitFrom(branchId, page)).reverse() } })),
    );
    expect(unordered).toContain('copies: listInTransitFrom gives a page of the copies in transit from a branch, by destination then id');
    const dropsFields = await failingCases(
      faulty((tx) => ({ copies: { get: async (id) => { const c = await tx.copies.get(id); return c === null ? null : { ...c, reservationId: undefined }; } } })),
    );
    expect(dropsFields).toContain('copies: notForLoan, reservationId and transitFromBranchId read back as written, and absent ones stay absent');
  });

  // issue 12: the read-back's bulk read of open loans
  it('fails a listOpenByCopies that keeps returned loans or loses the order', async () => {
    const name = "loans: listOpenByCopies gives the open loans of every listed copy by copy, lentAt, then id, each copy's last as findOpenByCopy";
    const keepsReturned = await failingCases(
      faulty((tx) => ({
        loans: {
          listOpenByCopies: async (copyIds) => {
            const open = await tx.loans.listOpenByCopies!(copyIds);
            const returned = (await tx.loans.get('l-1')) ?? undefined;
            return returned === undefined ? open : [returned, ...open];
          },
        },
      })),
    );
    expect(keepsReturned).toContain(name);
    const unordered = await failingCases(faulty((tx) => ({ loans: { listOpenByCopies: async (copyIds) => (await tx.loans.listOpenByCopies!(copyIds)).reverse() } })));
    expect(unordered).toContain(name);
  });
});
