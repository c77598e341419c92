import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES, REFUSAL_RULES } from '../../src/errors/refusal-codes.js';
import { ALLOWED, combineVerdicts, refusal, refuse } from '../../src/errors/refusal.js';
import { RULE_IDS } from '../../src/errors/rule-id.js';

describe('refusal()', () => {
  it('takes the rule from the catalogue and has no params key when none are given', () => {
    const r = refusal('NOTICE_SENT');
    expect(r).toEqual({ code: 'NOTICE_SENT', rule: 'F4' });
    expect('params' in r).toBe(false);
  });

  it('keeps the params it is given', () => {
    expect(refusal('QUOTA_EXCEEDED', { limit: 7, count: 7 })).toEqual({ code: 'QUOTA_EXCEEDED', rule: 'E1', params: { limit: 7, count: 7 } });
  });

  it('names the rule of every code', () => {
    for (const code of REFUSAL_CODES) expect(refusal(code).rule).toBe(REFUSAL_RULES[code]);
  });
});

describe('refuse()', () => {
  it('is a refusing verdict with exactly that refusal', () => {
    expect(refuse('COUNTER_RESERVATION')).toEqual({ ok: false, refusals: [{ code: 'COUNTER_RESERVATION', rule: 'F3' }] });
    expect(refuse('HOLD_EXPIRED', { lastDay: '2026-12-08' })).toEqual({
      ok: false,
      refusals: [{ code: 'HOLD_EXPIRED', rule: 'D2', params: { lastDay: '2026-12-08' } }],
    });
  });
});

describe('combineVerdicts()', () => {
  it('allows when every verdict allows, and for none at all', () => {
    expect(combineVerdicts([ALLOWED, ALLOWED])).toEqual({ ok: true });
    expect(combineVerdicts([])).toEqual({ ok: true });
  });

  it('keeps every refusal, in order', () => {
    const v = combineVerdicts([refuse('UNREACHABLE'), ALLOWED, refuse('QUOTA_EXCEEDED'), combineVerdicts([refuse('MAINTENANCE'), refuse('NO_EMAIL')])]);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.refusals.map((r) => r.code)).toEqual(['UNREACHABLE', 'QUOTA_EXCEEDED', 'MAINTENANCE', 'NO_EMAIL']);
  });

  it('does not mutate the verdicts it combines', () => {
    const a = refuse('UNREACHABLE');
    const b = refuse('MAINTENANCE');
    const before = JSON.stringify([a, b]);
    combineVerdicts([a, b]);
    expect(JSON.stringify([a, b])).toBe(before);
  });

  it('ALLOWED is frozen', () => {
    expect(Object.isFrozen(ALLOWED)).toBe(true);
  });
});

describe('the refusal catalogue', () => {
  it('maps every refusal code to a rule ID of RULE_IDS', () => {
    expect(REFUSAL_CODES.length).toBeGreaterThan(0);
    for (const code of REFUSAL_CODES) expect(RULE_IDS, code).toContain(REFUSAL_RULES[code]);
  });

  it('lists every code of REFUSAL_RULES in REFUSAL_CODES, once', () => {
    expect([...REFUSAL_CODES].sort()).toEqual(Object.keys(REFUSAL_RULES).sort());
    expect(new Set(REFUSAL_CODES).size).toBe(REFUSAL_CODES.length);
  });

  it('has unique rule IDs, A1…H1 then the project rules P1…', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^([A-H]\d|P\d+)$/);
    expect(RULE_IDS).toContain('H1');
  });

  it('spells codes in SCREAMING_SNAKE_CASE', () => {
    for (const code of REFUSAL_CODES) expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
});
