import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES } from '../../src/errors/refusal-codes.js';
import { refusal } from '../../src/errors/refusal.js';
import { COPY_STATUSES } from '../../src/model/material.js';
import { CHANNEL_LABELS, COPY_STATUS_LABELS, RESERVATION_STATUS_LABELS } from '../../src/notices/labels.js';
import { fillTemplate, formatRefusal, REFUSAL_MESSAGES } from '../../src/notices/refusal-messages.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const ALLOWED_PARAMS = new Set(['limit', 'count', 'lastDay', 'until', 'category', 'branchId', 'volumeId', 'status', 'maxLastDay']);

describe('REFUSAL_MESSAGES', () => {
  it('has a Japanese and an English message for every refusal code', () => {
    for (const code of REFUSAL_CODES) {
      const message = REFUSAL_MESSAGES[code];
      expect(message, code).toBeDefined();
      expect(message.ja, code).toMatch(JAPANESE);
      expect(message.en.trim(), code).not.toBe('');
      expect(message.en, code).not.toMatch(JAPANESE);
    }
    expect(Object.keys(REFUSAL_MESSAGES).sort()).toEqual([...REFUSAL_CODES].sort());
  });

  it('contains no personal data and names no personal param', () => {
    for (const code of REFUSAL_CODES)
      for (const text of [REFUSAL_MESSAGES[code].ja, REFUSAL_MESSAGES[code].en]) {
        expect(text, code).not.toMatch(/@/);
        expect(text, code).not.toMatch(/\d{6,}/);
        for (const m of text.matchAll(/\{(\w+)\}/g)) {
          expect(ALLOWED_PARAMS.has(m[1] ?? ''), `${code} names {${m[1]}}`).toBe(true);
          expect(m[1], code).not.toMatch(/name|mail|card/i);
        }
      }
  });

  it('[E1] reads as a Japanese library writes it, with the limit filled in', () => {
    expect(formatRefusal(refusal('QUOTA_EXCEEDED', { limit: 7, count: 7 }), 'ja')).toBe('予約できる点数を超えています。インターネット予約は1人7点までです。');
    expect(formatRefusal(refusal('AUDIOVISUAL_QUOTA_EXCEEDED', { limit: 3, count: 3 }), 'en')).toBe(
      'You have reached the limit of online reservations of audiovisual materials (3 items per person).',
    );
  });

  it('[E1] leaves out the part whose params are missing', () => {
    expect(formatRefusal(refusal('QUOTA_EXCEEDED'), 'ja')).toBe('予約できる点数を超えています。');
    expect(formatRefusal(refusal('QUOTA_EXCEEDED'), 'en')).toBe('You have reached the limit of online reservations.');
  });

  it('[D2] writes a date param out in the locale', () => {
    expect(formatRefusal(refusal('HOLD_EXPIRED', { lastDay: '2026-12-15' }), 'ja')).toBe('取置期間（2026年12月15日（火）まで）を過ぎたため、お渡しできません。');
  });

  it('[F4] uses the guide’s wording', () => {
    expect(formatRefusal(refusal('NOTICE_SENT'), 'ja')).toBe('予約決定通知メール送信後は、取消ができません。ご面倒でも図書館にご連絡ください。');
  });

  it('takes a host’s overrides, per code and language, falling back to the table', () => {
    const overrides = { QUOTA_EXCEEDED: { ja: 'ネット予約は{limit}点までです。' } };
    expect(formatRefusal(refusal('QUOTA_EXCEEDED', { limit: 10 }), 'ja', overrides)).toBe('ネット予約は10点までです。');
    expect(formatRefusal(refusal('QUOTA_EXCEEDED', { limit: 10 }), 'en', overrides)).toBe(
      'You have reached the limit of online reservations (10 items per person).',
    );
  });

  it('fills templates: optional parts, missing and null params', () => {
    expect(fillTemplate('a[ b {x}] c {y}.', { x: 1, y: 'z' }, 'en')).toBe('a b 1 c z.');
    expect(fillTemplate('a[ b {x}] c {y}.', { x: null }, 'en')).toBe('a c .');
  });
});

describe('labels', () => {
  it('[F1] every copy status and channel has a label in both languages', () => {
    for (const s of COPY_STATUSES) {
      expect(COPY_STATUS_LABELS[s].ja).toMatch(JAPANESE);
      expect(COPY_STATUS_LABELS[s].en).not.toBe('');
    }
    for (const c of ['online', 'counter'] as const) {
      expect(CHANNEL_LABELS[c].ja).toMatch(JAPANESE);
      expect(CHANNEL_LABELS[c].en).not.toBe('');
    }
    expect(RESERVATION_STATUS_LABELS.onHold.ja).toBe('お取置き');
  });
});
