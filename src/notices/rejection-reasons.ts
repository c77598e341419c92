import type { RuleId } from '../errors/rule-id.js';
import type { RejectionReason } from '../model/reservation.js';
import type { BilingualText, Locale } from './labels.js';

/**
 * The patron's text for each rule a request can be rejected under (C4), in Japanese and
 * English; `staff` is the library's own decision (its note is for staff and is not shown).
 * A rule not listed reads as {@link rejectionReasonText}'s general text, naming the rule.
 * @category Notices
 * @example
 * REJECTION_REASON_TEXTS.E4?.ja; // 'すべての所蔵資料が所在不明または長期間返却されていないため、ご用意できません。'
 */
export const REJECTION_REASON_TEXTS: Readonly<Partial<Record<RuleId | 'staff', BilingualText>>> = {
  A1: { ja: 'インターネット予約サービスの利用登録（メールアドレス）がないため。', en: 'You are not registered for the online service, or have no e-mail address.' },
  A3: { ja: '連絡用メールが不通のため。', en: 'Mail to your address cannot be delivered.' },
  E1: { ja: '予約できる点数を超えているため。', en: 'The limit of online reservations was reached.' },
  E2: { ja: '上・下巻等は巻ごとに予約していただく必要があるため。', en: 'Each volume of a work must be reserved on its own.' },
  E3: { ja: '館内閲覧のみの資料のため。', en: 'The item is for use in the library only.' },
  E4: { ja: 'すべての所蔵資料が所在不明または長期間返却されていないため、ご用意できません。', en: 'Every copy is missing or has not been returned for a long time, so the item cannot be provided.' },
  E5: { ja: '郷土資料館は受取館に選べないため。', en: 'The local history museum is not a pickup point.' },
  P1: { ja: '同じ資料をすでに予約されているため。', en: 'You have already reserved this item.' },
  P3: { ja: 'この資料をすでに借りていらっしゃるため。', en: 'You already have this item on loan.' },
  staff: { ja: '図書館の判断により、ご予約をお受けできませんでした。詳しくは受取館にお問い合わせください。', en: 'The library could not accept this reservation. Please contact your pickup library for details.' },
};

/**
 * The patron's text of one rejection reason (C4) in a locale: the table's text for its rule, or
 * a general text that names the rule.
 * @param reason - the reason, as stored on the rejected reservation
 * @param locale - `ja` or `en`
 * @returns the text
 * @category Notices
 * @example
 * rejectionReasonText({ rule: 'E4' }, 'en'); // 'Every copy is missing or has not been returned for a long time, …'
 * rejectionReasonText({ rule: 'staff', note: 'damaged' }, 'ja'); // '図書館の判断により、…' (the note is not shown)
 */
export function rejectionReasonText(reason: RejectionReason, locale: Locale): string {
  const text = REJECTION_REASON_TEXTS[reason.rule];
  if (text !== undefined) return text[locale];
  return locale === 'ja' ? `予約の条件（規則 ${reason.rule}）を満たさないため。` : `The reservation does not meet the conditions of rule ${reason.rule}.`;
}

/**
 * Every reason of a rejection as bilingual text, in order, for the patron's reservation list.
 * @param reasons - the stored reasons
 * @returns one text per reason
 * @category Notices
 * @example
 * rejectionReasonTexts([{ rule: 'E4' }])[0]?.ja; // 'すべての所蔵資料が…'
 */
export function rejectionReasonTexts(reasons: readonly RejectionReason[]): BilingualText[] {
  return reasons.map((reason) => ({ ja: rejectionReasonText(reason, 'ja'), en: rejectionReasonText(reason, 'en') }));
}
