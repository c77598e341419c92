import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage, type MemoryStorage } from '../../src/adapters/memory/create-memory-storage.js';
import type { Reservation } from '../../src/model/reservation.js';
import { ANONYMISED_PATRON_ID } from '../../src/ports/event-log.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { fixedClock, type FixedClock } from '../../src/ports/clock.js';
import type { SeedData } from '../../src/ports/seed-data.js';
import type { StoragePorts } from '../../src/ports/storage-ports.js';
import type { JobProgress } from '../../src/service/internal/chunked-job.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import { checkProperty, FC_SEED } from '../support/fc.js';
import { copy, jst, patron, title, volume } from '../support/records.js';

// Issue 13: the approval batch and the hold expiry in chunks give the results of one unit of
// work: the same decisions, queue order (C2), quota at approval (E1), holds and notices, once;
// and the retention job in chunks anonymises the same records as in bounded units.

const SYSTEM = { kind: 'system' } as const;

interface World {
  readonly patrons: number;
  readonly volumes: number;
  readonly copies: readonly number[];
  readonly requests: readonly { readonly patron: number; readonly volume: number; readonly minute: number; readonly cancel: boolean }[];
  /** Approved reservations already queued while the volume's copies stand on the shelf: a store the service would not have written (a migration, a bench seed), on which both modes must still agree. */
  readonly waiting?: readonly { readonly patron: number; readonly volume: number }[];
}

const worldArb: fc.Arbitrary<World> = fc
  .record({ patrons: fc.integer({ min: 1, max: 6 }), volumes: fc.integer({ min: 1, max: 5 }) })
  .chain(({ patrons, volumes }) =>
    fc.record({
      patrons: fc.constant(patrons),
      volumes: fc.constant(volumes),
      copies: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: volumes, maxLength: volumes }),
      requests: fc.uniqueArray(
        fc.record({
          patron: fc.integer({ min: 0, max: patrons - 1 }),
          volume: fc.integer({ min: 0, max: volumes - 1 }),
          minute: fc.integer({ min: 0, max: 600 }),
          cancel: fc.boolean(),
        }),
        { selector: (r) => `${r.patron}/${r.volume}`, maxLength: 20 },
      ),
      waiting: fc.uniqueArray(
        fc.record({ patron: fc.integer({ min: 0, max: patrons - 1 }), volume: fc.integer({ min: 0, max: volumes - 1 }) }),
        { selector: (r) => `${r.patron}/${r.volume}`, maxLength: 3 },
      ),
    }),
  );

function seedOf(world: World): SeedData {
  const volumeIds = Array.from({ length: world.volumes }, (_, v) => `t-${v}`);
  const reservations: Reservation[] = world.requests.map((r, i) => {
    const placedAt = new Date(Date.parse(jst('2026-12-01', '09:00')) + r.minute * 60_000).toISOString();
    return {
      id: `r-${String(i).padStart(2, '0')}`, patronId: `p-${r.patron}`, titleId: `t-${r.volume}`, volumeId: `t-${r.volume}/1`, audiovisual: false,
      channel: 'online', pickupBranchId: r.patron % 2 === 0 ? 'akeno' : 'nagasaka', placedAt, version: 0, status: 'requested',
      ...(r.cancel && r.minute % 3 === 0 ? { cancellationRequestedAt: placedAt } : {}),
    } as Reservation;
  });
  const waiting: Reservation[] = (world.waiting ?? []).map((w, i) => ({
    id: `w-${i}`, patronId: `p-${w.patron}`, titleId: `t-${w.volume}`, volumeId: `t-${w.volume}/1`, audiovisual: false,
    channel: 'counter', pickupBranchId: 'akeno', placedAt: jst('2026-11-20', '10:00'), version: 0, status: 'reserved', queuedAt: jst('2026-11-20', '10:00'),
  }) as Reservation);
  return {
    patrons: Array.from({ length: world.patrons }, (_, p) => patron(`p-${p}`, { email: `p${p}@example.jp` })),
    titles: volumeIds.map((id) => title(id)),
    volumes: volumeIds.map((id) => volume(id)),
    copies: volumeIds.flatMap((id, v) => Array.from({ length: world.copies[v] ?? 0 }, (_, c) => copy(`c-${v}-${c}`, `${id}/1`))),
    reservations: [...reservations, ...waiting],
  };
}

/** The storage's records, with the outbox as the set of (kind, reservation) pairs (notice ids depend on the order they were made in). */
function stateOf(storage: MemoryStorage) {
  const snap = storage.snapshot();
  return {
    reservations: snap.reservations,
    copies: snap.copies,
    notices: snap.outbox.map(({ notice: n, sentAt }) => `${n.kind} ${n.reservationId ?? ''} ${JSON.stringify(n.payload)} ${sentAt ?? ''}`).sort(),
    // The event log as a multiset: the chunks store their events in their own units, in chunk order.
    events: snap.events.map(({ actor, event }) => JSON.stringify({ actor, event })).sort(),
  };
}

/**
 * A storage whose `failAt`-th unit of work throws before its work runs (a server that crashed at
 * that point), and whose clock moves on a minute after each unit (so a chunk that decided with
 * its own now instead of the run's would show).
 */
function crashing(storage: StoragePorts, clock: FixedClock, failAt: number): StoragePorts {
  let units = 0;
  return {
    clock: storage.clock,
    capabilities: storage.capabilities,
    unitOfWork: {
      run: async (work, options) => {
        if (++units === failAt) throw new Error('crashed');
        try {
          return await storage.unitOfWork.run(work, options);
        } finally {
          clock.advance({ minutes: 1 });
        }
      },
    },
  };
}

async function runDay(world: World, chunk: { size: number; servers: number; crashAt: number } | null) {
  const clock = fixedClock(jst('2026-12-01', '19:00'));
  const storage = createMemoryStorage({ clock, seed: seedOf(world) });
  const policy = hokutoPolicy({ maxOnline: 2, maxOnlineAudiovisual: 2, retentionDays: 30 });
  let n = 0;
  const ids = () => `id-${++n}`;
  const progress: JobProgress[] = [];
  const service = (ports: StoragePorts, server: string) =>
    createReservationService(ports, policy, {
      ids, serverId: server,
      ...(chunk === null ? {} : { jobChunkSize: chunk.size, onJobProgress: (p: JobProgress) => progress.push(p) }),
    });
  const run = async (job: 'runApprovalBatch' | 'runHoldExpiry' | 'runRetention') => {
    if (chunk === null) return [await service(storage, 's-0')[job](SYSTEM)];
    const crashed = await service(crashing(storage, clock, chunk.crashAt), 's-crash')[job](SYSTEM).catch(() => null);
    const rest = await Promise.all(Array.from({ length: chunk.servers }, (_, s) => service(crashing(storage, clock, 0), `s-${s}`)[job](SYSTEM)));
    return crashed === null ? rest : [crashed, ...rest];
  };
  clock.set(jst('2026-12-02', '08:30'));
  const approvals = await run('runApprovalBatch');
  const afterApproval = stateOf(storage);
  clock.set(jst('2026-12-20', '08:30'));
  const expiries = await run('runHoldExpiry');
  const again = await service(storage, 's-late').runApprovalBatch(SYSTEM, { date: '2026-12-02' });
  const afterExpiry = stateOf(storage);
  // 30 days kept: the records that ended before 2027-01-01 (the rejections, lapses and cancellations of December) lose their patron.
  clock.set(jst('2027-01-31', '06:00'));
  const retentions = await run('runRetention');
  return { approvals, expiries, again, afterApproval, afterExpiry, afterRetention: stateOf(storage), retentions, jobRuns: storage.snapshot().jobRuns, progress };
}

function totals(results: readonly ({ ok: boolean; value?: unknown } | null)[]) {
  const sum = { approved: 0, rejected: 0, cancelled: 0, lapsed: 0, newHolds: 0 };
  for (const r of results) {
    if (r === null || !r.ok) continue;
    const v = r.value as typeof sum;
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += v[k];
  }
  return sum;
}

describe('chunked jobs', () => {
  it('[C1][C2][E1][D3][P18] the approval batch, the expiry and the retention job in chunks (several servers, a crash between units) give the results of one unit, also on a store with shelved copies already waited for', async () => {
    console.log(`chunked-jobs property: FC_SEED=${FC_SEED}`);
    await checkProperty(
      fc.asyncProperty(
        worldArb,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 6 }),
        async (world, size, servers, crashAt) => {
          const one = await runDay(world, null);
          const chunked = await runDay(world, { size, servers, crashAt });
          expect(chunked.afterApproval).toEqual(one.afterApproval);
          expect(chunked.afterExpiry).toEqual(one.afterExpiry);
          expect(chunked.afterRetention).toEqual(one.afterRetention);
          expect(chunked.again.ok && chunked.again.value.claimed).toBe(false);
          const runs = (day: typeof chunked) => day.jobRuns.filter((r) => r.job !== 'retention');
          expect(runs(chunked).map((r) => [r.job, r.date, r.finishedAt !== null])).toEqual(runs(one).map((r) => [r.job, r.date, true]));
          expect(chunked.jobRuns.filter((r) => r.job === 'retention').map((r) => [r.date, r.finishedAt !== null])).toEqual([['2027-01-31', true]]);
          const anonymised = (results: typeof one.retentions) => results.reduce((n, r) => n + (r !== null && r.ok ? (r.value as { reservations: number }).reservations : 0), 0);
          expect(chunked.afterRetention.reservations.filter((r) => r.patronId === ANONYMISED_PATRON_ID)).toHaveLength(anonymised(one.retentions));
          for (const p of chunked.progress) expect(p.chunksDone).toBeLessThanOrEqual(p.chunksTotal);
        },
      ),
      60,
    );
  }, 120_000);

  it('[C1] reports progress chunk by chunk, and the day is complete only when every chunk is', async () => {
    const world: World = {
      patrons: 5, volumes: 3, copies: [1, 0, 2],
      requests: [0, 1, 2, 3, 4].map((p) => ({ patron: p, volume: p % 3, minute: p * 10, cancel: false })),
    };
    const result = await runDay(world, { size: 2, servers: 1, crashAt: 99 });
    const approval = result.progress.filter((p) => p.job === 'approval');
    expect(approval.map((p) => p.chunksDone)).toEqual([1, 2, 3, 4, 5]);
    expect(approval.every((p) => p.chunksTotal === 5)).toBe(true);
    expect(totals(result.approvals)).toEqual(totals((await runDay(world, null)).approvals));
  });

  it('[P16] a chunked run for a day after today in Japan is INVALID_INPUT and claims nothing', async () => {
    const storage = createMemoryStorage({ clock: fixedClock(jst('2026-12-01', '10:00')) });
    const service = createReservationService(storage, hokutoPolicy(), { jobChunkSize: 2 });
    const result = await service.runApprovalBatch(SYSTEM, { date: '2026-12-02' });
    expect(!result.ok && result.kind === 'error' && result.code).toBe('INVALID_INPUT');
    expect(storage.snapshot().jobRuns).toEqual([]);
  });
});

