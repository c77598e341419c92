import type { CopyStatus } from '../model/material.js';
import type { Channel, ReservationStatus } from '../model/reservation.js';
import type { RefusalCode } from '../errors/refusal-codes.js';

// やさしい日本語 (easy Japanese), as Japanese cities publish for residents still learning the
// language: short sentences, common words, です・ます, and kanji the message cannot do without
// followed by their reading where it helps.

/**
 * The refusal messages in easy Japanese (やさしい日本語), for the shipped `ja-easy` table.
 * Templates as in {@link REFUSAL_MESSAGES}: `{name}` params, `[…]` parts shown when their params
 * are present.
 * @category Notices
 * @example
 * EASY_JAPANESE_REFUSALS.QUOTA_EXCEEDED; // 'よやく できる 数を こえました。[インターネットで よやく できるのは 1人 {limit}つ までです。]'
 */
export const EASY_JAPANESE_REFUSALS: Readonly<Record<RefusalCode, string>> = {
  NOT_REGISTERED: 'インターネットの よやくを つかう 登録（とうろく）が ありません。図書館（としょかん）で 登録して ください。',
  NO_EMAIL: 'メールアドレスが 登録（とうろく）されて いません。インターネットの よやくは つかえません。',
  INVALID_EMAIL: 'メールアドレスが まちがって います。もう一度 入れて ください。',
  UNREACHABLE: 'あなたの メールに 送る（おくる）ことが できません。図書館（としょかん）に 連絡（れんらく）して ください。',
  MAINTENANCE: 'いま ホームページを 直して（なおして）います。あとで もう一度 ためして ください。',
  CHANNEL_NOT_ACCEPTED: 'メールなどで よやくは できません。',
  ALREADY_IN_CART: 'この 本は もう よやくカートに 入って います。',
  CART_FULL: 'よやくカートが いっぱいです。',
  NOT_IN_CART: 'この 本は よやくカート（お気に入り）に ありません。',
  NOT_A_PICKUP_BRANCH: 'この 場所（ばしょ）では 受け取れません（うけとれません）。市（し）の 図書館（としょかん）を えらんで ください。',
  ALREADY_IN_FAVOURITES: 'この 本は もう お気に入りに 入って います。',
  NOT_YET_ELIGIBLE: 'よやくは、つぎに 図書館（としょかん）が 開いて いる 日に 受け付けます（うけつけます）。',
  COPY_NOT_AVAILABLE: 'この 本は いま かりることが できません。',
  RESERVED_FOR_QUEUE: 'この 本を まって いる 人が います。かりることが できません。',
  HOLD_EXPIRED: '取りおき（とりおき）の 期間（きかん）[（{lastDay}まで）]が おわりました。わたすことが できません。',
  HOLD_NOT_EXPIRED: 'まだ 取りおき（とりおき）の 期間（きかん）[（{lastDay}まで）]です。取り消せません（とりけせません）。',
  COPY_NOT_TRAPPABLE: 'この 本は よやくの 取りおき（とりおき）に つかえません。',
  QUOTA_EXCEEDED: 'よやく できる 数を こえました。[インターネットで よやく できるのは 1人 {limit}つ までです。]',
  AUDIOVISUAL_QUOTA_EXCEEDED: 'よやく できる CD・DVDの 数を こえました。[インターネットで よやく できる CD・DVDは 1人 {limit}つ までです。]',
  SET_NOT_RESERVABLE: '上（じょう）・下（げ）など いくつかの 本に わかれて いる ときは、1さつずつ よやくして ください。',
  IN_LIBRARY_ONLY: 'この 本は 図書館（としょかん）の 中だけで 読む 本です。よやくは できません。',
  UNFULFILLABLE: 'この 本は 見つからないか、長い 間 かえって きて いません。用意（ようい）できません。',
  MUSEUM_NOT_PICKUP: '郷土資料館（きょうどしりょうかん）では 受け取れません（うけとれません）。市（し）の 図書館（としょかん）を えらんで ください。',
  INVALID_TRANSITION: 'この よやくは いま この 操作（そうさ）が できません。',
  CANCEL_NOT_ALLOWED: 'この よやくは インターネットで 取り消せません（とりけせません）。',
  CANCELLATION_PENDING: 'この よやくを 取り消す（とりけす）ことは もう 受け付けました（うけつけました）。つぎに 図書館が 開いて いる 日に 取り消します。',
  COUNTER_RESERVATION: '図書館（としょかん）の まどぐちで した よやくは、インターネットで 取り消せません（とりけせません）。図書館に 連絡（れんらく）して ください。',
  NOTICE_SENT: '「本を 用意（ようい）しました」の メールを 送った（おくった）あとは、取り消せません（とりけせません）。図書館（としょかん）に 連絡（れんらく）して ください。',
  ONLINE_CHANGE_NOT_ALLOWED: 'インターネットで よやくを かえることは できません。「よやく 申しこみ中」の ときは、取り消して（とりけして）から もう一度 よやくして ください。「よやく中」の ときは、受け取る（うけとる）図書館に 連絡（れんらく）して ください。',
  RENEWAL_BLOCKED: 'つぎに まって いる 人が いる 本は、かりる 期間（きかん）を のばせません。',
  DUPLICATE_RESERVATION: 'この 本は もう よやくして います。',
  NOT_ALLOWED: 'この 操作（そうさ）は できません。',
  ALREADY_ON_LOAN: 'この 本は もう かりて います。',
  RENEWAL_LIMIT: 'これ いじょう かりる 期間（きかん）を のばせません[（のばせるのは {limit}回 までです）]。',
  LOAN_RETURNED: 'この 本は もう かえして あります。',
  NOT_FOR_LOAN: 'この 本は 図書館の 外に 持ち出せません（もちだせません）。よやくも かりることも できません。図書館の 中で 読んで ください。',
  COPY_MARK_NOT_ALLOWED: 'この 本の いまの 状態（じょうたい）[（{status}）]では、この 操作（そうさ）は できません。',
  NOT_TO_PULL: 'この 本は この 図書館で 用意（ようい）する 本の リストに ありません。',
  ON_ORDER: 'この 本は まだ 図書館に ありません。よやくは できません。',
  OUTSIDE_BRANCH: 'この よやくは ほかの 図書館で うけとります。うけとる 図書館で 手つづきを して ください。',
  REJECTION_REASON_REQUIRED: 'よやくを ことわる ときは、りゆうが ひつようです。',
  HOLD_EXTENSION_OFF: 'とりおきの きげんは のばせません。',
  HOLD_EXTENSION_LIMIT: 'とりおきの きげんは これいじょう のばせません。',
  NOT_IN_QUEUE: 'この よやくは じゅんばんを まって いないので、じゅんばんを かえられません。',
  REORDER_REASON_REQUIRED: 'じゅんばんを かえる ときは、りゆうが ひつようです。',
  SUSPENSION_OFF: 'よやくを いちじ とめる ことは できません。',
  SUSPENSION_DATE_INVALID: 'とめる きげんは あした いこうの 日に して ください。よういが できた よやくは とめられません。',
  NOT_NEEDED_AFTER_OFF: '「この 日から あとは いらない」は えらべません。',
  NOT_NEEDED_AFTER_PAST: '「この 日から あとは いらない」の 日は、きょう いこうの 日に して ください。',
};

/**
 * The status names in easy Japanese, for the shipped `ja-easy` table.
 * @category Notices
 * @example
 * EASY_JAPANESE_STATUSES.requested; // 'よやく 申しこみ中'
 */
export const EASY_JAPANESE_STATUSES: Readonly<Record<ReservationStatus, string>> = {
  requested: 'よやく 申しこみ中',
  reserved: 'よやく中',
  rejected: 'よやく できませんでした',
  onHold: '取りおき中（とりおきちゅう）',
  collected: 'かりました',
  lapsed: '取りおきが おわりました',
  cancelled: 'よやくを 取り消しました',
};

/**
 * The copy status names in easy Japanese, for the shipped `ja-easy` table.
 * @category Notices
 * @example
 * EASY_JAPANESE_COPY_STATUSES.onShelf; // 'たなに あります'
 */
export const EASY_JAPANESE_COPY_STATUSES: Readonly<Record<CopyStatus, string>> = {
  onShelf: 'たなに あります',
  onLoan: 'かりられて います',
  inTransit: 'はこんで います',
  onHoldShelf: '取りおき中',
  missing: '見つかりません',
  longOverdue: '長い 間 かえって きて いません',
  awaitingPull: 'よやくの ために 用意（ようい）を まって います',
  withdrawn: '図書館の 本では なくなりました',
};

/**
 * The channel names in easy Japanese, for the shipped `ja-easy` table.
 * @category Notices
 * @example
 * EASY_JAPANESE_CHANNELS.online; // 'インターネット'
 */
export const EASY_JAPANESE_CHANNELS: Readonly<Record<Channel, string>> = {
  online: 'インターネット',
  counter: '図書館の まどぐち',
};
