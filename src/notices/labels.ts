import type { CopyStatus } from '../model/material.js';
import type { Channel, ReservationStatus } from '../model/reservation.js';

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

/**
 * The name of every copy status as staff and patrons see it, in Japanese and English.
 * @category Notices
 * @example
 * COPY_STATUS_LABELS.onHoldShelf.ja; // '取置中'
 */
export const COPY_STATUS_LABELS: Readonly<Record<CopyStatus, BilingualText>> = {
  onShelf: { ja: '在架', en: 'On shelf' },
  onLoan: { ja: '貸出中', en: 'On loan' },
  inTransit: { ja: '回送中', en: 'In transit' },
  onHoldShelf: { ja: '取置中', en: 'On the hold shelf' },
  missing: { ja: '所在不明', en: 'Missing' },
  longOverdue: { ja: '長期延滞', en: 'Long overdue' },
  awaitingPull: { ja: '予約確保待ち', en: 'To pull for a hold' },
  withdrawn: { ja: '除籍', en: 'Withdrawn' },
};

/**
 * The name of every channel a reservation can come through (A5), in Japanese and English.
 * @category Notices
 * @example
 * CHANNEL_LABELS.counter.ja; // 'カウンター'
 */
export const CHANNEL_LABELS: Readonly<Record<Channel, BilingualText>> = {
  online: { ja: 'インターネット', en: 'Online' },
  counter: { ja: 'カウンター', en: 'Counter' },
};
