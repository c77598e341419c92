import type { BranchId, PatronId } from './ids.js';

/**
 * What the patron lets the hold notice show (D5: 氏名・書名の表示の可否).
 * @category Model
 * @example
 * const privacy: NoticePrivacy = { showName: false, showTitle: true };
 */
export interface NoticePrivacy {
  /** Whether the hold notice may show the patron's name. */
  readonly showName: boolean;
  /** Whether the hold notice may show the title of the item. */
  readonly showTitle: boolean;
}

/**
 * A registered library patron.
 *
 * `name`, `email` and `cardNumber` are personal data: no refusal, error or message of this
 * library ever carries them.
 * @category Model
 * @example
 * const patron: Patron = {
 *   id: 'p-1',
 *   cardNumber: '0123456789',
 *   name: '北杜 花子',
 *   email: 'hanako@example.jp',
 *   internetRegistered: true,
 *   unreachable: false,
 *   noticePrivacy: { showName: true, showTitle: true },
 * };
 */
export interface Patron {
  readonly id: PatronId;
  /** The library card number (利用カード番号). Personal data. */
  readonly cardNumber: string;
  /** Display name. Personal data. */
  readonly name?: string | undefined;
  /** Personal e-mail address used for notices (A1). Personal data. */
  readonly email?: string | null | undefined;
  /** Registered for the internet reservation service at a city library (A1). */
  readonly internetRegistered: boolean;
  /** Staff judged the patron unreachable by e-mail (A3). A bounce alone does not set it. */
  readonly unreachable: boolean;
  /** The patron's choices for the hold notice (D5). */
  readonly noticePrivacy: NoticePrivacy;
  /** Home branch, informational. */
  readonly homeBranchId?: BranchId | undefined;
}
