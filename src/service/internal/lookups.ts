import type { Branch } from '../../model/branch.js';
import type { BranchId, CopyId, LoanId, PatronId, ReservationId, TitleId, VolumeId } from '../../model/ids.js';
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

/**
 * The patron with this id, or stops the operation with a `NOT_FOUND` error.
 * @param tx - the unit's stores
 * @param id - the patron's id
 * @returns the patron
 * @category Service
 * @example
 * const patron = await existingPatron(tx, 'p-1');
 */
export async function existingPatron(tx: StoresTx, id: PatronId): Promise<Patron> {
  return found(await tx.patrons.get(id), 'patron', id);
}

/**
 * The volume with this id, or stops the operation with a `NOT_FOUND` error.
 * @param tx - the unit's stores
 * @param id - the volume's id
 * @returns the volume
 * @category Service
 * @example
 * const volume = await existingVolume(tx, 't-1/1');
 */
export async function existingVolume(tx: StoresTx, id: VolumeId): Promise<Volume> {
  return found(await tx.catalog.getVolume(id), 'volume', id);
}

/**
 * The title with this id, or stops the operation with a `NOT_FOUND` error.
 * @param tx - the unit's stores
 * @param id - the title's id
 * @returns the title
 * @category Service
 * @example
 * const title = await existingTitle(tx, 't-1');
 */
export async function existingTitle(tx: StoresTx, id: TitleId): Promise<Title> {
  return found(await tx.catalog.getTitle(id), 'title', id);
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
  const volume = await existingVolume(tx, volumeId);
  return { volume, title: await existingTitle(tx, volume.titleId) };
}

/**
 * The reservation with this id, or stops the operation with a `NOT_FOUND` error.
 * @param tx - the unit's stores
 * @param id - the reservation's id
 * @returns the reservation
 * @category Service
 * @example
 * const reservation = await existingReservation(tx, 'r-1');
 */
export async function existingReservation(tx: StoresTx, id: ReservationId): Promise<Reservation> {
  return found(await tx.reservations.get(id), 'reservation', id);
}

/**
 * The copy with this id, or stops the operation with a `NOT_FOUND` error.
 * @param tx - the unit's stores
 * @param id - the copy's id
 * @returns the copy
 * @category Service
 * @example
 * const copy = await existingCopy(tx, 'c-1');
 */
export async function existingCopy(tx: StoresTx, id: CopyId): Promise<Copy> {
  return found(await tx.copies.get(id), 'copy', id);
}

/**
 * The loan with this id, or stops the operation with a `NOT_FOUND` error.
 * @param tx - the unit's stores
 * @param id - the loan's id
 * @returns the loan
 * @category Service
 * @example
 * const loan = await existingLoan(tx, 'l-1');
 */
export async function existingLoan(tx: StoresTx, id: LoanId): Promise<Loan> {
  return found(await tx.loans.get(id), 'loan', id);
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
