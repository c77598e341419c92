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
   * The patrons with these ids that exist, in `id` order (unknown and repeated ids add nothing;
   * an empty list reads nothing): {@link PatronStore.get} for many patrons in one read. Inside a
   * unit of work on PostgreSQL every row read is locked until the unit ends, as `get` locks its
   * row, and the rows are locked in `id` order, so two units locking overlapping sets of patrons
   * wait for each other instead of deadlocking.
   * @example
   * const patrons = await tx.patrons.getMany(['p-2', 'p-1', 'p-none']);
   * patrons.map((p) => p.id); // ['p-1', 'p-2']
   */
  getMany(ids: readonly PatronId[]): Promise<Patron[]>;

  /**
   * Replaces the stored patron when its version is `expectedVersion`, and stores version
   * `expectedVersion + 1`; otherwise throws `VERSION_CONFLICT`, or `NOT_FOUND`.
   */
  update(next: Patron, expectedVersion: number): Promise<void>;
}
