import { describe, expect, it } from 'vitest';
import type { Loan } from '../../src/model/loan.js';
import { checkNotOnLoan } from '../../src/rules/already-on-loan.js';

const loan: Loan = {
  id: 'l-1', patronId: 'p-1', copyId: 'c-1', volumeId: 't-1/1', titleId: 't-1', branchId: 'akeno',
  lentAt: '2026-12-01T01:00:00.000Z', dueDate: '2026-12-15', renewals: 0, returnedAt: null, version: 0,
};

describe('checkNotOnLoan', () => {
  it('[P3] refuses a volume the patron has on loan, naming the loan', () => {
    expect(checkNotOnLoan([loan], 'p-1', 't-1/1')).toEqual({ ok: false, refusals: [{ code: 'ALREADY_ON_LOAN', rule: 'P3', params: { loanId: 'l-1' } }] });
  });

  it('[P3] allows once the loan is returned, another volume, or another patron', () => {
    expect(checkNotOnLoan([{ ...loan, returnedAt: '2026-12-05T01:00:00.000Z' }], 'p-1', 't-1/1').ok).toBe(true);
    expect(checkNotOnLoan([loan], 'p-1', 't-1/2').ok).toBe(true);
    expect(checkNotOnLoan([loan], 'p-2', 't-1/1').ok).toBe(true);
  });
});
