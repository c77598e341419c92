import type { CopyId, PatronId, ReservationId, VolumeId } from '../../model/ids.js';
import type { Loan } from '../../model/loan.js';
import type { Copy } from '../../model/material.js';
import type { Reservation } from '../../model/reservation.js';
import type { Instant, LocalDate } from '../../model/time.js';
import type { JobRun } from '../../ports/job-runs.js';
import type { StoragePorts } from '../../ports/storage-ports.js';
import type { Touched } from './touched.js';

/** A volume as the store has it: its copies, its active reservations, each copy's open loan. */
export interface VolumeView {
  readonly copies: readonly Copy[];
  readonly active: readonly Reservation[];
  readonly openLoans: ReadonlyMap<CopyId, Loan>;
}

/**
 * What the invariants look at: the touched records read back from the store in one unit of
 * work, after a day (or a step, in strict mode).
 */
export interface Observation {
  readonly day: LocalDate;
  readonly at: Instant;
  /** The step checked, in strict mode; `null` for the end of a day. */
  readonly step: string | null;
  readonly volumes: ReadonlyMap<VolumeId, VolumeView>;
  /** Every touched reservation, whatever its status. */
  readonly reservations: ReadonlyMap<ReservationId, Reservation>;
  /** Active reservations of each touched patron. */
  readonly patrons: ReadonlyMap<PatronId, readonly Reservation[]>;
  /** The approval batch's run for the day, when the end of a day is checked. */
  readonly approvalRun: JobRun | null;
}

const NO_LOANS: ReadonlyMap<CopyId, Loan> = new Map();

/** Volumes read back in one bulk read. */
const BULK = 200;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Reads the touched records back from the store. With `copiesOnly` (a read-back that no invariant
 * checks: the simulation only mirrors the copies and names their transits) the touched volumes'
 * copies and active reservations alone are read; their open loans, the touched reservations and
 * patrons and the batch's run are left empty.
 */
export async function observe(
  ports: StoragePorts,
  touched: Touched,
  volumeOfCopy: ReadonlyMap<CopyId, VolumeId>,
  when: { day: LocalDate; at: Instant; step: string | null },
  copiesOnly = false,
): Promise<Observation> {
  const volumeIds = new Set(touched.volumes);
  for (const c of touched.copies) {
    const v = volumeOfCopy.get(c);
    if (v !== undefined) volumeIds.add(v);
  }
  return ports.unitOfWork.run(async (tx) => {
    // Each store taken from the unit once, not for every call (a read-back makes thousands).
    const { copies: copyStore, reservations: reservationStore, loans: loanStore } = tx;
    const volumes = new Map<VolumeId, VolumeView>();
    const reservations = new Map<ReservationId, Reservation>();
    const sorted = [...volumeIds].sort();
    // Bulk reads, a chunk of volumes at a time: each volume's rows come in the order of the one-volume reads.
    const copiesOf = new Map<VolumeId, Copy[]>();
    const activeOf = new Map<VolumeId, Reservation[]>();
    // A copy's open loan is the last of its open loans in the bulk read's order (as findOpenByCopy has it).
    const loanOf = new Map<CopyId, Loan>();
    for (let i = 0; i < sorted.length; i += BULK) {
      const chunk = sorted.slice(i, i + BULK);
      const copyIds: CopyId[] = [];
      for (const copy of await copyStore.listByVolumes(chunk)) {
        pushTo(copiesOf, copy.volumeId, copy);
        copyIds.push(copy.id);
      }
      for (const r of await reservationStore.listByVolumes(chunk)) pushTo(activeOf, r.volumeId, r);
      if (copiesOnly) continue;
      if (loanStore.listOpenByCopies !== undefined) for (const loan of await loanStore.listOpenByCopies(copyIds)) loanOf.set(loan.copyId, loan);
      else
        for (const copyId of copyIds) {
          const loan = await loanStore.findOpenByCopy(copyId);
          if (loan !== null) loanOf.set(copyId, loan);
        }
    }
    for (const volumeId of sorted) {
      const copies = copiesOf.get(volumeId) ?? [];
      const active = activeOf.get(volumeId) ?? [];
      // Most volumes have no copy out on loan: they share one empty map (the views are read, never changed).
      let openLoans: Map<CopyId, Loan> | undefined;
      if (loanOf.size > 0)
        for (const copy of copies) {
          const loan = loanOf.get(copy.id);
          if (loan !== undefined) (openLoans ??= new Map()).set(copy.id, loan);
        }
      for (const r of active) reservations.set(r.id, r);
      volumes.set(volumeId, { copies, active, openLoans: openLoans ?? NO_LOANS });
    }
    const patrons = new Map<PatronId, Reservation[]>();
    if (copiesOnly) return { ...when, volumes, reservations, patrons, approvalRun: null };
    for (const id of [...touched.reservations].sort()) {
      if (reservations.has(id)) continue;
      const r = await reservationStore.get(id);
      if (r !== null) reservations.set(id, r);
    }
    // Each patron's active reservations as listByPatron(id, { active: true }) gives them: the bulk
    // read's order (placedAt, then id) kept within each patron.
    const patronIds = [...touched.patrons].sort();
    for (const id of patronIds) patrons.set(id, []);
    for (let i = 0; i < patronIds.length; i += BULK) {
      for (const r of await reservationStore.listActiveByPatrons(patronIds.slice(i, i + BULK))) patrons.get(r.patronId)?.push(r);
    }
    const approvalRun = when.step === null ? await tx.jobRuns.get('approval', when.day) : null;
    return { ...when, volumes, reservations, patrons, approvalRun };
  });
}
