import type { NoticePrivacy, Patron } from '../../model/patron.js';

/**
 * What {@link aPatron} takes: any patron field, and the notice privacy choices one by one.
 * @category Testing
 * @example
 * const overrides: PatronOverrides = { id: 'p-2', noticePrivacy: { showName: false } };
 */
export type PatronOverrides = Partial<Omit<Patron, 'noticePrivacy'>> & { readonly noticePrivacy?: Partial<NoticePrivacy> | undefined };

/**
 * A patron for tests: registered for the internet service with an e-mail address (A1),
 * reachable (A3), showing name and title in notices (D5), with fictional personal data;
 * `overrides` change any field.
 * @param overrides - fields to change
 * @returns the patron
 * @category Testing
 * @example
 * const hanako = aPatron();
 * hanako.id; // 'p-1'
 * @example
 * // Not registered for the internet service (A1), hiding the title in notices (D5)
 * const taro = aPatron({ id: 'p-2', internetRegistered: false, noticePrivacy: { showTitle: false } });
 */
export function aPatron(overrides: PatronOverrides = {}): Patron {
  const { noticePrivacy, ...fields } = overrides;
  return {
    id: 'p-1',
    cardNumber: '0000000001',
    name: '北杜 花子',
    email: 'hanako@example.jp',
    internetRegistered: true,
    unreachable: false,
    ...fields,
    noticePrivacy: { showName: true, showTitle: true, ...noticePrivacy },
  };
}
