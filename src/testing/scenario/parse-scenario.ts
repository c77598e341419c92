import { REFUSAL_CODES } from '../../errors/refusal-codes.js';
import { RULE_IDS } from '../../errors/rule-id.js';
import { YoyakuError, type YoyakuIssue } from '../../errors/yoyaku-error.js';
import type { Instant } from '../../model/time.js';
import { buildLibrary, type ScenarioLibrary } from './build-library.js';
import { flattenIssues } from './flatten-issues.js';
import { describeIssues } from './resolve-policy.js';
import {
  ScenarioSchema,
  type Scenario,
  type ScenarioExpectation,
  type ScenarioOperationStep,
  type ScenarioStep,
} from './scenario-schema.js';

/**
 * What an alias names: a reservation (bound by `submitCart`, `reserveOnline`,
 * `placeCounterReservation`) or a loan (bound by `checkoutWalkIn`, `collectHold`, or a starting
 * loan's id).
 * @category Testing
 * @example
 * const kind: AliasKind = 'reservation';
 */
export type AliasKind = 'reservation' | 'loan';

/**
 * One step of a checked scenario with the instant it runs at (an expectation without `at` runs
 * at the previous step's).
 * @category Testing
 * @example
 * const first: PreparedStep = prepared.steps[0]!;
 * first.at; // '2026-12-01T01:00:00.000Z'
 */
export interface PreparedStep {
  readonly index: number;
  readonly at: Instant;
  readonly step: ScenarioStep;
}

/**
 * A scenario parsed and checked, ready to run: its library as records and its timed steps.
 * @category Testing
 * @example
 * const prepared: PreparedScenario = parseScenario(json);
 * prepared.library.policy.maxOnline; // 7
 */
export interface PreparedScenario {
  readonly scenario: Scenario;
  readonly library: ScenarioLibrary;
  readonly steps: readonly PreparedStep[];
  /** Every alias a step binds, with what it names (starting loans included). */
  readonly aliases: ReadonlyMap<string, AliasKind>;
}

const CREATES: Partial<Record<ScenarioOperationStep['do'], AliasKind>> = {
  submitCart: 'reservation',
  reserveOnline: 'reservation',
  placeCounterReservation: 'reservation',
  checkoutWalkIn: 'loan',
  collectHold: 'loan',
};

const REFUSAL_NAMES: ReadonlySet<string> = new Set<string>([...REFUSAL_CODES, ...RULE_IDS]);

class StepChecker {
  readonly issues: YoyakuIssue[] = [];
  readonly aliases = new Map<string, AliasKind>();
  private sawOperation = false;

  constructor(private readonly library: ScenarioLibrary) {
    for (const id of library.loanIds) this.aliases.set(id, 'loan');
  }

  private issue(path: PropertyKey[], message: string): void {
    this.issues.push({ path, message });
  }

  private known(set: ReadonlySet<string>, value: unknown, path: PropertyKey[], what: string): void {
    if (typeof value === 'string' && !set.has(value)) this.issue(path, `Unknown ${what} "${value}"`);
  }

  private alias(value: unknown, kind: AliasKind, path: PropertyKey[]): void {
    if (typeof value !== 'string') return;
    const bound = this.aliases.get(value);
    if (bound === undefined) this.issue(path, `Unknown ${kind} alias "${value}": no earlier step binds it with "as"`);
    else if (bound !== kind) this.issue(path, `"${value}" names a ${bound}, not a ${kind}`);
  }

  private bind(value: string, kind: AliasKind, path: PropertyKey[]): void {
    if (this.aliases.has(value)) this.issue(path, `Alias "${value}" is already bound`);
    else this.aliases.set(value, kind);
  }

  operation(step: ScenarioOperationStep, at: PropertyKey[]): void {
    this.sawOperation = true;
    const lib = this.library;
    const actor = step.actor;
    if (actor !== 'system') {
      if ('patron' in actor) this.known(lib.patronIds, actor.patron, [...at, 'actor', 'patron'], 'patron');
      else this.known(lib.branchIds, actor.staff, [...at, 'actor', 'staff'], 'branch');
    }
    const args = step.args as Record<string, unknown>;
    const argAt = (key: string): PropertyKey[] => [...at, 'args', key];
    this.known(lib.volumeIds, args['volumeId'], argAt('volumeId'), 'volume');
    this.known(lib.branchIds, args['pickupBranchId'], argAt('pickupBranchId'), 'branch');
    this.known(lib.patronIds, args['patronId'], argAt('patronId'), 'patron');
    this.known(lib.copyIds, args['copyId'], argAt('copyId'), 'copy');
    this.alias(args['reservationId'], 'reservation', argAt('reservationId'));
    this.alias(args['loanId'], 'loan', argAt('loanId'));
    if (step.do === 'submitCart') {
      step.args.volumeIds.forEach((v, i) => this.known(lib.volumeIds, v, [...argAt('volumeIds'), i], 'volume'));
    }
    if (!('as' in step) || step.as === undefined) return;
    const kind = CREATES[step.do];
    if (kind === undefined) {
      this.issue([...at, 'as'], `"${step.do}" creates nothing to name`);
      return;
    }
    if (Array.isArray(step.as)) {
      const count = step.do === 'submitCart' ? step.args.volumeIds.length : 1;
      if (step.as.length !== count) this.issue([...at, 'as'], `Expected ${count} aliases, one per volume submitted`);
      step.as.forEach((a, i) => this.bind(a, kind, [...at, 'as', i]));
      return;
    }
    if (step.do === 'submitCart' && step.args.volumeIds.length !== 1) {
      this.issue([...at, 'as'], 'One alias names one reservation: give one alias per volume submitted');
    }
    this.bind(step.as, kind, [...at, 'as']);
  }

  expectation(e: ScenarioExpectation, at: PropertyKey[]): void {
    const lib = this.library;
    this.alias(e.reservation, 'reservation', [...at, 'reservation']);
    this.known(lib.branchIds, e.pickupBranch, [...at, 'pickupBranch'], 'branch');
    if (e.refused !== undefined && !REFUSAL_NAMES.has(e.refused)) {
      this.issue([...at, 'refused'], `"${e.refused}" is neither a refusal code nor a rule ID`);
    }
    for (const key of ['refused', 'succeeded', 'error', 'result'] as const) {
      if (e[key] !== undefined && !this.sawOperation) this.issue([...at, key], 'No operation before this expectation');
    }
    if (e.notice) {
      this.known(lib.patronIds, e.notice.patron, [...at, 'notice', 'patron'], 'patron');
      this.alias(e.notice.reservation, 'reservation', [...at, 'notice', 'reservation']);
    }
    if (e.activeCount) this.known(lib.patronIds, e.activeCount.patron, [...at, 'activeCount', 'patron'], 'patron');
    if (e.copy) this.known(lib.copyIds, e.copy.id, [...at, 'copy', 'id'], 'copy');
    if (e.copy) this.known(lib.branchIds, e.copy.branch, [...at, 'copy', 'branch'], 'branch');
    if (e.loan) this.alias(e.loan.id, 'loan', [...at, 'loan', 'id']);
  }
}

function invalid(issues: readonly YoyakuIssue[]): YoyakuError {
  return new YoyakuError('INVALID_SCENARIO', `Invalid scenario: ${describeIssues(issues)}`, { issues });
}

/**
 * Parses and checks a scenario: its shape (with {@link ScenarioSchema}), then what the schema
 * cannot say: ids that exist (patrons, volumes, copies, branches), aliases bound by an earlier
 * step, refusal names that exist, and steps in time order.
 * @param input - the scenario as read from JSON
 * @returns the checked scenario with its library as records
 * @throws {@link YoyakuError} `INVALID_SCENARIO` whose issues name the step and field, such as
 * `steps.3.args.volumeId`
 * @category Testing
 * @example
 * const prepared = parseScenario(JSON.parse(text));
 * prepared.steps.length;
 * @example
 * try {
 *   parseScenario({ name: 'x', library: {}, steps: [{ at: 'soon', expect: { refused: 'E1' } }] });
 * } catch (e) {
 *   if (isYoyakuError(e)) e.issues[0]?.path; // ['steps', 0, 'at']
 * }
 */
export function parseScenario(input: unknown): PreparedScenario {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) throw invalid(flattenIssues(parsed.error.issues));
  const scenario = parsed.data;
  const built = buildLibrary(scenario.library);
  if (built.library === null || built.issues.length > 0) throw invalid(built.issues);
  const checker = new StepChecker(built.library);
  const steps: PreparedStep[] = [];
  let previous: Instant | undefined;
  scenario.steps.forEach((step, index) => {
    const at: PropertyKey[] = ['steps', index];
    const when = step.at ?? previous;
    if (when === undefined) checker.issues.push({ path: [...at, 'at'], message: 'The first step needs "at"' });
    else if (previous !== undefined && when < previous) {
      checker.issues.push({ path: [...at, 'at'], message: `Steps must be in time order: this step is before the previous one (${previous})` });
    }
    if ('do' in step) checker.operation(step, at);
    else checker.expectation(step.expect, [...at, 'expect']);
    if (when !== undefined) {
      steps.push({ index, at: when, step });
      previous = when;
    }
  });
  if (checker.issues.length > 0) throw invalid(checker.issues);
  return { scenario, library: built.library, steps, aliases: checker.aliases };
}
