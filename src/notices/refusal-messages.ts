import { isLocalDate } from '../calendar/local-date.js';
import type { RefusalCode } from '../errors/refusal-codes.js';
import type { Refusal, RefusalParams } from '../errors/refusal.js';
import { formatLocalDate } from './format-date.js';
import type { BilingualText, Locale } from './labels.js';

/**
 * The message of every refusal code, in Japanese (as a Japanese public library writes to its
 * patrons) and English. Templates may name refusal params as `{name}`; a part in square
 * brackets `[…]` is shown only when every param it names is present, so a message reads well
 * with or without them. Params are facts such as limits and dates, never personal data.
 * Override any of them with the `overrides` of {@link formatRefusal}.
 * @category Notices
 * @example
 * REFUSAL_MESSAGES.QUOTA_EXCEEDED.ja; // '予約できる点数を超えています。[インターネット予約は1人{limit}点までです。]'
 */
export const REFUSAL_MESSAGES: Readonly<Record<RefusalCode, BilingualText>> = {
  NOT_REGISTERED: {
    ja: 'インターネット予約サービスの利用登録がされていません。市内の図書館で登録の申込みを行ってください。',
    en: 'You are not registered for the online reservation service. Please register at one of the city libraries.',
  },
  NO_EMAIL: {
    ja: '連絡用のメールアドレスが登録されていないため、インターネット予約サービスをご利用いただけません。',
    en: 'No e-mail address for notices is registered, so the online reservation service is not available to you.',
  },
  INVALID_EMAIL: {
    ja: 'メールアドレスの形式に誤りがあります。ご確認のうえ、もう一度入力してください。',
    en: 'The e-mail address is not valid. Please check it and enter it again.',
  },
  UNREACHABLE: {
    ja: '連絡用メールが不通のため、インターネット予約・貸出サービスをご利用いただけません。図書館までご連絡ください。',
    en: 'Mail to your address cannot be delivered, so the online service is not available to you. Please contact the library.',
  },
  MAINTENANCE: {
    ja: 'ただいまホームページのメンテナンス中のため、インターネット予約・貸出サービスをご利用いただけません。しばらくしてから、もう一度お試しください。',
    en: 'The online service is under maintenance. Please try again later.',
  },
  CHANNEL_NOT_ACCEPTED: {
    ja: 'Eメール等による予約は受け付けておりません。',
    en: 'Reservations by e-mail or similar means are not accepted.',
  },
  ALREADY_IN_CART: {
    ja: 'この資料はすでに予約カートに入っています。',
    en: 'This item is already in your reservation cart.',
  },
  CART_FULL: {
    ja: '予約カートがいっぱいです[（{limit}件まで）]。',
    en: 'Your reservation cart is full[ (at most {limit} items)].',
  },
  NOT_IN_CART: {
    ja: '指定された資料は予約カート（お気に入りリスト）にありません。',
    en: 'This item is not in your reservation cart (or favourites list).',
  },
  NOT_A_PICKUP_BRANCH: {
    ja: '指定された館は受取館に選べません。市内の図書館から選んでください。',
    en: 'That location cannot be chosen for pickup. Please choose one of the city libraries.',
  },
  ALREADY_IN_FAVOURITES: {
    ja: 'この資料はすでにお気に入りリストに登録されています。',
    en: 'This item is already in your favourites list.',
  },
  NOT_YET_ELIGIBLE: {
    ja: '予約承認処理は、予約をいただいた翌開館日に行います。',
    en: 'Requests are approved on the next open day after they are made.',
  },
  COPY_NOT_AVAILABLE: {
    ja: 'この資料は現在貸出できません。',
    en: 'This copy cannot be lent at the moment.',
  },
  RESERVED_FOR_QUEUE: {
    ja: 'この資料には予約をされている方がいるため、貸出できません。',
    en: 'Someone is waiting for this item, so it cannot be lent.',
  },
  HOLD_EXPIRED: {
    ja: '取置期間[（{lastDay}まで）]を過ぎたため、お渡しできません。',
    en: 'The hold period has ended[ (the last day was {lastDay})], so the item cannot be handed over.',
  },
  HOLD_NOT_EXPIRED: {
    ja: '取置期間中[（{lastDay}まで）]のため、取置を取り消せません。',
    en: 'The hold period has not ended yet[ (it runs until {lastDay})].',
  },
  COPY_NOT_TRAPPABLE: {
    ja: 'この資料は予約の取置に充てられません。',
    en: 'This copy cannot be set aside for a reservation.',
  },
  QUOTA_EXCEEDED: {
    ja: '予約できる点数を超えています。[インターネット予約は1人{limit}点までです。]',
    en: 'You have reached the limit of online reservations[ ({limit} items per person)].',
  },
  AUDIOVISUAL_QUOTA_EXCEEDED: {
    ja: '予約できる視聴覚資料の点数を超えています。[インターネット予約の視聴覚資料は1人{limit}点までです。]',
    en: 'You have reached the limit of online reservations of audiovisual materials[ ({limit} items per person)].',
  },
  SET_NOT_RESERVABLE: {
    ja: '上・下巻等の資料を予約する場合は、それぞれの巻ごとに予約を行ってください。',
    en: 'For a work in several volumes, please reserve each volume separately.',
  },
  IN_LIBRARY_ONLY: {
    ja: '館内閲覧のみの資料（貴重資料、郷土資料、参考資料、官報類、新聞など）は予約できません。',
    en: 'Materials for use in the library only (rare materials, local history, reference works, official gazettes, newspapers and the like) cannot be reserved.',
  },
  UNFULFILLABLE: {
    ja: '所在不明または長期間返却されていない資料のため、ご用意できません。',
    en: 'This item cannot be provided: every copy is missing or has not been returned for a long time.',
  },
  MUSEUM_NOT_PICKUP: {
    ja: '郷土資料館は受取館に選べません。郷土資料館の資料は、市内図書館での貸出・閲覧になります。',
    en: 'The local history museum is not a pickup point. Its materials are lent and read at the city libraries.',
  },
  INVALID_TRANSITION: {
    ja: 'この予約は、現在の状態ではその操作ができません。',
    en: 'This cannot be done with the reservation in its current status.',
  },
  CANCEL_NOT_ALLOWED: {
    ja: 'この予約は、インターネットからは取消できません。',
    en: 'This reservation cannot be cancelled online.',
  },
  CANCELLATION_PENDING: {
    ja: 'この予約の取消はすでに受け付けています。翌開館日に予約取消承認処理を行います。',
    en: 'Your cancellation of this reservation has already been received; it is completed on the next open day.',
  },
  COUNTER_RESERVATION: {
    ja: 'カウンター窓口で受付した予約は、インターネットでの予約取消はできません。図書館までご連絡ください。',
    en: 'A reservation made at the counter cannot be cancelled online. Please contact the library.',
  },
  NOTICE_SENT: {
    ja: '予約決定通知メール送信後は、取消ができません。ご面倒でも図書館にご連絡ください。',
    en: 'After the pickup notice has been sent, the reservation cannot be cancelled online. Please contact the library.',
  },
  ONLINE_CHANGE_NOT_ALLOWED: {
    ja: 'インターネットから予約の変更はできません。「予約申請中」の場合は、予約取消をしてから改めて予約をしてください。「予約中」の場合は、受取指定の図書館にご連絡ください。',
    en: 'A reservation cannot be changed online. While it is requested, cancel it and reserve again; once it is reserved, please contact your pickup library.',
  },
  RENEWAL_BLOCKED: {
    ja: '次に予約がある資料は、貸出の延長はできません。',
    en: 'Someone has reserved this item, so the loan cannot be extended.',
  },
  DUPLICATE_RESERVATION: {
    ja: 'この資料はすでに予約されています。',
    en: 'You have already reserved this item.',
  },
  NOT_ALLOWED: {
    ja: 'この操作は行えません。',
    en: 'This operation is not allowed.',
  },
  ALREADY_ON_LOAN: {
    ja: 'この資料はすでに貸出中です。',
    en: 'You already have this item on loan.',
  },
  RENEWAL_LIMIT: {
    ja: 'これ以上、貸出の延長はできません[（延長は{limit}回まで）]。',
    en: 'The loan cannot be extended again[ (at most {limit} renewals)].',
  },
  LOAN_RETURNED: {
    ja: 'この資料はすでに返却されています。',
    en: 'This item has already been returned.',
  },
  // --- issue 9: copies on the move ---
  NOT_FOR_LOAN: {
    ja: 'この資料は禁帯出のため、予約・貸出できません。館内でご利用ください。',
    en: 'This item may not leave the library, so it cannot be reserved or borrowed. Please use it in the library.',
  },
  COPY_MARK_NOT_ALLOWED: {
    ja: 'この資料の状態[（{status}）]では、その処理はできません。',
    en: 'This copy cannot be marked so in its present status[ ({status})].',
  },
  NOT_TO_PULL: {
    ja: 'この資料はこの館の予約確保リストにありません。',
    en: 'This copy is not on this branch’s list of copies to pull for holds.',
  },
  ON_ORDER: {
    ja: 'この資料はまだ所蔵がないため、予約を受け付けられません。',
    en: 'The library does not hold a copy of this item yet, so the reservation cannot be accepted.',
  },
  // --- end issue 9 ---
};

/**
 * A host's own messages for some refusal codes, in one or both languages.
 * @category Notices
 * @example
 * const overrides: RefusalMessageOverrides = { QUOTA_EXCEEDED: { ja: 'ネット予約は{limit}点までです。' } };
 */
export type RefusalMessageOverrides = Partial<Record<RefusalCode, Partial<BilingualText>>>;

const OPTIONAL_PART = /\[([^\]]*)\]/g;
const PLACEHOLDER = /\{(\w+)\}/g;

function paramText(value: RefusalParams[string], locale: Locale): string {
  if (typeof value === 'string' && isLocalDate(value)) return formatLocalDate(value, locale);
  return String(value);
}

/**
 * Fills a message template with refusal params: `{name}` becomes the param (a date as
 * `YYYY-MM-DD` is written out in the locale); a part in `[…]` is kept only when every param it
 * names is present. A `{name}` outside brackets without its param is left out.
 * @param template - the message template
 * @param params - the refusal's params
 * @param locale - the language of the dates
 * @returns the message
 * @category Notices
 * @example
 * fillTemplate('上限[（1人{limit}点まで）]です', { limit: 7 }, 'ja'); // '上限（1人7点まで）です'
 * fillTemplate('上限[（1人{limit}点まで）]です', undefined, 'ja'); // '上限です'
 */
export function fillTemplate(template: string, params: RefusalParams | undefined, locale: Locale): string {
  const has = (name: string): boolean => params !== undefined && Object.hasOwn(params, name) && params[name] !== null;
  const fill = (text: string): string => text.replace(PLACEHOLDER, (_, name: string) => (has(name) ? paramText(params?.[name] ?? null, locale) : ''));
  const kept = template.replace(OPTIONAL_PART, (_, part: string) => {
    for (const m of part.matchAll(PLACEHOLDER)) if (!has(m[1] ?? '')) return '';
    return part;
  });
  return fill(kept);
}

/**
 * The message of a refusal for a patron or staff, in Japanese or English, from
 * {@link REFUSAL_MESSAGES} or the host's `overrides`, with its params filled in.
 * @param refusal - the refusal
 * @param locale - `ja` or `en`
 * @param overrides - the host's own messages, by code and language
 * @returns the message text
 * @category Notices
 * @example
 * formatRefusal({ code: 'QUOTA_EXCEEDED', rule: 'E1', params: { limit: 7, count: 7 } }, 'ja');
 * // '予約できる点数を超えています。インターネット予約は1人7点までです。'
 * @example
 * formatRefusal(refusal('NOTICE_SENT'), 'en'); // 'After the pickup notice has been sent, …'
 * @example
 * // A host's own wording
 * formatRefusal(refusal('QUOTA_EXCEEDED', { limit: 10 }), 'ja', { QUOTA_EXCEEDED: { ja: 'ネット予約は{limit}点までです。' } });
 * // 'ネット予約は10点までです。'
 */
export function formatRefusal(refusal: Refusal, locale: Locale, overrides?: RefusalMessageOverrides): string {
  const template = overrides?.[refusal.code]?.[locale] ?? REFUSAL_MESSAGES[refusal.code][locale];
  return fillTemplate(template, refusal.params, locale);
}
