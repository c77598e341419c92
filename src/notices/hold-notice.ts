import { YoyakuError } from '../errors/yoyaku-error.js';
import type { Branch } from '../model/branch.js';
import type { ReservationId } from '../model/ids.js';
import type { Title, Volume } from '../model/material.js';
import type { Patron } from '../model/patron.js';
import type { OnHoldReservation } from '../model/reservation.js';
import type { LocalDate } from '../model/time.js';
import { shippedLocales, type LocaleRegistry } from './locale-registry.js';

/**
 * What a hold notice is built from: the held reservation and the records it names.
 * @category Notices
 * @example
 * const input: HoldNoticeInput = { reservation: onHold, patron, title, volume, branch: akeno, locale: 'ja' };
 */
export interface HoldNoticeInput {
  readonly reservation: OnHoldReservation;
  readonly patron: Patron;
  readonly title: Title;
  readonly volume: Volume;
  /** The pickup branch of the reservation. */
  readonly branch: Branch;
  /** `ja`, `en`, `ja-easy`, or a locale of `locales`. */
  readonly locale: string;
  /** The message tables, when the host registered its own (default: the shipped ones). */
  readonly locales?: LocaleRegistry | undefined;
}

/**
 * The facts of a hold notice, for hosts that lay out their own mail. `patronName` is null when
 * the patron chose not to show it (D5) or has none; `title` and `volumeLabel` are null when the
 * patron chose not to show the title.
 * @category Notices
 * @example
 * const fields: HoldNoticeFields = {
 *   patronName: null, title: null, volumeLabel: null, pickupBranch: '明野図書館',
 *   pickupPhone: '0551-25-3285', lastDay: '2026-12-15', noticeDate: '2026-12-08',
 * };
 */
export interface HoldNoticeFields {
  readonly patronName: string | null;
  readonly title: string | null;
  readonly volumeLabel: string | null;
  /** The pickup branch's name in the notice's locale. */
  readonly pickupBranch: string;
  readonly pickupPhone: string | null;
  /** The last day to collect, inclusive (D2). */
  readonly lastDay: LocalDate;
  /** The send date: the hold period starts the day after (D2). */
  readonly noticeDate: LocalDate;
}

/**
 * The 予約（貸出）決定通知メール (D1), ready to send: recipient, subject, plain-text body and the
 * fields it was made from.
 * @category Notices
 * @example
 * function send(notice: HoldNotice): void {
 *   if (notice.to === null) return; // no e-mail address: the host tells the patron another way
 *   mailer.send({ to: notice.to, subject: notice.subject, text: notice.body });
 * }
 */
export interface HoldNotice {
  readonly reservationId: ReservationId;
  readonly locale: string;
  /** The patron's e-mail address, or null when there is none; the host decides what to do then. */
  readonly to: string | null;
  readonly subject: string;
  readonly body: string;
  readonly fields: HoldNoticeFields;
}

function mismatch(field: string, expected: string): never {
  throw new YoyakuError('INVALID_INPUT', `The ${field} is not the one the reservation names`, {
    issues: [{ path: [field, 'id'], message: `Expected ${expected}` }],
  });
}

function present(text: string | null | undefined): string | null {
  return typeof text === 'string' && text.trim() !== '' ? text : null;
}

/**
 * Builds the 予約（貸出）決定通知メール of a hold (D1): the pickup library with its telephone
 * number, and the last day to collect (D2), with the guide's warnings that late or lost mail
 * does not extend it (D4) and that the reservation is cancelled after it without notice (D3).
 *
 * Privacy (D5): when `patron.noticePrivacy.showName` is false, the patron's name appears in no
 * field, nor in the subject or body; when `showTitle` is false, neither does the title nor the
 * volume label. The card number never appears. The e-mail address appears only as `to`.
 *
 * A patron without an e-mail address gets a notice with `to: null`: the library's rules do not
 * say what then (A1 requires an address for the online service, but a counter reservation may
 * have none), so the host decides, for instance to telephone.
 * @param input - the held reservation, its patron, title, volume and pickup branch, and the locale
 * @returns the notice
 * @throws {@link YoyakuError} `INVALID_INPUT` when a record is not the one the reservation names
 * @category Notices
 * @example
 * const notice = buildHoldNotice({ reservation: onHold, patron, title, volume, branch: akeno, locale: 'ja' });
 * notice.subject; // '【予約（貸出）決定通知】源氏物語（上）をご用意しました'
 * notice.fields.lastDay; // '2026-12-15'
 * @example
 * // The patron hides name and title (D5)
 * const hidden = buildHoldNotice({ ...input, patron: { ...patron, noticePrivacy: { showName: false, showTitle: false } } });
 * hidden.fields.patronName; // null
 * hidden.subject; // '【予約（貸出）決定通知】ご予約の資料をご用意しました'
 */
export function buildHoldNotice(input: HoldNoticeInput): HoldNotice {
  const { reservation, patron, title, volume, branch, locale } = input;
  const table = (input.locales ?? shippedLocales()).get(locale);
  if (patron.id !== reservation.patronId) mismatch('patron', 'the reservation’s patronId');
  if (title.id !== reservation.titleId) mismatch('title', 'the reservation’s titleId');
  if (volume.id !== reservation.volumeId) mismatch('volume', 'the reservation’s volumeId');
  if (branch.id !== reservation.pickupBranchId) mismatch('branch', 'the reservation’s pickupBranchId');
  const { showName, showTitle } = patron.noticePrivacy;
  const fields: HoldNoticeFields = {
    patronName: showName ? present(patron.name) : null,
    title: showTitle ? present(title.name) : null,
    volumeLabel: showTitle ? present(volume.label) : null,
    pickupBranch: table.branchName(branch),
    pickupPhone: present(branch.phone),
    lastDay: reservation.lastDay,
    noticeDate: reservation.noticeDate,
  };
  const { subject, body } = table.holdNotice(fields);
  return { reservationId: reservation.id, locale, to: present(patron.email), subject, body, fields };
}
