import { describe, expect, it } from 'vitest';
import { createReservationService } from '../../../src/service/create-reservation-service.js';
import type { ReservationService } from '../../../src/service/reservation-service.js';
import { SIMULATION_COUNT_NAMES } from '../../../src/testing/simulation/counts.js';
import { simulationSummary } from '../../../src/testing/simulation/report.js';
import { runSimulation } from '../../../src/testing/simulation/run-simulation.js';
import { formatSimulationReport } from '../../../src/testing/simulation/format-report.js';
import { createMemoryStorage } from '../../../src/adapters/memory/create-memory-storage.js';
import { SMALL, simulate } from './support.js';

describe('runSimulation', () => {
  it('reads back the same on a store without the optional LoanStore.listOpenByCopies (findOpenByCopy per copy)', async () => {
    let perCopy = 0;
    const without = await simulate({
      days: 12,
      seed: 'loans',
      storage: ({ clock }) => {
        const memory = createMemoryStorage({ clock });
        return {
          ...memory,
          seed: (data) => memory.seed(data),
          unitOfWork: {
            run: (work) =>
              memory.unitOfWork.run((tx) => {
                const { listOpenByCopies: _bulk, ...loans } = tx.loans;
                return work({ ...tx, loans: { ...loans, findOpenByCopy: (copyId) => (perCopy++, tx.loans.findOpenByCopy(copyId)) } });
              }),
          },
        };
      },
    });
    const withBulk = await simulate({ days: 12, seed: 'loans' });
    expect(perCopy).toBeGreaterThan(1_000);
    expect(simulationSummary(without)).toEqual(simulationSummary(withBulk));
    expect(without.weeks).toEqual(withBulk.weeks);
  });

  it('[C1] gives the same report for the same seed and store, and another for another seed', async () => {
    const a = await simulate({ days: 5, seed: 'same' });
    const b = await simulate({ days: 5, seed: 'same' });
    const c = await simulate({ days: 5, seed: 'other' });
    expect(simulationSummary(b)).toEqual(simulationSummary(a));
    expect(b.weeks).toEqual(a.weeks);
    expect(c.counts).not.toEqual(a.counts);
  });

  it('[C1][D2][D3][P8][P10][P11] sixty days call every operation of the service and make every count, with no violation', async () => {
    const calls = new Map<string, number>();
    const report = await simulate({
      days: 60,
      service: (ports, policy, options) => {
        const real = createReservationService(ports, policy, options);
        const counted = { ...real };
        for (const name of Object.keys(real) as (keyof ReservationService)[]) {
          calls.set(name, 0);
          (counted as Record<string, unknown>)[name] = (...args: unknown[]) => {
            calls.set(name, (calls.get(name) ?? 0) + 1);
            return (real[name] as (...a: unknown[]) => unknown)(...args);
          };
        }
        return counted;
      },
    });
    expect(report.violations).toEqual([]);
    expect([...calls].filter(([, n]) => n === 0).map(([name]) => name)).toEqual([]);
    expect(SIMULATION_COUNT_NAMES.filter((name) => report.counts[name] === 0)).toEqual([]);
    expect(report.months.map((m) => m.month)).toEqual(['2026-04', '2026-05']);
    expect(report.weeks).toHaveLength(9);
    expect(report.weeks[0]?.placed).toBeGreaterThan(0);
  }, 180_000);

  it('[C1] checks after every step in strict mode, more often than once a day', async () => {
    const daily = await simulate({ days: 3 });
    const strict = await simulate({ days: 3, strict: true });
    expect(strict.violations).toEqual([]);
    const checks = (r: typeof daily) => r.invariants.find((i) => i.name === 'copy-in-one-place')?.checks ?? 0;
    expect(checks(strict)).toBeGreaterThan(checks(daily));
    expect(strict.counts).toEqual(daily.counts);
  });

  it('[A4] refuses online work in the maintenance window it adds to a policy without one', async () => {
    const report = await runSimulation({ ...SMALL, days: 14, seed: 'm', start: '2026-04-06' });
    expect(report.counts.refusedMaintenance).toBeGreaterThan(0);
  });

  it('refuses options that are not options', async () => {
    await expect(runSimulation({ days: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(runSimulation({ start: '2026-13-01' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('formats a month table with a total line', async () => {
    const text = formatSimulationReport(await simulate({ days: 2 }));
    expect(text).toMatch(/^total +\d+/m);
    expect(text).toMatch(/Invariants:\n {2}ok {4}copy-in-one-place/);
  });
});
