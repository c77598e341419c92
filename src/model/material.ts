import type { BranchId, CopyId, ReservationId, TitleId, VolumeId } from './ids.js';

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
 * Where a physical copy is in its life (P5, P6):
 *
 * - `onShelf`: on the open shelf of `locationBranchId`, free;
 * - `awaitingPull`: on the open shelf, but taken for the reservation `reservationId`: it is on
 *   the staff's list of copies to pull (P8);
 * - `inTransit`: travelling from `transitFromBranchId` to `locationBranchId`, for the
 *   reservation `reservationId`, or home when it has none (P5);
 * - `onHoldShelf`: on the hold shelf of `locationBranchId` for the `onHold` reservation
 *   `reservationId` (D1);
 * - `onLoan`: lent;
 * - `missing`, `longOverdue`: cannot fill a reservation (E4); `longOverdue` keeps its open loan;
 * - `withdrawn`: out of the collection for good; never trapped or lent (P6).
 * @category Model
 * @example
 * const status: CopyStatus = 'onHoldShelf';
 */
export type CopyStatus = 'onShelf' | 'awaitingPull' | 'onLoan' | 'inTransit' | 'onHoldShelf' | 'missing' | 'longOverdue' | 'withdrawn';

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
  'awaitingPull',
  'withdrawn',
];

/**
 * Copy statuses in which a copy cannot serve any reservation now or later (E4): missing, long
 * overdue, or withdrawn.
 * @category Model
 * @example
 * OUT_OF_SERVICE_STATUSES.includes('withdrawn'); // true
 */
export const OUT_OF_SERVICE_STATUSES: readonly CopyStatus[] = ['missing', 'longOverdue', 'withdrawn'];

/**
 * One physical copy of a volume. The optional fields say where it travels and for whom; each
 * is present only in the statuses named on {@link CopyStatus}.
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
  /** The location that owns the copy, its home branch; may be the local history museum (E5). */
  readonly ownerBranchId: BranchId;
  /** Where the copy is now (or is travelling to, when `inTransit`). */
  readonly locationBranchId: BranchId;
  readonly status: CopyStatus;
  /** 禁帯出: this copy never leaves the building; it is never trapped or lent (E3). */
  readonly notForLoan?: boolean | undefined;
  /** The reservation the copy is taken for: when `awaitingPull`, `onHoldShelf`, or `inTransit` for a hold (P5). */
  readonly reservationId?: ReservationId | undefined;
  /** When `inTransit`: the branch it left (P5). */
  readonly transitFromBranchId?: BranchId | undefined;
  /** Optimistic concurrency version, incremented on each stored change. */
  readonly version: number;
}

/**
 * Where a copy goes next, for {@link moveCopy}.
 * @category Model
 * @example
 * const place: CopyPlace = { status: 'inTransit', branchId: 'akeno', from: 'museum', reservationId: 'r-1' };
 */
export type CopyPlace =
  | { readonly status: 'onShelf'; readonly branchId: BranchId }
  | { readonly status: 'awaitingPull' | 'onHoldShelf'; readonly branchId: BranchId; readonly reservationId: ReservationId }
  | { readonly status: 'inTransit'; readonly branchId: BranchId; readonly from: BranchId; readonly reservationId?: ReservationId | undefined }
  | { readonly status: 'onLoan'; readonly branchId: BranchId }
  | { readonly status: 'missing' | 'longOverdue' | 'withdrawn' };

/**
 * The copy in its next place, with its version one more: the travel fields of the old place
 * are dropped, so a copy is always in exactly one place (P5).
 * @param copy - the copy as stored
 * @param place - where it goes
 * @returns the copy to store
 * @category Model
 * @example
 * moveCopy(copy, { status: 'inTransit', branchId: 'museum', from: 'akeno' });
 * // { …, status: 'inTransit', locationBranchId: 'museum', transitFromBranchId: 'akeno', version: copy.version + 1 }
 */
export function moveCopy(copy: Copy, place: CopyPlace): Copy {
  const { id, volumeId, ownerBranchId } = copy;
  const locationBranchId = 'branchId' in place ? place.branchId : copy.locationBranchId;
  const { status } = place;
  const version = copy.version + 1;
  const reservationId = 'reservationId' in place ? place.reservationId : undefined;
  // Each shape as one literal (properties added after a literal live in a second object); the
  // properties are in the same order in every shape.
  if (copy.notForLoan !== true) {
    if (reservationId === undefined)
      return place.status === 'inTransit'
        ? { id, volumeId, ownerBranchId, locationBranchId, status, version, transitFromBranchId: place.from }
        : { id, volumeId, ownerBranchId, locationBranchId, status, version };
    return place.status === 'inTransit'
      ? { id, volumeId, ownerBranchId, locationBranchId, status, version, reservationId, transitFromBranchId: place.from }
      : { id, volumeId, ownerBranchId, locationBranchId, status, version, reservationId };
  }
  const next: { -readonly [K in keyof Copy]: Copy[K] } = { id, volumeId, ownerBranchId, locationBranchId, status, version, notForLoan: true };
  if (reservationId !== undefined) next.reservationId = reservationId;
  if (place.status === 'inTransit') next.transitFromBranchId = place.from;
  return next;
}
