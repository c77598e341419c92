import type { RefusalCode } from '../../errors/refusal-codes.js';
import type { RefusalParams } from '../../errors/refusal.js';
import type { RuleId } from '../../errors/rule-id.js';
import type { BranchId, CopyId, LoanId, PatronId, ReservationId, VolumeId } from '../../model/ids.js';
import type { CopyStatus } from '../../model/material.js';
import type { ReservationStatus } from '../../model/reservation.js';
import type { Instant, LocalDate } from '../../model/time.js';
import type { BilingualText } from '../../notices/labels.js';
import type { JsonValue, OutboxNotice } from '../../ports/outbox.js';
import type { Actor } from '../../service/actor.js';
import type { ScenarioOperationName } from './scenario-schema.js';

/**
 * A refusal as a scenario report shows it: code, rule, params, the volume it was about (for a
 * cart entry), and its message in Japanese and English.
 * @category Testing
 * @example
 * const r: RefusalReport = {
 *   code: 'QUOTA_EXCEEDED', rule: 'E1', params: { limit: 7, count: 7 }, volumeId: 'genji/1',
 *   message: { ja: '予約できる点数を超えています。インターネット予約は1人7点までです。', en: 'You have reached the limit of online reservations (7 items per person).' },
 * };
 */
export interface RefusalReport {
  readonly code: RefusalCode;
  readonly rule: RuleId;
  readonly params?: RefusalParams | undefined;
  readonly volumeId?: VolumeId | undefined;
  readonly message: BilingualText;
}

/**
 * One change of state a step made, found by comparing the storage before and after it:
 *
 * - `reservation`: created (`from: null`) or moved to another status, with the hold's last day,
 *   the queue position once reserved, and the rejection's rules;
 * - `cancellationRequested`: an online cancellation now waits for the batch (F2);
 * - `pickupChanged`: staff changed the pickup branch (F5);
 * - `copy`: a copy changed status or place;
 * - `loan`: a loan was made, returned or renewed;
 * - `notice`: a notice was queued in the outbox, with its payload;
 * - `patron`: patron settings changed (names of the fields only, never their values);
 * - `cart`, `favourites`: entries added or removed.
 * @category Testing
 * @example
 * function describe(change: StateChange): string {
 *   return change.type === 'reservation' ? `${change.alias ?? change.reservationId}: ${change.from} → ${change.to}` : change.type;
 * }
 */
export type StateChange =
  | {
      readonly type: 'reservation';
      readonly reservationId: ReservationId;
      readonly alias?: string | undefined;
      readonly patronId: PatronId;
      readonly volumeId: VolumeId;
      readonly channel: 'online' | 'counter';
      readonly from: ReservationStatus | null;
      readonly to: ReservationStatus;
      readonly label: BilingualText;
      readonly lastDay?: LocalDate | undefined;
      readonly queuePosition?: number | undefined;
      readonly reasons?: readonly string[] | undefined;
      readonly copyId?: CopyId | undefined;
    }
  | { readonly type: 'cancellationRequested'; readonly reservationId: ReservationId; readonly alias?: string | undefined; readonly patronId: PatronId }
  | {
      readonly type: 'pickupChanged';
      readonly reservationId: ReservationId;
      readonly alias?: string | undefined;
      readonly from: BranchId;
      readonly to: BranchId;
    }
  | {
      readonly type: 'copy';
      readonly copyId: CopyId;
      readonly volumeId: VolumeId;
      readonly from: { readonly status: CopyStatus; readonly branchId: BranchId };
      readonly to: { readonly status: CopyStatus; readonly branchId: BranchId };
      readonly label: { readonly from: BilingualText; readonly to: BilingualText };
    }
  | {
      readonly type: 'loan';
      readonly event: 'lent' | 'returned' | 'renewed';
      readonly loanId: LoanId;
      readonly alias?: string | undefined;
      readonly patronId: PatronId;
      readonly copyId: CopyId;
      readonly dueDate: LocalDate;
    }
  | {
      readonly type: 'notice';
      readonly noticeId: string;
      readonly kind: string;
      readonly patronId: PatronId;
      readonly reservationId?: ReservationId | undefined;
      readonly alias?: string | undefined;
      readonly payload: { readonly [key: string]: JsonValue };
    }
  | { readonly type: 'patron'; readonly patronId: PatronId; readonly fields: readonly string[] }
  | {
      readonly type: 'cart' | 'favourites';
      readonly patronId: PatronId;
      readonly added: readonly VolumeId[];
      readonly removed: readonly VolumeId[];
    };

/**
 * One check of an expectation step, passed or not, with what was expected and found.
 * @category Testing
 * @example
 * const check: ExpectationCheck = { check: 'status', passed: true, expected: 'reserved', actual: 'reserved', message: 'r1 is reserved (予約中)' };
 */
export interface ExpectationCheck {
  readonly check: string;
  readonly passed: boolean;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly message: string;
}

/**
 * What happened at one step of a scenario.
 *
 * An operation step has `actor`, `operation` and `outcome` (`ok`, `refused` with `refusals`, or
 * `error` with `error`); its `passed` is false only when it ended in an error that the next
 * expectation did not expect. An expectation step has `checks` and `passed`; its `outcome` is
 * `error` when it could not be evaluated (an alias whose step created nothing). Every step lists
 * the `changes` it made.
 * @category Testing
 * @example
 * const step: ScenarioStepReport = {
 *   index: 0, at: '2026-12-01T01:00:00.000Z', date: '2026-12-01', kind: 'operation',
 *   actor: { kind: 'patron', patronId: 'hanako', channel: 'online' }, operation: 'reserveOnline',
 *   args: { volumeId: 'genji/1', pickupBranchId: 'akeno' }, outcome: 'ok',
 *   message: 'reserveOnline: created r1', changes: [],
 * };
 */
export interface ScenarioStepReport {
  readonly index: number;
  readonly at: Instant;
  /** The Japan date of `at`. */
  readonly date: LocalDate;
  readonly kind: 'operation' | 'expectation';
  readonly actor?: Actor | undefined;
  readonly operation?: ScenarioOperationName | undefined;
  /** The arguments as written (aliases, not ids). */
  readonly args?: Readonly<Record<string, unknown>> | undefined;
  /** The aliases the operation bound: alias → id. */
  readonly bound?: Readonly<Record<string, string>> | undefined;
  readonly outcome: 'ok' | 'refused' | 'error';
  readonly refusals?: readonly RefusalReport[] | undefined;
  readonly error?: { readonly code: string; readonly message: string } | undefined;
  /** The operation's value, as the service returned it. */
  readonly value?: unknown;
  readonly checks?: readonly ExpectationCheck[] | undefined;
  readonly passed?: boolean | undefined;
  readonly message: string;
  readonly note?: string | undefined;
  readonly changes: readonly StateChange[];
}

/**
 * The report of a scenario run: whether every expectation held (and no operation failed with an
 * unexpected error), each step, and the aliases bound.
 * @category Testing
 * @example
 * const report: ScenarioReport = await runScenario(scenario);
 * if (!report.passed) console.log(report.steps.filter((s) => s.passed === false).map((s) => s.message));
 */
export interface ScenarioReport {
  readonly name: string;
  readonly description?: string | undefined;
  readonly rules: readonly RuleId[];
  readonly passed: boolean;
  /** False when the run stopped before the last step (`until`). */
  readonly complete: boolean;
  /** The index of the first step not run, or `null` when every step ran. */
  readonly nextStep: number | null;
  readonly steps: readonly ScenarioStepReport[];
  /** Every alias bound so far: alias → id. */
  readonly aliases: Readonly<Record<string, string>>;
  /** The UTC offset the file writes its times in (`+09:00`): the timeline shows times in it. */
  readonly offset?: string | undefined;
  /** Every notice delivered so far, as rendered at delivery (with those passed in `notices` of a continued run). */
  readonly notices: readonly OutboxNotice[];
  readonly summary: {
    readonly operations: number;
    readonly refused: number;
    readonly expectations: number;
    readonly failed: number;
  };
}
