import { describe, expect, it } from 'vitest';
import { isYoyakuError, type YoyakuError } from '../../src/errors/yoyaku-error.js';
import { parsePolicy, safeParsePolicy } from '../../src/policy/parse-policy.js';
import { HOKUTO_POLICY_INPUT } from '../../src/policy/presets/hokuto.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { resolvePolicy } from '../../src/testing/scenario/resolve-policy.js';

function policyError(input: unknown): YoyakuError {
  try {
    parsePolicy(input);
  } catch (e) {
    if (isYoyakuError(e)) return e;
    throw e;
  }
  throw new Error('expected parsePolicy to throw');
}

function paths(e: YoyakuError): string[] {
  return e.issues.map((i) => i.path.map(String).join('.'));
}

const branches = HOKUTO_POLICY_INPUT.branches.map((b) => ({ ...b }));

describe('policy defaults', () => {
  const policy = parsePolicy({});

  it('[E1] allows 7 online reservations, 3 of them audiovisual, counter reservations apart', () => {
    expect(policy.maxOnline).toBe(7);
    expect(policy.maxOnlineAudiovisual).toBe(3);
    expect(policy.quotaCountsCounterReservations).toBe(false);
  });

  it('[D2] holds for 7 calendar days, not extended past closed days', () => {
    expect(policy.holdDays).toBe(7);
    expect(policy.holdCounting).toBe('calendarDays');
    expect(policy.extendHoldPastClosedDays).toBe(false);
  });

  it('[F2] finalises an online cancellation on the next open day', () => {
    expect(policy.onlineCancellation).toBe('nextOpenDay');
  });

  it('[E4] rejects unfulfillable requests', () => {
    expect(policy.rejectUnfulfillable).toBe(true);
  });

  it('[E3] lists the guide’s in-library-only categories', () => {
    expect(policy.nonReservableCategories).toEqual(['rare', 'localHistory', 'reference', 'gazette', 'newspaper']);
  });

  it('takes an empty object as a policy with no branches, and refuses a non-object', () => {
    expect(parsePolicy({}).branches).toEqual([]);
    for (const bad of [undefined, null, 7, 'policy']) expect(policyError(bad).code).toBe('INVALID_POLICY');
  });
});

describe('parsePolicy refuses a bad policy with INVALID_POLICY and the issue paths', () => {
  it('[D2] a holdDays below 1 or not an integer', () => {
    for (const holdDays of [0, -3, 1.5, '7']) {
      const e = policyError({ holdDays });
      expect(e.code).toBe('INVALID_POLICY');
      expect(paths(e)).toEqual(['holdDays']);
    }
  });

  it('[E5] the museum as a pickup point', () => {
    const withMuseumPickup = branches.map((b) => (b.id === 'museum' ? { ...b, pickup: true } : b));
    const e = policyError({ branches: withMuseumPickup });
    expect(e.code).toBe('INVALID_POLICY');
    expect(paths(e)).toEqual(['branches.8.pickup']);
  });

  it('[E5] a museum left at the default pickup', () => {
    const e = policyError({ branches: [{ id: 'm', kind: 'museum', nameJa: '資料館', nameRomaji: 'Museum' }] });
    expect(paths(e)).toEqual(['branches.0.pickup']);
  });

  it('[H1] a duplicate branch id', () => {
    const e = policyError({ branches: [...branches, { ...branches[0]! }] });
    expect(paths(e)).toEqual(['branches.9.id']);
  });

  it('a calendar for an unknown branch', () => {
    const e = policyError({ branches, calendars: { nowhere: { closedWeekdays: [1] } } });
    expect(paths(e)).toEqual(['calendars.nowhere']);
  });

  it('[E1] an audiovisual quota above the total', () => {
    const e = policyError({ maxOnline: 2, maxOnlineAudiovisual: 3 });
    expect(paths(e)).toEqual(['maxOnlineAudiovisual']);
  });

  it('a calendar closed every day of the week', () => {
    const e = policyError({ branches, calendars: { akeno: { closedWeekdays: [0, 1, 2, 3, 4, 5, 6] } } });
    expect(paths(e)).toEqual(['calendars.akeno.closedWeekdays']);
  });

  it('a calendar date that does not exist', () => {
    const e = policyError({ branches, calendars: { akeno: { closedDates: ['2026-02-30'] } } });
    expect(paths(e)).toEqual(['calendars.akeno.closedDates.0']);
  });

  it('names every bad path at once', () => {
    const e = policyError({ holdDays: 0, maxOnline: 0, onlineCancellation: 'never' });
    expect(paths(e).sort()).toEqual(['holdDays', 'maxOnline', 'onlineCancellation']);
  });

  it('the message names the paths, never the values', () => {
    const secret = 'hanako@example.jp';
    const e = policyError({ holdCounting: secret, nonReservableCategories: [42], branches: [{ id: secret, nameJa: '', nameRomaji: secret }] });
    expect(e.message).toContain('holdCounting');
    expect(e.message).toContain('nonReservableCategories.0');
    expect(e.message).toContain('branches.0.nameJa');
    expect(e.message).not.toContain(secret);
    expect(e.message).not.toContain('42');
    expect(JSON.stringify(e.issues)).not.toContain(secret);
  });
});

describe('safeParsePolicy', () => {
  it('returns success false with the issues instead of throwing', () => {
    const result = safeParsePolicy({ holdDays: 0 });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path)).toEqual([['holdDays']]);
  });

  it('returns the parsed policy with defaults on success', () => {
    const result = safeParsePolicy({ maxOnline: 10 });
    expect(result.success).toBe(true);
    if (result.success) expect(result.data).toMatchObject({ maxOnline: 10, holdDays: 7 });
  });
});

describe('InstantSchema', () => {
  it('[A4] refuses an instant whose date does not exist instead of rolling it over', async () => {
    const { InstantSchema } = await import('../../src/policy/schema.js');
    expect(InstantSchema.safeParse('2026-02-30T10:00:00Z').success).toBe(false);
    expect(InstantSchema.parse('2028-02-29T10:00:00+09:00')).toBe('2028-02-29T01:00:00.000Z');
  });
});

describe('strict at every door: unknown fields are refused', () => {
  const cliIssues = (input: Record<string, unknown>) => {
    try {
      resolvePolicy(input);
    } catch (e) {
      return (e as YoyakuError).issues;
    }
    return [];
  };
  const thrownBy = (f: () => unknown): YoyakuError => {
    try {
      f();
    } catch (e) {
      return e as YoyakuError;
    }
    throw new Error('did not throw');
  };

  it('[E1] parsePolicy refuses a misspelt knob with the message of yoyaku check-policy', () => {
    const e = thrownBy(() => parsePolicy({ maxOnlin: 10 }));
    expect(e.code).toBe('INVALID_POLICY');
    expect(e.message).toBe('Invalid policy: maxOnlin: Unknown field "maxOnlin"');
    expect(e.issues).toEqual(cliIssues({ maxOnlin: 10 }));
    expect(e.issues).toEqual([{ path: ['maxOnlin'], message: 'Unknown field "maxOnlin"', code: 'unrecognized_keys' }]);
  });

  it('[E1] hokutoPolicy refuses a misspelt override instead of keeping the default', () => {
    const e = thrownBy(() => hokutoPolicy({ maxOnlin: 10 } as never));
    expect(e.message).toBe('Invalid policy: maxOnlin: Unknown field "maxOnlin"');
    expect(e.issues).toEqual(cliIssues({ preset: 'hokuto', maxOnlin: 10 }));
  });

  it('[H1] refuses unknown fields inside branches, calendars and maintenance windows, at their paths', () => {
    const e = thrownBy(() =>
      parsePolicy({
        branches: [{ id: 'akeno', nameJa: '明野図書館', nameRomaji: 'Akeno', phon: '0551' }],
        calendars: { akeno: { closedWeekday: [1] } },
        maintenanceWindows: [{ start: '2026-12-01T15:00:00Z', end: '2026-12-01T18:00:00Z', note: 'x' }],
      }),
    );
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['branches.0.phon', 'calendars.akeno.closedWeekday', 'maintenanceWindows.0.note']);
  });
});
