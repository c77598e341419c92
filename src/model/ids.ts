/**
 * Identifier of a patron (利用者). Opaque to the library; never the card number.
 * @category Model
 * @example
 * const id: PatronId = 'p-0001';
 */
export type PatronId = string;

/**
 * Identifier of a bibliographic title (書誌).
 * @category Model
 * @example
 * const id: TitleId = 't-genji';
 */
export type TitleId = string;

/**
 * Identifier of one reservable volume of a title (上巻, 下巻, or the single volume).
 * @category Model
 * @example
 * const id: VolumeId = 't-genji/1';
 */
export type VolumeId = string;

/**
 * Identifier of one physical copy (所蔵資料) of a volume.
 * @category Model
 * @example
 * const id: CopyId = 'c-000123';
 */
export type CopyId = string;

/**
 * Identifier of a branch or other location (a city library, the local history museum).
 * @category Model
 * @example
 * const id: BranchId = 'nagasaka';
 */
export type BranchId = string;

/**
 * Identifier of a reservation.
 * @category Model
 * @example
 * const id: ReservationId = 'r-42';
 */
export type ReservationId = string;

/**
 * Identifier of a loan.
 * @category Model
 * @example
 * const id: LoanId = 'l-7';
 */
export type LoanId = string;
