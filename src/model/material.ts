import type { BranchId, CopyId, TitleId, VolumeId } from './ids.js';

/**
 * A category code of a title: a host's own vocabulary. The policy lists which categories are
 * in-library only (E3).
 * @category Model
 * @example
 * const category: Category = 'localHistory';
 */
export type Category = string;

/**
 * A bibliographic title (書誌). A multi-volume work has one title and several volumes (E2).
 * @category Model
 * @example
 * const title: Title = { id: 't-1', name: '源氏物語', category: 'book', audiovisual: false };
 */
export interface Title {
  readonly id: TitleId;
  /** The title as shown to patrons. Shown in a notice only when the patron allows it (D5). */
  readonly name: string;
  readonly category: Category;
  /** Audiovisual material (視聴覚資料), counted in the sub-limit of E1. */
  readonly audiovisual: boolean;
}

/**
 * One reservable volume of a title. A single-volume title has exactly one.
 * `set: true` marks a set record (the whole multi-volume work), which cannot be reserved (E2).
 * @category Model
 * @example
 * const upper: Volume = { id: 't-1/1', titleId: 't-1', label: '上' };
 */
export interface Volume {
  readonly id: VolumeId;
  readonly titleId: TitleId;
  /** Volume label such as 上, 下, 第1巻. */
  readonly label?: string | undefined;
  /** A set record standing for several volumes; never reservable (E2). */
  readonly set?: boolean | undefined;
}

/**
 * Where a physical copy is in its life.
 * `missing` and `longOverdue` copies cannot fill a reservation (E4).
 * @category Model
 * @example
 * const status: CopyStatus = 'onHoldShelf';
 */
export type CopyStatus = 'onShelf' | 'onLoan' | 'inTransit' | 'onHoldShelf' | 'missing' | 'longOverdue';

/**
 * All copy statuses, in a stable order.
 * @category Model
 * @example
 * COPY_STATUSES.includes('missing'); // true
 */
export const COPY_STATUSES: readonly CopyStatus[] = [
  'onShelf',
  'onLoan',
  'inTransit',
  'onHoldShelf',
  'missing',
  'longOverdue',
];

/**
 * One physical copy of a volume.
 * @category Model
 * @example
 * const copy: Copy = {
 *   id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'museum', locationBranchId: 'museum',
 *   status: 'onShelf', version: 0,
 * };
 */
export interface Copy {
  readonly id: CopyId;
  readonly volumeId: VolumeId;
  /** The location that owns the copy; may be the local history museum (E5). */
  readonly ownerBranchId: BranchId;
  /** Where the copy is now (or is travelling to, when `inTransit`). */
  readonly locationBranchId: BranchId;
  readonly status: CopyStatus;
  /** Optimistic concurrency version, incremented on each stored change. */
  readonly version: number;
}
