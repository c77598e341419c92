import { REFUSAL_CODES, type RefusalCode } from '../errors/refusal-codes.js';
import { YoyakuError } from '../errors/yoyaku-error.js';
import type { Branch } from '../model/branch.js';
import { COPY_STATUSES, type CopyStatus } from '../model/material.js';
import { RESERVATION_STATUSES, type Channel, type ReservationStatus } from '../model/reservation.js';
import type { LocalDate } from '../model/time.js';
import { formatLocalDate } from './format-date.js';
import type { HoldNoticeFields } from './hold-notice.js';
import { easyJapaneseNotice, englishNotice, japaneseNotice } from './hold-notice-texts.js';
import { EASY_JAPANESE_CHANNELS, EASY_JAPANESE_COPY_STATUSES, EASY_JAPANESE_REFUSALS, EASY_JAPANESE_STATUSES } from './ja-easy.js';
import { CHANNEL_LABELS, COPY_STATUS_LABELS, RESERVATION_STATUS_LABELS } from './labels.js';
import { REFUSAL_MESSAGES } from './refusal-messages.js';

/**
 * Everything a patron reads in one language: the message of every refusal code (templates as in
 * {@link REFUSAL_MESSAGES}), the name of every status, copy status and channel, dates, and the
 * hold notice. A host registers one for any locale with {@link createLocaleRegistry}.
 * @category Notices
 * @example
 * const zh: MessageTable = { ...localeTable('en'), locale: 'zh', refusals: { ...localeTable('en').refusals, QUOTA_EXCEEDED: '预约数量已超过上限。' } };
 */
export interface MessageTable {
  /** The locale's tag: `ja`, `en`, `ja-easy`, `zh`, `pt-BR` … */
  readonly locale: string;
  readonly refusals: Readonly<Record<RefusalCode, string>>;
  readonly statuses: Readonly<Record<ReservationStatus, string>>;
  readonly copyStatuses: Readonly<Record<CopyStatus, string>>;
  readonly channels: Readonly<Record<Channel, string>>;
  /** A Japan date as the patron reads it (`2026年12月15日（火）`). */
  formatDate(date: LocalDate): string;
  /** The name of a branch in the locale (the Japanese name, or the romanised one). */
  branchName(branch: Branch): string;
  /** The subject and body of the hold notice (予約（貸出）決定通知メール). */
  holdNotice(fields: HoldNoticeFields): { readonly subject: string; readonly body: string };
}

/**
 * The locales a host can use: the shipped tables (`ja`, `en`, `ja-easy`) and those it registered.
 * @category Notices
 * @example
 * const locales: LocaleRegistry = createLocaleRegistry([zh]);
 * locales.get('zh').statuses.reserved;
 */
export interface LocaleRegistry {
  /** The tags of every table, shipped first. */
  readonly locales: readonly string[];
  /**
   * The table of a locale.
   * @throws {@link YoyakuError} `UNKNOWN_LOCALE` for a locale without a table
   */
  get(locale: string): MessageTable;
}

const byCode = <K extends string>(labels: Readonly<Record<K, { readonly ja: string; readonly en: string }>>, lang: 'ja' | 'en'): Record<K, string> =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, (v as { ja: string; en: string })[lang]])) as Record<K, string>;

// Built on first use: refusal-messages.ts uses the registry, and the registry its messages.
const fromLabels = (lang: 'ja' | 'en', branchName: MessageTable['branchName'], holdNotice: MessageTable['holdNotice']) => (): MessageTable => ({
  locale: lang,
  refusals: byCode(REFUSAL_MESSAGES, lang),
  statuses: byCode(RESERVATION_STATUS_LABELS, lang),
  copyStatuses: byCode(COPY_STATUS_LABELS, lang),
  channels: byCode(CHANNEL_LABELS, lang),
  formatDate: (date) => formatLocalDate(date, lang),
  branchName,
  holdNotice,
});

const ja = fromLabels('ja', (branch) => branch.nameJa, japaneseNotice);
const en = fromLabels('en', (branch) => branch.nameRomaji, englishNotice);

const jaEasy = (): MessageTable => ({
  locale: 'ja-easy',
  refusals: EASY_JAPANESE_REFUSALS,
  statuses: EASY_JAPANESE_STATUSES,
  copyStatuses: EASY_JAPANESE_COPY_STATUSES,
  channels: EASY_JAPANESE_CHANNELS,
  formatDate: (date) => formatLocalDate(date, 'ja'),
  branchName: (branch) => branch.nameJa,
  holdNotice: easyJapaneseNotice,
});

let shipped: readonly MessageTable[] | undefined;

/**
 * The tables this package ships: Japanese, English and easy Japanese (やさしい日本語).
 * @returns the tables
 * @category Notices
 * @example
 * shippedMessageTables().map((t) => t.locale); // ['ja', 'en', 'ja-easy']
 */
export function shippedMessageTables(): readonly MessageTable[] {
  shipped ??= [ja(), en(), jaEasy()];
  return shipped;
}

/**
 * A registry of the shipped tables and the host's own: a host's table for a shipped locale
 * replaces it. Nothing global changes; pass the registry where a locale is used
 * ({@link formatRefusal}, {@link buildHoldNotice}, the service's `locales`).
 * @param tables - the host's tables
 * @returns the registry
 * @throws {@link YoyakuError} `INVALID_INPUT` when a table lacks the message of a refusal code or a status
 * @category Notices
 * @example
 * const locales = createLocaleRegistry([{ ...localeTable('en'), locale: 'pt-BR', statuses: { ...localeTable('en').statuses, reserved: 'Reservado' } }]);
 * locales.get('pt-BR').statuses.reserved; // 'Reservado'
 * locales.get('zh'); // throws YoyakuError { code: 'UNKNOWN_LOCALE' }
 */
export function createLocaleRegistry(tables: readonly MessageTable[] = []): LocaleRegistry {
  const all = new Map<string, MessageTable>();
  for (const table of [...shippedMessageTables(), ...tables]) all.set(table.locale, checkTable(table));
  return {
    locales: [...all.keys()],
    get(locale) {
      const table = all.get(locale);
      if (table !== undefined) return table;
      throw new YoyakuError('UNKNOWN_LOCALE', `No message table for the locale "${locale}": register one with createLocaleRegistry (known: ${[...all.keys()].join(', ')})`, {
        issues: [{ path: ['locale'], message: `Unknown locale; known: ${[...all.keys()].join(', ')}` }],
        details: { locale },
      });
    },
  };
}

/** The text keys every table must fill: one per refusal code, status, copy status and channel. */
function checkTable(table: MessageTable): MessageTable {
  const missing = [
    ...REFUSAL_CODES.filter((k) => !nonEmpty(table.refusals?.[k])).map((k) => ['refusals', k]),
    ...RESERVATION_STATUSES.filter((k) => !nonEmpty(table.statuses?.[k])).map((k) => ['statuses', k]),
    ...COPY_STATUSES.filter((k) => !nonEmpty(table.copyStatuses?.[k])).map((k) => ['copyStatuses', k]),
    ...(Object.keys(CHANNEL_LABELS) as Channel[]).filter((k) => !nonEmpty(table.channels?.[k])).map((k) => ['channels', k]),
  ];
  if (missing.length === 0) return table;
  throw new YoyakuError('INVALID_INPUT', `The message table for "${table.locale}" lacks ${missing.map((m) => m.join('.')).join(', ')}`, {
    issues: missing.map((path) => ({ path, message: 'Missing message' })),
  });
}

function nonEmpty(text: unknown): boolean {
  return typeof text === 'string' && text.trim() !== '';
}

let shippedRegistry: LocaleRegistry | undefined;

/**
 * The registry of the shipped tables alone: `ja`, `en`, `ja-easy`.
 * @returns the registry
 * @category Notices
 * @example
 * shippedLocales().get('ja-easy').statuses.requested; // 'よやく 申しこみ中'
 */
export function shippedLocales(): LocaleRegistry {
  shippedRegistry ??= createLocaleRegistry();
  return shippedRegistry;
}

/**
 * A shipped table, to start a host's own from.
 * @param locale - `ja`, `en` or `ja-easy`
 * @returns the table
 * @throws {@link YoyakuError} `UNKNOWN_LOCALE` for another locale
 * @category Notices
 * @example
 * const vi: MessageTable = { ...localeTable('en'), locale: 'vi' };
 */
export function localeTable(locale: string): MessageTable {
  return shippedLocales().get(locale);
}
