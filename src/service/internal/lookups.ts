import type { Branch } from '../../model/branch.js';
import type { BranchId, VolumeId } from '../../model/ids.js';
import type { Loan } from '../../model/loan.js';
import type { Copy, Title, Volume } from '../../model/material.js';
import type { Patron } from '../../model/patron.js';
import type { Reservation } from '../../model/reservation.js';
import type { Policy } from '../../policy/schema.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import { halt } from './halt.js';
import { failed } from './results.js';

function found<T>(value: T | null, what: string, id: string): T {
  if (value === null) halt(failed('NOT_FOUND', `No ${what} ${id}`));
  return value;
}

/** The records a use case looks up by id, by kind. */
interface RecordsByKind {
  readonly patron: Patron;
  readonly volume: Volume;
  readonly title: Title;
  readonly reservation: Reservation;
  readonly copy: Copy;
  readonly loan: Loan;
}

const READERS: { readonly [K in keyof RecordsByKind]: (tx: StoresTx, id: string) => Promise<RecordsByKind[K] | null> } = {
  patron: (tx, id) => tx.patrons.get(id),
  volume: (tx, id) => tx.catalog.getVolume(id),
  title: (tx, id) => tx.catalog.getTitle(id),
  reservation: (tx, id) => tx.reservations.get(id),
  copy: (tx, id) => tx.copies.get(id),
  loan: (tx, id) => tx.loans.get(id),
};

/**
 * The record of this kind with this id, or stops the operation with a `NOT_FOUND` error.
 * @param tx - the unit's stores
 * @param kind - what the record is: `patron`, `volume`, `title`, `reservation`, `copy` or `loan`
 * @param id - the record's id
 * @returns the record
 * @category Service
 * @example
 * const patron = await existing(tx, 'patron', 'p-1');
 * const copy = await existing(tx, 'copy', 'c-1');
 */
export async function existing<K extends keyof RecordsByKind>(tx: StoresTx, kind: K, id: string): Promise<RecordsByKind[K]> {
  return found(await READERS[kind](tx, id), kind, id);
}

/**
 * A volume with its title, or stops the operation with a `NOT_FOUND` error.
 * @param tx - the unit's stores
 * @param volumeId - the volume's id
 * @returns the volume and its title
 * @category Service
 * @example
 * const { title, volume } = await existingItem(tx, 't-1/1');
 */
export async function existingItem(tx: StoresTx, volumeId: VolumeId): Promise<{ title: Title; volume: Volume }> {
  const volume = await existing(tx, 'volume', volumeId);
  return { volume, title: await existing(tx, 'title', volume.titleId) };
}

/**
 * The branch of the policy with this id, or stops the operation with a `NOT_FOUND` error.
 * @param policy - the parsed policy
 * @param id - the branch's id
 * @returns the branch
 * @category Service
 * @example
 * const akeno = policyBranch(policy, 'akeno');
 */
export function policyBranch(policy: Policy, id: BranchId): Branch {
  return found(policy.branches.find((b) => b.id === id) ?? null, 'branch', id);
}
