import type { LocalDate } from '../model/time.js';
import { formatLocalDate } from './format-date.js';
import type { HoldNoticeFields } from './hold-notice.js';

// The texts of the hold notice (予約（貸出）決定通知メール) in each shipped locale.

function itemText(fields: HoldNoticeFields, locale: 'ja' | 'en'): string | null {
  if (fields.title === null) return null;
  if (fields.volumeLabel === null) return fields.title;
  return locale === 'ja' ? `${fields.title}（${fields.volumeLabel}）` : `${fields.title} (${fields.volumeLabel})`;
}

/**
 * The hold notice in Japanese.
 * @param f - its fields
 * @returns subject and body
 * @category Notices
 * @example
 * japaneseNotice(notice.fields).subject; // '【予約（貸出）決定通知】源氏物語（上）をご用意しました'
 */
export function japaneseNotice(f: HoldNoticeFields): { subject: string; body: string } {
  const item = itemText(f, 'ja');
  const lastDay = formatLocalDate(f.lastDay, 'ja');
  const phone = f.pickupPhone === null ? '' : `（☎${f.pickupPhone}）`;
  const lines = [
    f.patronName === null ? '利用者様' : `${f.patronName} 様`,
    '',
    'ご予約いただいた資料のご用意ができましたので、お知らせします。',
    '',
    ...(item === null ? [] : [`資料名：${item}`]),
    `受取館：${f.pickupBranch}${phone}`,
    `取置期限：${lastDay}まで`,
    '',
    `取置期限（${lastDay}）までに、受取館でお受け取りください。`,
    `取置期間は、このメールの送信日（${formatLocalDate(f.noticeDate, 'ja')}）の翌日から数えます。`,
    'メールの不着・遅延があっても、取置期限は延長されません。',
    '取置期限を過ぎますと、予約を取消させていただきます。その際には、メール、電話等による通知はいたしません。',
    '',
    `ご不明な点は、${f.pickupBranch}${phone}までお問い合わせください。`,
  ];
  const subject = item === null ? '【予約（貸出）決定通知】ご予約の資料をご用意しました' : `【予約（貸出）決定通知】${item}をご用意しました`;
  return { subject, body: lines.join('\n') };
}

/**
 * The hold notice in English.
 * @param f - its fields
 * @returns subject and body
 * @category Notices
 * @example
 * englishNotice(notice.fields).subject; // 'Your reserved item is ready for pickup: 源氏物語 (上)'
 */
export function englishNotice(f: HoldNoticeFields): { subject: string; body: string } {
  const item = itemText(f, 'en');
  const lastDay = formatLocalDate(f.lastDay, 'en');
  const phone = f.pickupPhone === null ? '' : ` (tel. ${f.pickupPhone})`;
  const lines = [
    f.patronName === null ? 'Dear patron,' : `Dear ${f.patronName},`,
    '',
    'The item you reserved is ready for you to collect.',
    '',
    ...(item === null ? [] : [`Item: ${item}`]),
    `Pickup library: ${f.pickupBranch}${phone}`,
    `Collect by: ${lastDay}`,
    '',
    `Please collect it at the pickup library by ${lastDay}.`,
    `The hold period counts from the day after this notice was sent (${formatLocalDate(f.noticeDate, 'en')}).`,
    'Late or lost mail does not extend it.',
    'After the last day the reservation is cancelled, without any further notice by mail or telephone.',
    '',
    `For questions, please contact ${f.pickupBranch}${phone}.`,
  ];
  const subject = item === null ? 'Your reserved item is ready for pickup' : `Your reserved item is ready for pickup: ${item}`;
  return { subject, body: lines.join('\n') };
}

/**
 * The hold notice in easy Japanese (やさしい日本語).
 * @param f - its fields
 * @returns subject and body
 * @category Notices
 * @example
 * easyJapaneseNotice(notice.fields).subject; // '【よやくの 本を 用意しました】源氏物語（上）'
 */
export function easyJapaneseNotice(f: HoldNoticeFields): { subject: string; body: string } {
  const item = itemText(f, 'ja');
  const lastDay = formatLocalDate(f.lastDay as LocalDate, 'ja');
  const phone = f.pickupPhone === null ? '' : `（でんわ ${f.pickupPhone}）`;
  const lines = [
    f.patronName === null ? '図書館を つかう みなさまへ' : `${f.patronName} さま`,
    '',
    'よやくした 本を 用意（ようい）しました。',
    '',
    ...(item === null ? [] : [`本の 名前：${item}`]),
    `受け取る（うけとる）図書館：${f.pickupBranch}${phone}`,
    `受け取れる 日：${lastDay}まで`,
    '',
    `${lastDay}までに 図書館に 来て、受け取って ください。`,
    'この 日を すぎると、よやくは なくなります。図書館から れんらくは しません。',
    'メールが とどかなくても、日は のびません。',
    '',
    `わからない ことは、${f.pickupBranch}${phone}に きいて ください。`,
  ];
  const subject = item === null ? '【よやくの 本を 用意しました】' : `【よやくの 本を 用意しました】${item}`;
  return { subject, body: lines.join('\n') };
}
