import { describe, expect, it } from 'vitest';
import { holdLastDay } from '../../src/calendar/hold-last-day.js';
import { japanDateOf, startOfJapanDay } from '../../src/calendar/japan-date.js';
import { isOpenOn } from '../../src/calendar/open-days.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';

const policy = hokutoPolicy();
const PICKUP_BRANCHES = policy.branches.filter((b) => b.pickup).map((b) => b.id);

describe('holdLastDay, counting calendar days (the guide)', () => {
  it('[D2] is the notice date + 7: one week from the day after the notice', () => {
    expect(holdLastDay(policy, 'akeno', '2026-12-01')).toBe('2026-12-08');
    expect(holdLastDay(policy, 'akeno', '2026-12-28')).toBe('2027-01-04');
    expect(holdLastDay(policy, 'akeno', '2028-02-25')).toBe('2028-03-03');
  });

  it('[D2] keeps a last day on which the branch is closed when extendHoldPastClosedDays is off', () => {
    expect(isOpenOn(policy, 'akeno', '2026-12-07')).toBe(false);
    expect(holdLastDay(policy, 'akeno', '2026-11-30')).toBe('2026-12-07');
  });

  it('[D2] follows holdDays', () => {
    expect(holdLastDay(hokutoPolicy({ holdDays: 10 }), 'akeno', '2026-12-01')).toBe('2026-12-11');
    expect(holdLastDay(hokutoPolicy({ holdDays: 1 }), 'akeno', '2026-12-01')).toBe('2026-12-02');
  });
});

describe('holdLastDay with extendHoldPastClosedDays', () => {
  const extended = hokutoPolicy({ extendHoldPastClosedDays: true });

  it('[D2] moves a closed Monday last day to Tuesday', () => {
    expect(holdLastDay(extended, 'akeno', '2026-11-30')).toBe('2026-12-08');
  });

  it('[D2] moves a last day inside the year-end closure to the first open day of the new year', () => {
    expect(holdLastDay(extended, 'akeno', '2026-12-22')).toBe('2027-01-05');
  });

  it('[D2] moves a last day on hakushu’s Monday past its Tuesday closure too', () => {
    expect(holdLastDay(extended, 'hakushu', '2026-11-30')).toBe('2026-12-09');
  });

  it('[D2] leaves an open last day alone', () => {
    expect(holdLastDay(extended, 'akeno', '2026-12-01')).toBe('2026-12-08');
  });
});

describe('holdLastDay counting open days', () => {
  const openDays = hokutoPolicy({ holdCounting: 'openDays' });

  it('[D2] is the 7th open day after the notice, skipping the closed Monday', () => {
    expect(holdLastDay(openDays, 'akeno', '2026-12-01')).toBe('2026-12-09');
  });

  it('[D2] skips a one-off closure of the pickup branch only', () => {
    expect(holdLastDay(openDays, 'akeno', '2026-12-18')).toBe('2026-12-26');
    expect(holdLastDay(openDays, 'nagasaka', '2026-12-18')).toBe('2026-12-27');
  });

  it('[D2] counts across the year-end closure', () => {
    expect(holdLastDay(openDays, 'akeno', '2026-12-24')).toBe('2027-01-08');
  });

  it('[D2] counts hakushu’s Monday and Tuesday closures', () => {
    expect(holdLastDay(hokutoPolicy({ holdCounting: 'openDays', holdDays: 3 }), 'hakushu', '2026-12-04')).toBe('2026-12-09');
  });
});

describe('the hold deadline depends on the notice date only', () => {
  it('[D4] any instant of the notice day in Japan gives the same last day', () => {
    const noticeDate = '2026-12-01';
    const first = startOfJapanDay(noticeDate);
    const last = new Date(Date.parse(startOfJapanDay('2026-12-02')) - 1).toISOString();
    for (const sentAt of [first, '2026-12-01T03:00:00.000Z', last]) {
      expect(japanDateOf(sentAt)).toBe(noticeDate);
      expect(holdLastDay(policy, 'akeno', japanDateOf(sentAt))).toBe('2026-12-08');
    }
  });

  it('[D4] under the guide’s policy it is the same for every pickup branch, whatever its calendar', () => {
    for (const noticeDate of ['2026-11-30', '2026-12-22', '2026-01-05']) {
      const answers = new Set(PICKUP_BRANCHES.map((b) => holdLastDay(policy, b, noticeDate)));
      expect([...answers]).toHaveLength(1);
    }
  });
});
