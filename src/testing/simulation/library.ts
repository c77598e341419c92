import { addDays } from '../../calendar/local-date.js';
import { startOfJapanDay } from '../../calendar/japan-date.js';
import type { BranchId, CopyId, PatronId, VolumeId } from '../../model/ids.js';
import type { Loan } from '../../model/loan.js';
import type { Copy, Title, Volume } from '../../model/material.js';
import type { Patron } from '../../model/patron.js';
import type { LocalDate } from '../../model/time.js';
import type { Policy } from '../../policy/schema.js';
import { ROTATION_DAYS, ROTATION_SHIFT } from './context.js';
import type { Prng } from './prng.js';

/**
 * How big the simulated library system is. The defaults are sized from a small Japanese city
 * library system: eight libraries and a museum, 30 000 titles, 6 000 registered patrons.
 * @category Testing
 * @example
 * const small: LibrarySize = { titles: 2_000, patrons: 400 };
 */
export interface LibrarySize {
  /** Titles in the catalogue. Default 30 000. */
  readonly titles?: number | undefined;
  /** Registered patrons. Default 6 000. */
  readonly patrons?: number | undefined;
}

/** A simulated patron: its record and how active a reader it is. */
export interface SimPatron {
  readonly id: PatronId;
  readonly homeBranchId: BranchId;
  /** Relative activity; a few heavy readers reserve far more than the rest. */
  readonly activity: number;
  /** Registered for the internet service at the start. */
  readonly registered: boolean;
}

/** The generated library: seed records and the indexes the traffic draws from. */
export interface SimLibrary {
  readonly titles: readonly Title[];
  readonly volumes: readonly Volume[];
  readonly copies: readonly Copy[];
  readonly patrons: readonly Patron[];
  readonly loans: readonly Loan[];
  readonly simPatrons: readonly SimPatron[];
  /** Reservable volumes, most popular first (rank order). */
  readonly reservableVolumes: readonly VolumeId[];
  /** Volumes of in-library-only titles (E3), refused at the cart. */
  readonly inLibraryOnlyVolumes: readonly VolumeId[];
  readonly volumeOfCopy: ReadonlyMap<CopyId, VolumeId>;
  readonly titleOfVolume: ReadonlyMap<VolumeId, string>;
  readonly copiesOfVolume: ReadonlyMap<VolumeId, readonly CopyId[]>;
  readonly ownerOfCopy: ReadonlyMap<CopyId, BranchId>;
  readonly audiovisualVolumes: ReadonlySet<VolumeId>;
  readonly libraries: readonly BranchId[];
  readonly museums: readonly BranchId[];
}

const IN_LIBRARY_CATEGORIES = ['localHistory', 'reference', 'rare'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Generates the library: titles (a tenth with two or three volumes, 8 % audiovisual, 2 % owned
 * by the museum, 3 % in-library only), copies spread over the libraries by size, 1 % of volumes
 * whose every copy is missing or long overdue (E4), patrons with a skewed activity, and one copy in
 * sixteen on loan at the start, due over the first two weeks.
 */
export function generateLibrary(policy: Policy, size: LibrarySize, start: LocalDate, random: Prng): SimLibrary {
  const titleCount = size.titles ?? 30_000;
  const patronCount = size.patrons ?? 6_000;
  const libraries = policy.branches.filter((b) => b.kind === 'library' && b.pickup).map((b) => b.id);
  const museums = policy.branches.filter((b) => b.kind === 'museum').map((b) => b.id);
  if (libraries.length === 0) throw new RangeError('the policy has no pickup library to simulate');
  const branchWeights = libraries.map((_, i) => (i === 0 ? 3 : i === 1 ? 2 : 1));
  const titles: Title[] = [];
  const volumes: Volume[] = [];
  const copies: Copy[] = [];
  const reservableVolumes: VolumeId[] = [];
  const inLibraryOnlyVolumes: VolumeId[] = [];
  const volumeOfCopy = new Map<CopyId, VolumeId>();
  const titleOfVolume = new Map<VolumeId, string>();
  const copiesOfVolume = new Map<VolumeId, CopyId[]>();
  const ownerOfCopy = new Map<CopyId, BranchId>();
  const audiovisualVolumes = new Set<VolumeId>();
  const width = String(titleCount).length;
  let copyNo = 0;
  for (let t = 1; t <= titleCount; t++) {
    const id = `t${pad(t, width)}`;
    const inLibraryOnly = random.chance(0.03);
    const audiovisual = !inLibraryOnly && random.chance(0.08);
    const museum = museums.length > 0 && !inLibraryOnly && random.chance(0.02);
    const category = inLibraryOnly ? random.pick(IN_LIBRARY_CATEGORIES) : audiovisual ? 'av' : 'book';
    titles.push({ id, name: `Title ${t}`, category, audiovisual });
    const volumeCount = random.chance(0.1) ? 2 + random.int(2) : 1;
    const unfulfillable = random.chance(0.01);
    for (let v = 1; v <= volumeCount; v++) {
      const volumeId = `${id}/${v}`;
      volumes.push({ id: volumeId, titleId: id, ...(volumeCount > 1 ? { label: `第${v}巻` } : {}) });
      titleOfVolume.set(volumeId, id);
      if (audiovisual) audiovisualVolumes.add(volumeId);
      (inLibraryOnly ? inLibraryOnlyVolumes : reservableVolumes).push(volumeId);
      const copyCount = museum ? 1 : 1 + (random.chance(0.3) ? 1 + random.int(2) : 0);
      const ids: CopyId[] = [];
      for (let c = 0; c < copyCount; c++) {
        const copyId = `c${pad(++copyNo, 6)}`;
        const owner = museum ? random.pick(museums) : (libraries[random.weighted(branchWeights)] ?? libraries[0]!);
        const status = unfulfillable ? (random.chance(0.5) ? 'missing' : 'longOverdue') : 'onShelf';
        copies.push({ id: copyId, volumeId, ownerBranchId: owner, locationBranchId: owner, status, version: 0 });
        volumeOfCopy.set(copyId, volumeId);
        ownerOfCopy.set(copyId, owner);
        ids.push(copyId);
      }
      copiesOfVolume.set(volumeId, ids);
    }
  }
  // Popularity: shuffle the reservable volumes so rank does not follow id order.
  for (let i = reservableVolumes.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [reservableVolumes[i], reservableVolumes[j]] = [reservableVolumes[j]!, reservableVolumes[i]!];
  }
  // The library buys more copies of what will be in demand (複本): up to four of the most popular.
  const rotations = Math.ceil(3660 / ROTATION_DAYS);
  const firstStatus = new Map(copies.map((c) => [c.id, c] as const));
  for (let m = 0; m < Math.min(rotations, Math.ceil(reservableVolumes.length / ROTATION_SHIFT)); m++) {
    for (let r = 0; r < 200; r++) {
      const volumeId = reservableVolumes[(r + m * ROTATION_SHIFT) % reservableVolumes.length];
      const ids = volumeId === undefined ? undefined : copiesOfVolume.get(volumeId);
      if (volumeId === undefined || ids === undefined) continue;
      const first = ids[0] === undefined ? undefined : firstStatus.get(ids[0]);
      if (first === undefined || museums.includes(first.ownerBranchId) || first.status !== 'onShelf') continue;
      const wanted = 1 + Math.ceil(3 / (1 + r / 50));
      while (ids.length < wanted) {
        const copyId = `c${pad(++copyNo, 6)}`;
        const owner = libraries[random.weighted(branchWeights)] ?? libraries[0]!;
        copies.push({ id: copyId, volumeId, ownerBranchId: owner, locationBranchId: owner, status: 'onShelf', version: 0 });
        volumeOfCopy.set(copyId, volumeId);
        ownerOfCopy.set(copyId, owner);
        ids.push(copyId);
      }
    }
  }

  const simPatrons: SimPatron[] = [];
  const patrons: Patron[] = [];
  const pwidth = String(patronCount).length;
  for (let p = 1; p <= patronCount; p++) {
    const id = `p${pad(p, pwidth)}`;
    const homeBranchId = libraries[random.weighted(branchWeights)] ?? libraries[0]!;
    const registered = random.chance(0.75);
    // A Pareto-like tail: most read a little, a few a lot.
    const activity = Math.min(40, 1 / Math.max(0.02, random.next()) ** 0.9);
    simPatrons.push({ id, homeBranchId, activity, registered });
    patrons.push({
      id,
      cardNumber: `0551${pad(p, 8)}`,
      name: `Patron ${p}`,
      email: `${id}@example.jp`,
      internetRegistered: registered,
      unreachable: false,
      noticePrivacy: { showName: random.chance(0.5), showTitle: random.chance(0.7) },
      homeBranchId,
    });
  }

  const loans: Loan[] = [];
  const copyIndex = new Map(copies.map((c, i) => [c.id, i] as const));
  for (const copy of copies) {
    if (copy.status !== 'onShelf' || copy.ownerBranchId === museums[0] || !random.chance(0.06)) continue;
    const patron = random.pick(simPatrons);
    const lentDaysAgo = random.int(policy.loanDays);
    const lentOn = addDays(start, -lentDaysAgo - 1);
    const volumeId = copy.volumeId;
    loans.push({
      id: `l0-${copy.id}`,
      patronId: patron.id,
      copyId: copy.id,
      volumeId,
      titleId: titleOfVolume.get(volumeId) ?? '',
      branchId: copy.locationBranchId,
      lentAt: new Date(Date.parse(startOfJapanDay(lentOn)) + 11 * 3_600_000).toISOString(),
      dueDate: addDays(lentOn, policy.loanDays),
      renewals: 0,
      returnedAt: null,
      version: 0,
    });
    copies[copyIndex.get(copy.id)!] = { ...copy, status: 'onLoan' };
  }
  return {
    titles,
    volumes,
    copies,
    patrons,
    loans,
    simPatrons,
    reservableVolumes,
    inLibraryOnlyVolumes,
    volumeOfCopy,
    titleOfVolume,
    copiesOfVolume,
    ownerOfCopy,
    audiovisualVolumes,
    libraries,
    museums,
  };
}
