import { addDays } from '../calendar/local-date.js';
import { japanDateOf } from '../calendar/japan-date.js';
import { ALLOWED, combineVerdicts, refuse, type Verdict } from '../errors/refusal.js';
import type { Loan } from '../model/loan.js';
import type { Reservation } from '../model/reservation.js';
import type { Instant, LocalDate } from '../model/time.js';
import type { Policy } from '../policy/schema.js';
import { isQueued } from './reservation-state.js';

/**
 * What the loan status page shows for one loan (G1–G3).
 * @category Rules
 * @example
 * const status: LoanStatus = { overdue: true, reserved: false, asOf: '2026-12-20T00:00:00.000Z', dueDate: '2026-12-19' };
 */
export interface LoanStatus {
  /** G1: the due date has passed (shown in red). Never true for a returned loan. */
  readonly overdue: boolean;
  /** G2: someone else is waiting for the volume (予約「有」): return it by the due date. */
  readonly reserved: boolean;
  /** G3: the instant the status was computed for; the page may lag behind it. */
  readonly asOf: Instant;
  /** The due date in Japan. */
  readonly dueDate: LocalDate;
}

/**
 * The status of a loan as of an instant, for the loan status page.
 *
 * - G1: `overdue` when the loan is not returned and its due date is before today in Japan;
 *   the due date itself is not overdue.
 * - G2: `reserved` when another patron has a reservation for the loan's **volume** in status
 *   exactly `reserved` with no cancellation pending. `requested` ones have no queue place yet
 *   (C2); `onHold` ones already have their copy.
 * - G3: `asOf` is carried through unchanged.
 * @param loan - the loan
 * @param reservations - reservations for the loan's volume (others are skipped)
 * @param asOf - the instant the page is computed for
 * @returns the loan's status
 * @throws {@link YoyakuError} `INVALID_INPUT` when `asOf` is not a valid instant
 * @category Rules
 * @example
 * // Due 2026-12-19; it is 2026-12-20 in Japan from 15:00 UTC on the 19th
 * loanStatus({ ...loan, dueDate: '2026-12-19' }, [], '2026-12-19T15:00:00.000Z').overdue; // true
 * loanStatus({ ...loan, dueDate: '2026-12-19' }, [], '2026-12-19T14:59:59.999Z').overdue; // false
 * @example
 * // An unapproved request does not show 予約「有」 (C2, G2)
 * loanStatus(loan, [othersRequested], asOf).reserved; // false
 * loanStatus(loan, [othersReserved], asOf).reserved; // true
 */
export function loanStatus(loan: Loan, reservations: readonly Reservation[], asOf: Instant): LoanStatus {
  const today = japanDateOf(asOf);
  return {
    overdue: loan.returnedAt === null && loan.dueDate < today,
    reserved: reservations.some((r) => r.volumeId === loan.volumeId && r.patronId !== loan.patronId && isQueued(r)),
    asOf,
    dueDate: loan.dueDate,
  };
}

/**
 * Checks that a loan may be renewed (延長).
 *
 * A returned loan is refused with `LOAN_RETURNED` alone. Otherwise every refusal that applies:
 * `RENEWAL_LIMIT` (P4, `params: { limit, count }`) when `loan.renewals` has reached the policy's
 * `maxRenewals`; `RENEWAL_BLOCKED` (G4) while {@link loanStatus} shows `reserved` (someone
 * waits). `requested` reservations do not block (C2). An overdue loan may be renewed.
 *
 * Refusal codes: `LOAN_RETURNED` (P4), `RENEWAL_LIMIT` (P4), `RENEWAL_BLOCKED` (G4).
 * @param loan - the loan
 * @param reservations - reservations for the loan's volume
 * @param asOf - the instant of the renewal
 * @param policy - the parsed policy
 * @returns {@link ALLOWED} or a verdict with the refusals
 * @throws {@link YoyakuError} `INVALID_INPUT` when `asOf` is not a valid instant
 * @category Rules
 * @example
 * checkRenewal(loan, [othersRequested], asOf, hokutoPolicy()); // { ok: true }
 * @example
 * // Someone waits for it: no renewal (G4)
 * checkRenewal(loan, [othersReserved], asOf, hokutoPolicy());
 * // { ok: false, refusals: [{ code: 'RENEWAL_BLOCKED', rule: 'G4' }] }
 * @example
 * // Renewed once already, with maxRenewals 1 (P4)
 * checkRenewal({ ...loan, renewals: 1 }, [], asOf, hokutoPolicy()).ok; // false (RENEWAL_LIMIT)
 */
export function checkRenewal(loan: Loan, reservations: readonly Reservation[], asOf: Instant, policy: Policy): Verdict {
  if (loan.returnedAt !== null) return refuse('LOAN_RETURNED');
  const status = loanStatus(loan, reservations, asOf);
  return combineVerdicts([
    loan.renewals >= policy.maxRenewals ? refuse('RENEWAL_LIMIT', { limit: policy.maxRenewals, count: loan.renewals }) : ALLOWED,
    status.reserved ? refuse('RENEWAL_BLOCKED') : ALLOWED,
  ]);
}

/**
 * The loan after a renewal: `renewals` and `version` one more, and a new due date `loanDays`
 * after the later of the current due date and today in Japan. So a loan renewed early keeps
 * the days it had left, and an overdue one gets a full period from today.
 * Never mutates its input; does not check the rules: call {@link checkRenewal} first.
 * @param loan - the loan as stored
 * @param asOf - the instant of the renewal
 * @param policy - the parsed policy (its `loanDays`)
 * @returns the renewed loan
 * @throws {@link YoyakuError} `INVALID_INPUT` when `asOf` is not a valid instant
 * @category Rules
 * @example
 * // Not overdue: from the current due date
 * renewLoan({ ...loan, dueDate: '2026-12-19' }, '2026-12-10T01:00:00.000Z', hokutoPolicy()).dueDate; // '2027-01-02'
 * @example
 * // Overdue: from today
 * renewLoan({ ...loan, dueDate: '2026-12-19' }, '2026-12-22T01:00:00.000Z', hokutoPolicy()).dueDate; // '2027-01-05'
 */
export function renewLoan(loan: Loan, asOf: Instant, policy: Policy): Loan {
  const today = japanDateOf(asOf);
  const from = loan.dueDate < today ? today : loan.dueDate;
  return { ...loan, dueDate: addDays(from, policy.loanDays), renewals: loan.renewals + 1, version: loan.version + 1 };
}
