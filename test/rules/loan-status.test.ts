import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { checkRenewal, loanStatus, renewLoan } from '../../src/rules/loan-status.js';
import { loan, policy, reservation } from './fixtures.js';

const OTHER = { patronId: 'p-2' } as const;

describe('loanStatus', () => {
  it('[G1] is overdue from the first instant of the day after the due date, in Japan time', () => {
    const due = loan({ dueDate: '2026-12-19' });
    expect(loanStatus(due, [], '2026-12-19T14:59:59.999Z').overdue).toBe(false);
    expect(loanStatus(due, [], '2026-12-19T15:00:00.000Z').overdue).toBe(true);
    expect(loanStatus(due, [], '2026-12-18T20:00:00.000Z').overdue).toBe(false);
  });

  it('[G1] a returned loan is not overdue', () => {
    expect(loanStatus(loan({ returnedAt: '2026-12-25T01:00:00.000Z' }), [], '2026-12-26T01:00:00.000Z').overdue).toBe(false);
  });

  it('[G2] shows reserved when another patron waits for the volume', () => {
    expect(loanStatus(loan(), [reservation('reserved', OTHER)], '2026-12-10T01:00:00.000Z').reserved).toBe(true);
    expect(loanStatus(loan(), [reservation('reserved', { ...OTHER, channel: 'counter' })], '2026-12-10T01:00:00.000Z').reserved).toBe(true);
  });

  it('[G2] an unapproved request, a pending cancellation, a hold, the borrower’s own or another volume’s do not count', () => {
    const notWaiting = [
      reservation('requested', OTHER),
      reservation('reserved', { ...OTHER, pending: true }),
      reservation('onHold', OTHER),
      reservation('reserved'),
      reservation('reserved', { ...OTHER, volumeId: 't-1/2' }),
      reservation('cancelled', OTHER),
    ];
    expect(loanStatus(loan(), notWaiting, '2026-12-10T01:00:00.000Z').reserved).toBe(false);
  });

  it('[G3] carries the instant it was computed for, and the due date', () => {
    expect(loanStatus(loan(), [], '2026-12-10T01:00:00.000Z')).toEqual({
      overdue: false,
      reserved: false,
      asOf: '2026-12-10T01:00:00.000Z',
      dueDate: '2026-12-19',
    });
  });
});

describe('checkRenewal', () => {
  const asOf = '2026-12-10T01:00:00.000Z';

  it('[G4] refuses a renewal while someone waits for the item', () => {
    expect(checkRenewal(loan(), [reservation('reserved', OTHER)], asOf, policy)).toEqual({
      ok: false,
      refusals: [{ code: 'RENEWAL_BLOCKED', rule: 'G4' }],
    });
  });

  it('[C2] an unapproved request does not block a renewal', () => {
    expect(checkRenewal(loan(), [reservation('requested', OTHER)], asOf, policy)).toEqual({ ok: true });
  });

  it('[P4] refuses past the renewal limit', () => {
    expect(checkRenewal(loan({ renewals: 1 }), [], asOf, policy)).toEqual({
      ok: false,
      refusals: [{ code: 'RENEWAL_LIMIT', rule: 'P4', params: { limit: 1, count: 1 } }],
    });
    expect(checkRenewal(loan({ renewals: 1 }), [], asOf, hokutoPolicy({ maxRenewals: 2 }))).toEqual({ ok: true });
    expect(checkRenewal(loan(), [], asOf, hokutoPolicy({ maxRenewals: 0 })).ok).toBe(false);
  });

  it('[P4] refuses a returned loan with LOAN_RETURNED alone', () => {
    expect(checkRenewal(loan({ returnedAt: '2026-12-09T01:00:00.000Z', renewals: 5 }), [reservation('reserved', OTHER)], asOf, policy)).toEqual({
      ok: false,
      refusals: [{ code: 'LOAN_RETURNED', rule: 'P4' }],
    });
  });

  it('[G4] reports the limit and the waiting reservation together', () => {
    const verdict = checkRenewal(loan({ renewals: 1 }), [reservation('reserved', OTHER)], asOf, policy);
    expect(verdict.ok ? [] : verdict.refusals.map((r) => r.code)).toEqual(['RENEWAL_LIMIT', 'RENEWAL_BLOCKED']);
  });

  it('[G1] an overdue loan may be renewed', () => {
    expect(checkRenewal(loan(), [], '2026-12-25T01:00:00.000Z', policy)).toEqual({ ok: true });
  });
});

describe('renewLoan', () => {
  it('[G1] extends from the due date when not overdue', () => {
    const before = Object.freeze(loan({ dueDate: '2026-12-19' }));
    const after = renewLoan(before, '2026-12-10T01:00:00.000Z', policy);
    expect(after).toEqual({ ...before, dueDate: '2027-01-02', renewals: 1, version: 1 });
    expect(before.dueDate).toBe('2026-12-19');
  });

  it('[G1] extends from today in Japan when overdue', () => {
    expect(renewLoan(loan({ dueDate: '2026-12-19' }), '2026-12-21T15:30:00.000Z', policy).dueDate).toBe('2027-01-05');
  });

  it('[G1] on the due date itself, both readings agree', () => {
    expect(renewLoan(loan({ dueDate: '2026-12-19' }), '2026-12-19T01:00:00.000Z', hokutoPolicy({ loanDays: 7 })).dueDate).toBe('2026-12-26');
  });
});
