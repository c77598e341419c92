import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES, REFUSAL_RULES } from '../../src/errors/refusal-codes.js';
import { refusal } from '../../src/errors/refusal.js';
import { isYoyakuError, type YoyakuError } from '../../src/errors/yoyaku-error.js';
import { COPY_STATUSES } from '../../src/model/material.js';
import { RESERVATION_STATUSES } from '../../src/model/reservation.js';
import { createLocaleRegistry, localeTable, shippedLocales, shippedMessageTables, type MessageTable } from '../../src/notices/locale-registry.js';
import { formatRefusal } from '../../src/notices/refusal-messages.js';

function thrown(f: () => unknown): YoyakuError {
  try {
    f();
  } catch (e) {
    if (isYoyakuError(e)) return e;
    throw e;
  }
  throw new Error('did not throw');
}

const zh: MessageTable = {
  ...localeTable('en'),
  locale: 'zh',
  refusals: { ...localeTable('en').refusals, QUOTA_EXCEEDED: '预约数量已超过上限。[网上预约每人最多{limit}件。]' },
  statuses: { ...localeTable('en').statuses, reserved: '预约中' },
};

describe('locales: the shipped tables and a host’s own', () => {
  it('[E1] [F1] ships ja, en and ja-easy with a message for every refusal code, status, copy status and channel', () => {
    expect(shippedMessageTables().map((t) => t.locale)).toEqual(['ja', 'en', 'ja-easy']);
    const missing = shippedMessageTables().flatMap((t) => [
      ...REFUSAL_CODES.filter((c) => !(typeof t.refusals[c] === 'string' && t.refusals[c].trim() !== '')).map((c) => `${t.locale} refusals.${c}`),
      ...RESERVATION_STATUSES.filter((s) => !(t.statuses[s]?.trim() ?? '')).map((s) => `${t.locale} statuses.${s}`),
      ...COPY_STATUSES.filter((s) => !(t.copyStatuses[s]?.trim() ?? '')).map((s) => `${t.locale} copyStatuses.${s}`),
    ]);
    expect(missing).toEqual([]);
    expect(REFUSAL_CODES).toEqual(Object.keys(REFUSAL_RULES));
  });

  it('[E1] formats a refusal in easy Japanese, with its params', () => {
    expect(formatRefusal(refusal('QUOTA_EXCEEDED', { limit: 7, count: 7 }), 'ja-easy')).toBe(
      'よやく できる 数を こえました。インターネットで よやく できるのは 1人 7つ までです。',
    );
    expect(shippedLocales().get('ja-easy').statuses.requested).toBe('よやく 申しこみ中');
  });

  it('[E1] refuses an unknown locale with YoyakuError UNKNOWN_LOCALE, not a TypeError', () => {
    const e = thrown(() => formatRefusal(refusal('QUOTA_EXCEEDED', { limit: 7 }), 'zh'));
    expect(e.code).toBe('UNKNOWN_LOCALE');
    expect(e.details).toEqual({ locale: 'zh' });
  });

  it('[E1] [F1] uses a table a host registered for its locale', () => {
    const locales = createLocaleRegistry([zh]);
    expect(locales.locales).toEqual(['ja', 'en', 'ja-easy', 'zh']);
    expect(formatRefusal(refusal('QUOTA_EXCEEDED', { limit: 10 }), 'zh', undefined, locales)).toBe('预约数量已超过上限。网上预约每人最多10件。');
    expect(locales.get('zh').statuses.reserved).toBe('预约中');
  });

  it('control: a table without the message of one refusal code is refused (the check above can fail)', () => {
    const { QUOTA_EXCEEDED: _dropped, ...refusals } = zh.refusals;
    const e = thrown(() => createLocaleRegistry([{ ...zh, refusals: refusals as MessageTable['refusals'] }]));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([{ path: ['refusals', 'QUOTA_EXCEEDED'], message: 'Missing message' }]);
  });
});
