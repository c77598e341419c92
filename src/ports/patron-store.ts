import type { PatronId } from '../model/ids.js';
import type { Patron } from '../model/patron.js';

/**
 * A patron with the version of its stored record. The `Patron` model has no version of its own:
 * the store keeps one alongside (a `version` column), starting at 0 when the host registers the
 * patron, and every {@link PatronStore.update} adds one.
 * @category Ports
 * @example
 * const v: VersionedPatron = {
 *   patron: { id: 'p-1', cardNumber: '0123456789', internetRegistered: true, unreachable: false,
 *     noticePrivacy: { showName: false, showTitle: false } },
 *   version: 0,
 * };
 */
export interface VersionedPatron {
  readonly patron: Patron;
  readonly version: number;
}

/**
 * Where patrons live. The host registers patrons (the port has no insert); the service reads
 * them and changes what the rules let it change (the A3 mark, an e-mail change of A2).
 * @category Ports
 * @example
 * await storage.unitOfWork.run(async (tx) => {
 *   const found = await tx.patrons.getVersioned('p-1');
 *   if (found) await tx.patrons.update({ ...found.patron, unreachable: true }, found.version);
 * });
 */
export interface PatronStore {
  /** The patron with this id, or `null` when there is none. */
  get(id: PatronId): Promise<Patron | null>;

  /** The patron with this id and its stored version, or `null` when there is none. */
  getVersioned(id: PatronId): Promise<VersionedPatron | null>;

  /**
   * Replaces the stored patron when its version is `expectedVersion`, and stores version
   * `expectedVersion + 1`; otherwise throws `VERSION_CONFLICT`, or `NOT_FOUND`.
   */
  update(next: Patron, expectedVersion: number): Promise<void>;
}
