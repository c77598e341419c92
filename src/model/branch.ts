import type { BranchId } from './ids.js';

/**
 * What kind of location a branch is. The local history museum owns copies but is never a
 * pickup point (E5).
 * @category Model
 * @example
 * const kind: BranchKind = 'museum';
 */
export type BranchKind = 'library' | 'museum';

/**
 * A city library or other location that owns copies (H1).
 * @category Model
 * @example
 * const akeno: Branch = {
 *   id: 'akeno', kind: 'library', nameJa: '明野図書館', nameRomaji: 'Akeno Library',
 *   phone: '0551-25-3285', pickup: true,
 * };
 */
export interface Branch {
  readonly id: BranchId;
  readonly kind: BranchKind;
  /** Name in Japanese, as the guide writes it. */
  readonly nameJa: string;
  /** Romanised name. */
  readonly nameRomaji: string;
  /** Telephone number where patrons apply and ask (H1). */
  readonly phone?: string | undefined;
  /** Whether patrons may choose this branch as their pickup library (B4). */
  readonly pickup: boolean;
}
