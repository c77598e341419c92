import { ALLOWED, refuse, type Verdict } from '../errors/refusal.js';
import type { PatronId, VolumeId } from '../model/ids.js';
import type { Loan } from '../model/loan.js';

/**
 * Checks that a patron does not reserve a volume they already have on loan (P3, a project rule:
 * the guide is silent, and a reservation for a book in the patron's own hands would trap the
 * next returned copy for them while others wait).
 *
 * Refusal codes: `ALREADY_ON_LOAN` (P3), with `params.loanId` of the open loan.
 * @param loans - the patron's loans (returned ones and others' are skipped)
 * @param patronId - who is reserving
 * @param volumeId - the volume asked for
 * @returns {@link ALLOWED} or a verdict refusing with `ALREADY_ON_LOAN`
 * @category Rules
 * @example
 * checkNotOnLoan([openLoanOfUpper], 'p-1', 't-1/1');
 * // { ok: false, refusals: [{ code: 'ALREADY_ON_LOAN', rule: 'P3', params: { loanId: 'l-1' } }] }
 * @example
 * checkNotOnLoan([{ ...openLoanOfUpper, returnedAt: '2026-12-05T01:00:00.000Z' }], 'p-1', 't-1/1').ok; // true
 */
export function checkNotOnLoan(loans: readonly Loan[], patronId: PatronId, volumeId: VolumeId): Verdict {
  const open = loans.find((l) => l.patronId === patronId && l.volumeId === volumeId && l.returnedAt === null);
  return open === undefined ? ALLOWED : refuse('ALREADY_ON_LOAN', { loanId: open.id });
}
