import { describe, expect, it } from 'vitest';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { HOKUTO_POLICY_INPUT, hokutoPolicy } from '../../src/policy/presets/hokuto.js';

/** The eight city libraries as the guide lists them (お申込み・お問い合わせは、北杜市図書館まで). */
const GUIDE_LIBRARIES = [
  ['明野図書館', '0551-25-3285'],
  ['すたま森の図書館', '0551-20-6112'],
  ['たかね図書館', '0551-47-4784'],
  ['ながさか図書館', '0551-32-8228'],
  ['金田一春彦記念図書館', '0551-38-1211'],
  ['小淵沢図書館', '0551-42-1203'],
  ['ライブラリーはくしゅう', '0551-35-5070'],
  ['むかわ図書館', '0551-20-3019'],
] as const;

describe('the Hokuto preset', () => {
  const policy = hokutoPolicy();

  it('[H1] has the eight city libraries with the guide’s exact Japanese names and telephone numbers', () => {
    const libraries = policy.branches.filter((b) => b.kind === 'library');
    expect(libraries.map((b) => [b.nameJa, b.phone])).toEqual(GUIDE_LIBRARIES);
  });

  it('[H1] uses the branch ids of the brief, in the guide’s order', () => {
    expect(policy.branches.map((b) => b.id)).toEqual([
      'akeno', 'sutama', 'takane', 'nagasaka', 'kindaichi', 'kobuchizawa', 'hakushu', 'mukawa', 'museum',
    ]);
  });

  it('[H1] [B4] makes every city library a pickup point', () => {
    expect(policy.branches.filter((b) => b.pickup).map((b) => b.nameJa)).toEqual(GUIDE_LIBRARIES.map(([name]) => name));
  });

  it('[E5] has the local history museum, which is never a pickup point', () => {
    const museum = policy.branches.find((b) => b.id === 'museum');
    expect(museum).toMatchObject({ kind: 'museum', pickup: false, nameJa: '北杜市郷土資料館' });
  });

  it('[H1] gives every branch a calendar of its own', () => {
    expect(Object.keys(policy.calendars).sort()).toEqual(policy.branches.map((b) => b.id).sort());
  });

  it('reproduces the guide’s numbers: 7 online, 3 audiovisual, a 7-day hold', () => {
    expect(policy).toMatchObject({ maxOnline: 7, maxOnlineAudiovisual: 3, holdDays: 7, holdCounting: 'calendarDays' });
  });
});

describe('hokutoPolicy(overrides)', () => {
  it('applies overrides on top of the preset and keeps the rest', () => {
    const policy = hokutoPolicy({ maxOnline: 10, holdCounting: 'openDays' });
    expect(policy.maxOnline).toBe(10);
    expect(policy.holdCounting).toBe('openDays');
    expect(policy.maxOnlineAudiovisual).toBe(3);
    expect(policy.branches).toHaveLength(9);
  });

  it('replaces a whole field (shallow), such as the calendars', () => {
    const policy = hokutoPolicy({ calendars: { akeno: { closedWeekdays: [3] } } });
    expect(Object.keys(policy.calendars)).toEqual(['akeno']);
    expect(policy.calendars.akeno?.closedWeekdays).toEqual([3]);
  });

  it('throws YoyakuError INVALID_POLICY for invalid overrides', () => {
    let caught: unknown;
    try {
      hokutoPolicy({ holdDays: 0 });
    } catch (e) {
      caught = e;
    }
    expect(isYoyakuError(caught)).toBe(true);
    expect(caught).toMatchObject({ code: 'INVALID_POLICY' });
  });

  it('returns a fresh policy each call and leaves the preset input untouched', () => {
    const before = JSON.stringify(HOKUTO_POLICY_INPUT);
    const a = hokutoPolicy();
    const b = hokutoPolicy({ maxOnline: 9 });
    expect(a).not.toBe(b);
    expect(a.maxOnline).toBe(7);
    expect(JSON.stringify(HOKUTO_POLICY_INPUT)).toBe(before);
  });
});
