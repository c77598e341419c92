import type { Loan } from '../model/loan.js';
import type { Copy, Title, Volume } from '../model/material.js';
import type { Patron } from '../model/patron.js';
import type { Reservation } from '../model/reservation.js';

/**
 * Records to put into a storage before it is used: by tests, demos, and the conformance suite
 * (which seeds patrons, titles and volumes this way because the ports cannot create them).
 * Seeding replaces records with the same id; patrons are stored at version 0, the other records
 * with the version they carry.
 * @category Ports
 * @example
 * const data: SeedData = {
 *   titles: [{ id: 't-1', name: '源氏物語', category: 'book', audiovisual: false }],
 *   volumes: [{ id: 't-1/1', titleId: 't-1', label: '上' }],
 * };
 */
export interface SeedData {
  readonly patrons?: readonly Patron[] | undefined;
  readonly titles?: readonly Title[] | undefined;
  readonly volumes?: readonly Volume[] | undefined;
  readonly copies?: readonly Copy[] | undefined;
  readonly reservations?: readonly Reservation[] | undefined;
  readonly loans?: readonly Loan[] | undefined;
}

/**
 * A storage that can be seeded with {@link SeedData}. Seeding is setup, not a use case: it runs
 * outside the rules and the version checks.
 * @category Ports
 * @example
 * async function withGenji(storage: SeedableStorage): Promise<void> {
 *   await storage.seed({ titles: [{ id: 't-1', name: '源氏物語', category: 'book', audiovisual: false }] });
 * }
 */
export interface SeedableStorage {
  /** Writes the records, replacing those with the same id, atomically. */
  seed(data: SeedData): Promise<void>;
}
