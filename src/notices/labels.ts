import type { ReservationStatus } from '../model/reservation.js';

/**
 * A text in Japanese and English.
 * @category Notices
 * @example
 * const label: BilingualText = { ja: '予約中', en: 'Reserved' };
 */
export interface BilingualText {
  readonly ja: string;
  readonly en: string;
}

/**
 * A locale this library has texts for.
 * @category Notices
 * @example
 * const locale: Locale = 'ja';
 */
export type Locale = keyof BilingualText;

/**
 * The name of every status as the patron sees it (F1), in Japanese and English.
 * @category Notices
 * @example
 * RESERVATION_STATUS_LABELS.requested.ja; // '予約申請中'
 */
export const RESERVATION_STATUS_LABELS: Readonly<Record<ReservationStatus, BilingualText>> = {
  requested: { ja: '予約申請中', en: 'Requested' },
  reserved: { ja: '予約中', en: 'Reserved' },
  rejected: { ja: '予約拒否', en: 'Rejected' },
  onHold: { ja: 'お取置き', en: 'On hold' },
  collected: { ja: '貸出済', en: 'Collected' },
  lapsed: { ja: '取置期限切れ', en: 'Lapsed' },
  cancelled: { ja: '予約取消', en: 'Cancelled' },
};
