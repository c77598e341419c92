import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../../src/policy/presets/hokuto.js';
import { createReservationService } from '../../../src/service/create-reservation-service.js';
import type { ReservationService } from '../../../src/service/reservation-service.js';
import { SIMULATION_INVARIANTS } from '../../../src/testing/simulation/invariants/index.js';
import { createMemoryStorage, once, simulate, touchedRecords, violationsOf } from './support.js';

const FAULT_DAY = '2026-04-08';

function wrapped(patch: (real: ReservationService, ports: Parameters<typeof createReservationService>[0]) => Partial<ReservationService>) {
  return (ports: Parameters<typeof createReservationService>[0], policy: Parameters<typeof createReservationService>[1], options: Parameters<typeof createReservationService>[2]) => {
    const real = createReservationService(ports, policy, options);
    return { ...real, ...patch(real, ports) };
  };
}

describe('the simulation’s invariants, each broken on purpose', () => {
  it('a clean run breaks none, and checks each', async () => {
    const report = await simulate();
    expect(report.violations).toEqual([]);
    for (const inv of report.invariants) expect(inv.checks, inv.name).toBeGreaterThan(0);
    expect(report.invariants.map((i) => i.name)).toEqual(SIMULATION_INVARIANTS.map((i) => i.name));
  });

  it('[D1] copy-in-one-place: a copy on loan that is also back on the shelf', async () => {
    const report = await simulate({
      afterDay: once(FAULT_DAY, async (tx, touched) => {
        const { copies } = await touchedRecords(tx, touched);
        const lent = copies.find((c) => c.status === 'onLoan')!;
        await tx.copies.update({ ...lent, status: 'onShelf', version: lent.version + 1 }, lent.version);
      }),
    });
    expect(violationsOf(report, 'copy-in-one-place').join('\n')).toMatch(/is onShelf at .* and on loan/);
  });

  it('[B4][D1] hold-on-pickup-shelf: a hold whose copy sits at another library', async () => {
    const report = await simulate({
      afterDay: once(FAULT_DAY, async (tx, touched) => {
        const { copies, reservations } = await touchedRecords(tx, touched);
        const hold = reservations.find((r) => r.status === 'onHold')!;
        const copy = copies.find((c) => hold.status === 'onHold' && c.id === hold.copyId)!;
        const elsewhere = hold.pickupBranchId === 'akeno' ? 'sutama' : 'akeno';
        await tx.copies.update({ ...copy, locationBranchId: elsewhere, version: copy.version + 1 }, copy.version);
      }),
    });
    expect(violationsOf(report, 'hold-on-pickup-shelf').join('\n')).toMatch(/has copy \S+ onHoldShelf at/);
  });

  it('[D1][E5] transit-has-destination-and-reason: a copy sent in transit for nobody', async () => {
    const report = await simulate({
      afterDay: once(FAULT_DAY, async (tx, touched) => {
        const { copies, reservations } = await touchedRecords(tx, touched);
        const copy = copies.find((c) => c.status === 'onShelf' && c.ownerBranchId !== 'museum' && !reservations.some((r) => r.volumeId === c.volumeId))!;
        const to = copy.ownerBranchId === 'mukawa' ? 'takane' : 'mukawa';
        await tx.copies.update({ ...copy, status: 'inTransit', locationBranchId: to, version: copy.version + 1 }, copy.version);
      }),
    });
    expect(violationsOf(report, 'transit-has-destination-and-reason').join('\n')).toMatch(/in transit to \w+ for no reason/);
  });

  it('[E1] online-quota: a service whose quota was lifted', async () => {
    const strict = hokutoPolicy({ maxOnline: 2, maxOnlineAudiovisual: 1 });
    const report = await simulate({ policy: strict, service: (ports, _policy, options) => createReservationService(ports, hokutoPolicy(), options) });
    expect(violationsOf(report, 'online-quota').join('\n')).toMatch(/active (audiovisual )?online reservations \(maxOnline(Audiovisual)? [12]\)/);
    const control = await simulate({ policy: strict });
    expect(violationsOf(control, 'online-quota')).toEqual([]);
  });

  it('[C1] approval-after-next-open-day: a request approved on the day it was made', async () => {
    const report = await simulate({
      service: wrapped((real, ports) => ({
        submitCart: async (actor, input) => {
          const result = await real.submitCart(actor, input);
          if (!result.ok) return result;
          const now = ports.clock.now();
          await ports.unitOfWork.run(async (tx) => {
            for (const o of result.value) {
              if (!o.ok) continue;
              const r = await tx.reservations.get(o.reservationId);
              if (r?.status === 'requested') await tx.reservations.update({ ...r, status: 'reserved', queuedAt: now, version: r.version + 1 }, r.version);
            }
          });
          return result;
        },
      })),
    });
    expect(violationsOf(report, 'approval-after-next-open-day').join('\n')).toMatch(/requested on (\S+) was decided on \1, before/);
  });

  it('[P10] approval-after-next-open-day: staff approvals taken at any library', async () => {
    const report = await simulate({
      days: 21,
      service: wrapped((real, ports) => ({
        approveByStaff: async (actor, input) => {
          const r = await ports.unitOfWork.run((tx) => tx.reservations.get(input.reservationId));
          return real.approveByStaff(actor.kind === 'staff' && r !== null ? { ...actor, branchId: r.pickupBranchId } : actor, input);
        },
      })),
    });
    expect(report.counts.approvedByStaff).toBeGreaterThan(0);
    expect(violationsOf(report, 'approval-after-next-open-day').join('\n')).toMatch(/\(pickup (\w+)\) was decided by staff at (?!\1)\w+ \(P10\)/);
  });

  it('[C2][C3] walk-in-priority: a walk-in refused because an online request is pending', async () => {
    const report = await simulate({
      service: wrapped((real, ports) => ({
        checkoutWalkIn: async (actor, input) => {
          const waiting = await ports.unitOfWork.run(async (tx) => {
            const copy = await tx.copies.get(input.copyId);
            return copy === null ? [] : tx.reservations.listByVolume(copy.volumeId);
          });
          if (waiting.some((r) => r.status === 'requested')) return { ok: false, kind: 'refused', refusals: [{ code: 'RESERVED_FOR_QUEUE', rule: 'C2' }] };
          return real.checkoutWalkIn(actor, input);
        },
      })),
    });
    expect(violationsOf(report, 'walk-in-priority').join('\n')).toMatch(/was refused copy \S+ at \w+ \(RESERVED_FOR_QUEUE\) though only requests/);
  });

  it('[D2] hold-last-day: a service that keeps holds ten days', async () => {
    const report = await simulate({ service: (ports, policy, options) => createReservationService(ports, { ...policy, holdDays: 10 }, options) });
    expect(violationsOf(report, 'hold-last-day').join('\n')).toMatch(/noticed on (\d{4}-\d\d-\d\d) at \w+ ends on \S+, not/);
  });

  it('[P11] hold-last-day: a service that extends holds past the policy’s maximum', async () => {
    const report = await simulate({ days: 21, service: (ports, policy, options) => createReservationService(ports, { ...policy, maxHoldExtensionDays: 10 }, options) });
    expect(violationsOf(report, 'hold-last-day').join('\n')).toMatch(/extended hold \S+ noticed on \S+ at \w+ ends on \S+, outside \S+ to \S+ \(P11\)/);
  });

  it('[D1] notice-only-for-holds: a delivery that mails the hold notice of a reservation never on hold', async () => {
    // The service's own delivery drops such a notice (D1), so the fault is a delivery that does not:
    // a reservation is cancelled from the queue, and the next delivery mails a hold notice for it.
    let target: { readonly id: string; readonly patronId: string } | null = null;
    let forged = false;
    const report = await simulate({
      afterDay: once(FAULT_DAY, async (tx, touched) => {
        const { reservations } = await touchedRecords(tx, touched);
        const queued = reservations.find((r) => r.status === 'reserved' || r.status === 'requested')!;
        await tx.reservations.update({ ...queued, status: 'cancelled', cancelledAt: '2026-04-08T03:00:00.000Z', cancelledBy: 'staff', cancelledFrom: queued.status === 'reserved' ? 'reserved' : 'requested', version: queued.version + 1 } as never, queued.version);
        target = { id: queued.id, patronId: queued.patronId };
      }),
      service: wrapped((real) => ({
        async deliverNotices(send) {
          const result = await real.deliverNotices(send);
          const victim = target;
          for (let attempt = 0; victim !== null && !forged && attempt < 20; attempt++) {
            await send({
              id: 'forged-1', kind: 'holdNotice', patronId: victim.patronId, reservationId: victim.id, createdAt: '2026-04-09T03:00:00.000Z',
              to: null, locale: 'ja', subject: '', body: '', payload: { lastDay: '2026-04-16' },
            }).then(() => { forged = true; }, () => undefined);
          }
          return result;
        },
      })),
    });
    expect(forged).toBe(true);
    expect(violationsOf(report, 'notice-only-for-holds').join('\n')).toMatch(/notice forged-1 went out for reservation \S+, which is cancelled from (reserved|requested), never on hold/);
  });

  it('[D3] lapsed-copy-passed-on: an expiry that leaves the copy on the hold shelf', async () => {
    const report = await simulate({
      days: 14,
      service: wrapped((real, ports) => ({
        runHoldExpiry: async (actor, input) => {
          const result = await real.runHoldExpiry(actor, input);
          if (!result.ok) return result;
          await ports.unitOfWork.run(async (tx) => {
            for (const e of result.events) {
              if (e.type !== 'holdLapsed') continue;
              const copy = (await tx.copies.get(e.copyId))!;
              if (copy.status !== 'onHoldShelf') await tx.copies.update({ ...copy, status: 'onHoldShelf', version: copy.version + 1 }, copy.version);
            }
          });
          return result;
        },
      })),
    });
    expect(violationsOf(report, 'lapsed-copy-passed-on').join('\n')).toMatch(/copy \S+ of lapsed hold \S+ stays on the hold shelf at \w+ for nobody/);
  });

  it('[E5] museum-no-hold-shelf: a museum copy on the museum’s hold shelf', async () => {
    const report = await simulate({
      afterDay: async ({ date, ports, touched }) => {
        if (date !== FAULT_DAY) return;
        await ports.unitOfWork.run(async (tx) => {
          for (let i = 1; i < 3_000; i++) {
            const copy = await tx.copies.get(`c${String(i).padStart(6, '0')}`);
            if (copy?.ownerBranchId === 'museum' && copy.status === 'onShelf' && copy.locationBranchId === 'museum') {
              await tx.copies.update({ ...copy, status: 'onHoldShelf', version: copy.version + 1 }, copy.version);
              touched.volumes.add(copy.volumeId);
              return;
            }
          }
        });
      },
    });
    expect(violationsOf(report, 'museum-no-hold-shelf').join('\n')).toMatch(/owner museum\) is on the hold shelf of the museum museum/);
  });

  it('[C1] batch-once-per-day: job claims that let a second server run the batch again', async () => {
    const report = await simulate({
      days: 3,
      storage: ({ clock }) => {
        const memory = createMemoryStorage({ clock });
        return {
          ...memory,
          seed: (data) => memory.seed(data),
          unitOfWork: { run: (work) => memory.unitOfWork.run((tx) => work({ ...tx, jobRuns: { ...tx.jobRuns, claim: async (job, date, owner) => (await tx.jobRuns.claim(job, date, owner)) || true } })) },
        };
      },
    });
    expect(violationsOf(report, 'batch-once-per-day')).toContain('the approval batch of 2026-04-01 ran 2 times (again on server sim-b)');
  });

  it('[F1] final-stays-final: a collected reservation put back in the queue', async () => {
    const report = await simulate({
      afterDay: async ({ date, ports, touched }) => {
        if (date !== FAULT_DAY) return;
        await ports.unitOfWork.run(async (tx) => {
          for (const id of [...touched.reservations].sort()) {
            const r = await tx.reservations.get(id);
            if (r?.status === 'collected') {
              await tx.reservations.update({ ...r, status: 'reserved', queuedAt: '2026-04-08T03:00:00.000Z', version: r.version + 1 } as never, r.version);
              return;
            }
          }
        });
      },
    });
    expect(violationsOf(report, 'final-stays-final').join('\n')).toMatch(/reservation \S+ was collected, a final status, and is now reserved/);
  });

  it('operations-answer: a service that answers renewals with an error', async () => {
    const report = await simulate({
      service: wrapped(() => ({ renewLoan: async () => ({ ok: false, kind: 'error', code: 'CONFLICT', message: 'the store kept changing', issues: [] }) })),
    });
    expect(violationsOf(report, 'operations-answer').join('\n')).toMatch(/renewLoan at \S+ answered CONFLICT/);
  });
});
