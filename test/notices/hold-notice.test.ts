import { describe, expect, it } from 'vitest';
import { buildHoldNotice, type HoldNoticeInput } from '../../src/notices/hold-notice.js';
import { formatLocalDate } from '../../src/notices/format-date.js';
import type { Branch } from '../../src/model/branch.js';
import type { OnHoldReservation } from '../../src/model/reservation.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';

const akeno = hokutoPolicy().branches.find((b) => b.id === 'akeno') as Branch;

const NAME = 'Zebulon-Qwertyname 北杜乙名';
const TITLE = 'Xylophone-Secret-Title 秘密書名';
const LABEL = 'Vol-Quixotic-Label';
const EMAIL = 'hidden.patron@example.jp';
const CARD = '9876543210123';

const reservation: OnHoldReservation = {
  id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/2', audiovisual: false, channel: 'online',
  pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 2, status: 'onHold',
  queuedAt: '2026-12-04T00:00:00.000Z', copyId: 'c-1', trappedAt: '2026-12-08T02:00:00.000Z',
  noticeDate: '2026-12-08', lastDay: '2026-12-15',
};

function input(showName: boolean, showTitle: boolean, locale: 'ja' | 'en' = 'ja'): HoldNoticeInput {
  return {
    reservation,
    patron: {
      id: 'p-1', cardNumber: CARD, name: NAME, email: EMAIL, internetRegistered: true, unreachable: false,
      noticePrivacy: { showName, showTitle },
    },
    title: { id: 't-1', name: TITLE, category: 'book', audiovisual: false },
    volume: { id: 't-1/2', titleId: 't-1', label: LABEL },
    branch: akeno,
    locale,
  };
}

describe('buildHoldNotice', () => {
  it('[D1] names the pickup library and its telephone number, and the last day', () => {
    const notice = buildHoldNotice(input(true, true));
    expect(notice.to).toBe(EMAIL);
    expect(notice.subject).toContain('予約（貸出）決定通知');
    expect(notice.fields).toEqual({
      patronName: NAME, title: TITLE, volumeLabel: LABEL, pickupBranch: '明野図書館', pickupPhone: '0551-25-3285',
      lastDay: '2026-12-15', noticeDate: '2026-12-08',
    });
    expect(notice.body).toContain('明野図書館');
    expect(notice.body).toContain('0551-25-3285');
    expect(notice.body).toContain('2026年12月15日（火）まで');
    const en = buildHoldNotice(input(true, true, 'en'));
    expect(en.fields.pickupBranch).toBe('Akeno Library');
    expect(en.body).toContain('Collect by: Tuesday, 15 December 2026');
  });

  it('[D2] says the period counts from the day after the send date and ends on the last day', () => {
    const ja = buildHoldNotice(input(true, true)).body;
    expect(ja).toContain('送信日（2026年12月8日（火））の翌日から');
    expect(ja).toContain('取置期限を過ぎますと、予約を取消させていただきます');
    const en = buildHoldNotice(input(true, true, 'en')).body;
    expect(en).toContain('by Tuesday, 15 December 2026');
    expect(en).toContain('from the day after this notice was sent (Tuesday, 8 December 2026)');
  });

  it('[D4] warns that late or lost mail does not extend the hold', () => {
    expect(buildHoldNotice(input(true, true)).body).toContain('メールの不着・遅延があっても、取置期限は延長されません');
    expect(buildHoldNotice(input(true, true, 'en')).body).toContain('Late or lost mail does not extend it');
  });

  it('[D3] says the reservation is cancelled after the last day without notice', () => {
    expect(buildHoldNotice(input(true, true)).body).toContain('通知はいたしません');
    expect(buildHoldNotice(input(true, true, 'en')).body).toContain('without any further notice');
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`[D5] a patron who hides the name finds it in no field, subject or body (${locale})`, () => {
      const notice = buildHoldNotice(input(false, true, locale));
      expect(notice.fields.patronName).toBeNull();
      const json = JSON.stringify(notice);
      expect(json).not.toContain('Zebulon');
      expect(json).not.toContain('北杜乙名');
      expect(json).toContain('Xylophone');
    });

    it(`[D5] a patron who hides the title finds neither title nor volume label anywhere (${locale})`, () => {
      const notice = buildHoldNotice(input(true, false, locale));
      expect(notice.fields.title).toBeNull();
      expect(notice.fields.volumeLabel).toBeNull();
      const json = JSON.stringify(notice);
      for (const secret of ['Xylophone', '秘密書名', 'Quixotic']) expect(json).not.toContain(secret);
      expect(json).toContain('Zebulon');
    });

    it(`[D5] hiding both leaves neither, and the card number is never shown (${locale})`, () => {
      const notice = buildHoldNotice(input(false, false, locale));
      const json = JSON.stringify(notice);
      for (const secret of ['Zebulon', '北杜乙名', 'Xylophone', '秘密書名', 'Quixotic', CARD]) expect(json).not.toContain(secret);
      expect(JSON.stringify(buildHoldNotice(input(true, true, locale)))).not.toContain(CARD);
    });
  }

  it('[D5] the e-mail address appears only as the recipient', () => {
    const notice = buildHoldNotice(input(true, true));
    expect(JSON.stringify({ ...notice, to: null })).not.toContain(EMAIL);
  });

  it('[A1] a patron without e-mail gets a notice addressed to nobody, for the host to decide', () => {
    const base = input(true, true);
    const notice = buildHoldNotice({ ...base, patron: { ...base.patron, email: null } });
    expect(notice.to).toBeNull();
    expect(notice.fields.lastDay).toBe('2026-12-15');
  });

  it('throws INVALID_INPUT when a record is not the one the reservation names', () => {
    const base = input(true, true);
    expect(() => buildHoldNotice({ ...base, branch: { ...akeno, id: 'mukawa' } })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => buildHoldNotice({ ...base, patron: { ...base.patron, id: 'p-2' } })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('formatLocalDate', () => {
  it('writes dates with their weekday in both languages, whatever the host time zone', () => {
    expect(formatLocalDate('2026-12-15', 'ja')).toBe('2026年12月15日（火）');
    expect(formatLocalDate('2027-01-03', 'en')).toBe('Sunday, 3 January 2027');
  });
});
