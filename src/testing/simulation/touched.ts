import type { CopyId, PatronId, ReservationId, VolumeId } from '../../model/ids.js';

/**
 * The records a day touched: the simulation reads them back from the store and checks them. A
 * hook that changes records adds their ids here, so the check sees them.
 * @category Testing
 * @example
 * const afterDay = async ({ touched }: { touched: SimulationTouched }) => { touched.volumes.add('t00042/1'); };
 */
export interface SimulationTouched {
  readonly volumes: Set<VolumeId>;
  readonly reservations: Set<ReservationId>;
  readonly patrons: Set<PatronId>;
  readonly copies: Set<CopyId>;
}

/** The records a stretch of traffic touched, to be read back and checked. */
export class Touched implements SimulationTouched {
  readonly volumes = new Set<VolumeId>();
  readonly reservations = new Set<ReservationId>();
  readonly patrons = new Set<PatronId>();
  readonly copies = new Set<CopyId>();

  get empty(): boolean {
    return this.volumes.size === 0 && this.reservations.size === 0 && this.patrons.size === 0;
  }

  addAll(other: Touched): void {
    for (const v of other.volumes) this.volumes.add(v);
    for (const r of other.reservations) this.reservations.add(r);
    for (const p of other.patrons) this.patrons.add(p);
    for (const c of other.copies) this.copies.add(c);
  }

  clear(): void {
    this.volumes.clear();
    this.reservations.clear();
    this.patrons.clear();
    this.copies.clear();
  }
}
