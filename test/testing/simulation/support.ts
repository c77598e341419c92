import { createMemoryStorage } from '../../../src/adapters/memory/create-memory-storage.js';
import type { Copy } from '../../../src/model/material.js';
import type { Reservation } from '../../../src/model/reservation.js';
import type { StoragePorts } from '../../../src/ports/storage-ports.js';
import type { StoresTx } from '../../../src/ports/unit-of-work.js';
import { runSimulation, type SimulationOptions } from '../../../src/testing/simulation/run-simulation.js';
import type { SimulationReport } from '../../../src/testing/simulation/report.js';
import type { SimulationTouched as Touched } from '../../../src/testing/simulation/touched.js';

/** A small library for tests: the same traffic, a tenth of the size. */
export const SMALL: SimulationOptions = { size: { titles: 1_500, patrons: 400 }, actionsPerDay: 150, start: '2026-04-01' };

export function simulate(options: SimulationOptions = {}): Promise<SimulationReport> {
  return runSimulation({ ...SMALL, days: 10, seed: 'test', ...options });
}

export function violationsOf(report: SimulationReport, invariant: string): readonly string[] {
  return report.violations.filter((v) => v.invariant === invariant).map((v) => v.detail);
}

/** The copies and active reservations of the volumes a day touched. */
export async function touchedRecords(tx: StoresTx, touched: Touched): Promise<{ copies: Copy[]; reservations: Reservation[] }> {
  const copies: Copy[] = [];
  const reservations: Reservation[] = [];
  for (const v of [...touched.volumes].sort()) {
    copies.push(...(await tx.copies.listByVolume(v)));
    reservations.push(...(await tx.reservations.listByVolume(v)));
  }
  return { copies, reservations };
}

/** Runs a fault once, on the given day, in its own unit of work. */
export function once(day: string, fault: (tx: StoresTx, touched: Touched) => Promise<void>): SimulationOptions['afterDay'] {
  return async ({ date, ports, touched }: { date: string; ports: StoragePorts; touched: Touched }) => {
    if (date === day) await ports.unitOfWork.run((tx) => fault(tx, touched));
  };
}

export { createMemoryStorage };
