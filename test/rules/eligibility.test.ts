import { describe, expect, it } from 'vitest';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import {
  applyEmailChange,
  checkChannel,
  checkEmailChange,
  checkOnlineEligibility,
  isAcceptedChannel,
} from '../../src/rules/eligibility.js';
import { AT, patron, policy } from './fixtures.js';

describe('checkChannel', () => {
  it('[A5] accepts online and counter', () => {
    expect(checkChannel('online')).toEqual({ ok: true });
    expect(checkChannel('counter')).toEqual({ ok: true });
    expect(isAcceptedChannel('online')).toBe(true);
  });

  it.each(['email', 'telephone', 'fax', 'Online', '', 'online '])('[A5] refuses the channel %j', (channel) => {
    expect(checkChannel(channel)).toEqual({ ok: false, refusals: [{ code: 'CHANNEL_NOT_ACCEPTED', rule: 'A5' }] });
    expect(isAcceptedChannel(channel)).toBe(false);
  });
});

describe('checkOnlineEligibility', () => {
  it('[A1] allows a registered patron with an e-mail address', () => {
    expect(checkOnlineEligibility(patron(), AT, policy)).toEqual({ ok: true });
  });

  it('[A1] refuses a patron not registered for the internet service', () => {
    expect(checkOnlineEligibility(patron({ internetRegistered: false }), AT, policy)).toEqual({
      ok: false,
      refusals: [{ code: 'NOT_REGISTERED', rule: 'A1' }],
    });
  });

  it.each([null, undefined, '', '   '])('[A1] refuses a patron whose e-mail is %j', (email) => {
    expect(checkOnlineEligibility(patron({ email }), AT, policy)).toEqual({
      ok: false,
      refusals: [{ code: 'NO_EMAIL', rule: 'A1' }],
    });
  });

  it('[A1] returns both A1 refusals at once', () => {
    const verdict = checkOnlineEligibility(patron({ internetRegistered: false, email: null }), AT, policy);
    expect(verdict).toEqual({
      ok: false,
      refusals: [
        { code: 'NOT_REGISTERED', rule: 'A1' },
        { code: 'NO_EMAIL', rule: 'A1' },
      ],
    });
  });

  it('[A3] refuses a patron staff marked unreachable', () => {
    expect(checkOnlineEligibility(patron({ unreachable: true }), AT, policy)).toEqual({
      ok: false,
      refusals: [{ code: 'UNREACHABLE', rule: 'A3' }],
    });
  });

  describe('[A4] maintenance windows', () => {
    const windowed = hokutoPolicy({
      maintenanceWindows: [
        { start: '2026-12-01T15:00:00Z', end: '2026-12-01T18:00:00Z' },
        { start: '2026-12-05T15:00:00+09:00', end: '2026-12-05T16:00:00+09:00' },
      ],
    });

    it('[A4] refuses at the first instant of a window (start inclusive)', () => {
      expect(checkOnlineEligibility(patron(), '2026-12-01T15:00:00.000Z', windowed)).toEqual({
        ok: false,
        refusals: [{ code: 'MAINTENANCE', rule: 'A4', params: { until: '2026-12-01T18:00:00.000Z' } }],
      });
    });

    it('[A4] refuses at the last millisecond of a window', () => {
      expect(checkOnlineEligibility(patron(), '2026-12-01T17:59:59.999Z', windowed).ok).toBe(false);
    });

    it('[A4] allows at the end of a window (end exclusive) and just before its start', () => {
      expect(checkOnlineEligibility(patron(), '2026-12-01T18:00:00.000Z', windowed)).toEqual({ ok: true });
      expect(checkOnlineEligibility(patron(), '2026-12-01T14:59:59.999Z', windowed)).toEqual({ ok: true });
    });

    it('[A4] compares instants, not their text, whatever the offset', () => {
      expect(checkOnlineEligibility(patron(), '2026-12-05T06:30:00.000Z', windowed).ok).toBe(false);
      expect(checkOnlineEligibility(patron(), '2026-12-02T02:30:00+09:00', windowed).ok).toBe(false);
      expect(checkOnlineEligibility(patron(), '2026-12-02T03:00:00+09:00', windowed).ok).toBe(true);
    });

    it('[A4] reads a window again when its instants were changed after a check (windows are parsed once, for the text they had)', () => {
      const changing = hokutoPolicy({ maintenanceWindows: [{ start: '2026-12-01T15:00:00Z', end: '2026-12-01T18:00:00Z' }] });
      expect(checkOnlineEligibility(patron(), '2026-12-01T16:00:00.000Z', changing).ok).toBe(false);
      const w = changing.maintenanceWindows[0]!;
      w.start = '2026-12-02T15:00:00Z';
      w.end = '2026-12-02T18:00:00Z';
      expect(checkOnlineEligibility(patron(), '2026-12-01T16:00:00.000Z', changing).ok).toBe(true);
      expect(checkOnlineEligibility(patron(), '2026-12-02T16:00:00.000Z', changing)).toEqual({
        ok: false,
        refusals: [{ code: 'MAINTENANCE', rule: 'A4', params: { until: '2026-12-02T18:00:00Z' } }],
      });
      w.end = 'tomorrow';
      expect(() => checkOnlineEligibility(patron(), '2026-12-02T16:00:00.000Z', changing)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    });

    it('[A4] reads the end of a window only when its start is not after the instant, as before', () => {
      const oddEnd = hokutoPolicy({ maintenanceWindows: [{ start: '2026-12-01T15:00:00Z', end: '2026-12-01T18:00:00Z' }] });
      oddEnd.maintenanceWindows[0]!.end = 'later';
      expect(checkOnlineEligibility(patron(), '2026-12-01T14:00:00.000Z', oddEnd)).toEqual({ ok: true });
      expect(() => checkOnlineEligibility(patron(), '2026-12-01T16:00:00.000Z', oddEnd)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    });

    it('[A4] returns every refusal: A1, A3 and A4 together, in that order', () => {
      const verdict = checkOnlineEligibility(
        patron({ internetRegistered: false, email: '', unreachable: true }),
        '2026-12-01T16:00:00.000Z',
        windowed,
      );
      expect(verdict.ok ? [] : verdict.refusals.map((r) => r.code)).toEqual(['NOT_REGISTERED', 'NO_EMAIL', 'UNREACHABLE', 'MAINTENANCE']);
    });
  });

  it('throws INVALID_INPUT for an instant without a time zone', () => {
    expect(() => checkOnlineEligibility(patron(), '2026-12-01T15:00:00', policy)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => checkOnlineEligibility(patron(), 'yesterday', policy)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('checkEmailChange', () => {
  it.each(['hanako@example.jp', 'h.kato+lib@mail.example.co.jp', 'hanako@図書館.jp', 'a_b-c@sub-domain.example.org'])(
    '[A2] accepts %s',
    (email) => {
      expect(checkEmailChange(email)).toEqual({ ok: true });
    },
  );

  it.each([
    '',
    'hanako',
    'hanako@',
    '@example.jp',
    'hanako@localhost',
    'hanako@@example.jp',
    'hana ko@example.jp',
    ' hanako@example.jp',
    'hanako@example.jp ',
    'hanako@example..jp',
    'hanako@.example.jp',
    'hanako@example.jp.',
    '.hanako@example.jp',
    'hana..ko@example.jp',
    'hanako@-example.jp',
    'hanako@exa_mple.jp',
    'hanako@example.jp\n',
    `${'a'.repeat(65)}@example.jp`,
    `hanako@${'a'.repeat(250)}.jp`,
  ])('[A2] refuses the malformed address %j', (email) => {
    expect(checkEmailChange(email)).toEqual({ ok: false, refusals: [{ code: 'INVALID_EMAIL', rule: 'A2' }] });
  });
});

describe('applyEmailChange', () => {
  it('[A2] returns a new patron with the new address, leaving the input alone', () => {
    const before = patron();
    const frozen = Object.freeze({ ...before });
    const after = applyEmailChange(frozen, 'new@example.jp', { confirmed: false });
    expect(after).toEqual({ ...before, email: 'new@example.jp' });
    expect(frozen.email).toBe('hanako@example.jp');
    expect(after).not.toBe(frozen);
  });

  it('[A3] clears the unreachable mark only when the new address is confirmed', () => {
    const unreachable = patron({ unreachable: true });
    expect(applyEmailChange(unreachable, 'new@example.jp', { confirmed: false }).unreachable).toBe(true);
    expect(applyEmailChange(unreachable, 'new@example.jp', { confirmed: true }).unreachable).toBe(false);
    expect(checkOnlineEligibility(applyEmailChange(unreachable, 'new@example.jp', { confirmed: true }), AT, policy)).toEqual({ ok: true });
  });

  it('[A2] throws INVALID_INPUT for a malformed address, without echoing it', () => {
    let caught: unknown;
    try {
      applyEmailChange(patron(), 'secret-address-at-example', { confirmed: true });
    } catch (e) {
      caught = e;
    }
    expect(isYoyakuError(caught)).toBe(true);
    expect(caught).toMatchObject({ code: 'INVALID_INPUT' });
    expect(JSON.stringify(caught) + String((caught as Error).message)).not.toContain('secret-address');
  });
});
