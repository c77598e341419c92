import * as z from 'zod';
import { createMemoryStorage } from '../../adapters/memory/create-memory-storage.js';
import { japanDateOf } from '../../calendar/japan-date.js';
import { parseOrThrow, YoyakuError } from '../../errors/yoyaku-error.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { Instant } from '../../model/time.js';
import { InstantSchema } from '../../policy/schema.js';
import { fixedClock, type FixedClock } from '../../ports/clock.js';
import type { SeedableStorage } from '../../ports/seed-data.js';
import type { StoragePorts } from '../../ports/storage-ports.js';
import { createReservationService, type ReservationServiceOptions } from '../../service/create-reservation-service.js';
import { withStoreOutagesThrown } from '../../service/store-outages-thrown.js';
import type { NoticeSender, ReservationService } from '../../service/reservation-service.js';
import type { OutboxNotice } from '../../ports/outbox.js';
import { checkExpectation } from './check-expectation.js';
import { scenarioOffset } from './scenario-offset.js';
import { parseScenario, type PreparedScenario, type PreparedStep } from './parse-scenario.js';
import { runOperation, toServiceActor, type OperationOutcome } from './run-operation.js';
import type { ScenarioReport, ScenarioStepReport } from './scenario-report.js';
import type { ScenarioOperationStep } from './scenario-schema.js';
import type { MemoryChangeWatch } from '../../adapters/memory/changes.js';
import { mergeInto, partBefore, readStatePart, scopeOfChanges, toMutableState, type MutableScenarioState } from './incremental-state.js';
import { diffScenarioState, readScenarioState, type ScenarioState } from './scenario-state.js';

/**
 * A storage a scenario can run on: the ports, and seeding for its library.
 * @category Testing
 * @example
 * const storage: ScenarioStorage = createMemoryStorage({ clock });
 */
export type ScenarioStorage = StoragePorts & SeedableStorage;

/**
 * Options of {@link runScenario}.
 * @category Testing
 * @example
 * // On SQLite, stopping after the first week and continuing later
 * const first = await runScenario(scenario, { storage: ({ clock }) => createSqliteStorage({ filename: 'demo.db', clock }), until: '2026-12-07T23:59:59+09:00' });
 * const rest = await runScenario(scenario, { storage, seed: false, fromStep: first.nextStep ?? 0, aliases: first.aliases });
 */
export interface RunScenarioOptions {
  /**
   * The storage to run on, made for the scenario's clock (which the runner sets to each step's
   * `at`). Default: a new memory storage.
   */
  readonly storage?: ((context: { readonly clock: FixedClock }) => ScenarioStorage | Promise<ScenarioStorage>) | undefined;
  /** Whether to write the scenario's library into the storage first. Default `true`. */
  readonly seed?: boolean | undefined;
  /** The index of the first step to run, to continue an earlier run. Default 0. */
  readonly fromStep?: number | undefined;
  /** Notices delivered in an earlier run (its report's `notices`), for the notice expectations. */
  readonly notices?: readonly OutboxNotice[] | undefined;
  /** Aliases bound by an earlier run (its report's `aliases`). */
  readonly aliases?: Readonly<Record<string, string>> | undefined;
  /** Stop before the first step after this instant. */
  readonly until?: Instant | undefined;
  /**
   * Options of the service, such as `noticeLocale`. By default ids are made from the step that
   * creates them (`s12-1`), so a report reads the same on every run.
   */
  readonly service?: ReservationServiceOptions | undefined;
  /** Called with each step's report as soon as the step has played (to stream a timeline, or show progress). */
  readonly onStep?: ((step: ScenarioStepReport, progress: { readonly done: number; readonly total: number }) => void) | undefined;
}

type MutableStepReport = { -readonly [K in keyof ScenarioStepReport]: ScenarioStepReport[K] };

function stepIds(): { newId: () => string; at: (index: number) => void } {
  let step = 0;
  let count = 0;
  return {
    newId: () => `s${step}-${++count}`,
    at: (index) => {
      step = index;
      count = 0;
    },
  };
}

function bindAliases(step: ScenarioOperationStep, outcome: OperationOutcome, aliases: Map<string, string>): Record<string, string> {
  if (!('as' in step) || step.as === undefined) return {};
  const names = Array.isArray(step.as) ? step.as : [step.as];
  const bound: Record<string, string> = {};
  names.forEach((name, i) => {
    const id = outcome.created[i];
    if (typeof id === 'string') {
      aliases.set(name, id);
      bound[name] = id;
    }
  });
  return bound;
}

function unboundAlias(alias: string): never {
  throw new YoyakuError('INVALID_SCENARIO', `Alias "${alias}" names nothing: the step that binds it created nothing`, {
    issues: [{ path: [], message: `Alias "${alias}" is not bound` }],
  });
}

async function openStorage(options: RunScenarioOptions, clock: FixedClock): Promise<ScenarioStorage> {
  return options.storage ? options.storage({ clock }) : createMemoryStorage({ clock });
}

/** A memory storage's change watch; other storages are read whole after every step. */
function watchOf(storage: ScenarioStorage): MemoryChangeWatch | null {
  const watchable = storage as ScenarioStorage & { watchChanges?: () => MemoryChangeWatch };
  return typeof watchable.watchChanges === 'function' ? watchable.watchChanges() : null;
}

class ScenarioRun {
  private readonly aliases: Map<string, string>;
  private readonly aliasById = new Map<string, string>();
  private readonly reports: MutableStepReport[] = [];
  private previous: { outcome: OperationOutcome; report: MutableStepReport } | null = null;
  private readonly scenarioScope: { readonly patronIds: readonly string[]; readonly volumeIds: readonly string[] };
  /** The notices delivered so far, as the mailer received them, by id. */
  private readonly mailbox = new Map<string, OutboxNotice>();
  private readonly send: NoticeSender = async (notice) => {
    this.mailbox.set(notice.id, {
      id: notice.id,
      kind: notice.kind,
      patronId: notice.patronId,
      ...(notice.reservationId === null ? {} : { reservationId: notice.reservationId }),
      createdAt: notice.createdAt,
      payload: notice.payload,
    });
  };

  constructor(
    private readonly prepared: PreparedScenario,
    private readonly ports: StoragePorts,
    private readonly service: ReservationService,
    private readonly clock: FixedClock,
    private state: MutableScenarioState,
    aliases: Readonly<Record<string, string>>,
    /** On a memory storage, what each step wrote: only that part is read again after it. */
    private readonly watch: MemoryChangeWatch | null,
  ) {
    this.scenarioScope = { patronIds: [...prepared.library.patronIds], volumeIds: [...prepared.library.volumeIds] };
    this.aliases = new Map([...[...prepared.library.loanIds].map((id) => [id, id] as const), ...Object.entries(aliases)]);
    for (const [alias, id] of this.aliases) this.aliasById.set(id, alias);
  }

  get stepReports(): readonly ScenarioStepReport[] {
    return this.reports;
  }

  /** Seeds the delivered notices of an earlier run. */
  remember(notices: readonly OutboxNotice[]): void {
    for (const n of notices) this.mailbox.set(n.id, n);
  }

  get notices(): OutboxNotice[] {
    return [...this.mailbox.values()];
  }

  get boundAliases(): Record<string, string> {
    return Object.fromEntries([...this.aliases].filter(([alias, id]) => alias !== id));
  }

  private async changes(events: readonly DomainEvent[] = []): Promise<ScenarioStepReport['changes']> {
    const aliasOf = (id: string): string | undefined => this.aliasById.get(id);
    if (this.watch !== null) {
      const scope = scopeOfChanges(this.watch.take(), this.scenarioScope);
      const after = await readStatePart(this.ports, scope, this.mailbox);
      const changes = diffScenarioState(partBefore(this.state, after, scope), after, aliasOf, events);
      mergeInto(this.state, after, scope);
      return changes;
    }
    const after = await readScenarioState(this.ports, this.scenarioScope, { delivered: this.mailbox });
    const changes = diffScenarioState(this.state, after, aliasOf, events);
    this.state = toMutableState(after);
    return changes;
  }

  async operation(prepared: PreparedStep, step: ScenarioOperationStep): Promise<void> {
    const outcome = await runOperation(this.service, step, (alias) => this.aliases.get(alias) ?? unboundAlias(alias), this.send);
    const delivery = this.prepared.scenario.library.noticeDelivery === 'immediate' && step.do !== 'deliverNotices' ? await this.service.deliverNotices(this.send) : null;
    const events = delivery?.ok === true ? [...outcome.events, ...delivery.events] : outcome.events;
    const bound = bindAliases(step, outcome, this.aliases);
    for (const [alias, id] of Object.entries(bound)) this.aliasById.set(id, alias);
    const report: MutableStepReport = {
      index: prepared.index,
      at: prepared.at,
      date: japanDateOf(prepared.at),
      kind: 'operation',
      actor: toServiceActor(step.actor),
      operation: step.do,
      args: step.args,
      ...(Object.keys(bound).length === 0 ? {} : { bound }),
      outcome: outcome.outcome,
      ...(outcome.refusals === undefined ? {} : { refusals: outcome.refusals }),
      ...(outcome.error === undefined ? {} : { error: outcome.error }),
      ...(outcome.value === undefined ? {} : { value: outcome.value }),
      ...(outcome.outcome === 'error' ? { passed: false } : {}),
      message: outcome.message,
      ...(step.note === undefined ? {} : { note: step.note }),
      changes: await this.changes(events),
    };
    this.reports.push(report);
    this.previous = { outcome, report };
  }

  async expectation(prepared: PreparedStep, expectation: Extract<PreparedStep['step'], { expect: unknown }>): Promise<void> {
    const checks = checkExpectation(expectation.expect, {
      state: this.state,
      previous: this.previous?.outcome ?? null,
      resolve: (alias) => this.aliases.get(alias),
      policy: this.prepared.library.policy,
      now: this.clock.now(),
    });
    const passed = checks.every((c) => c.passed);
    const unevaluable = checks.some((c) => !c.passed && c.actual === null && (c.check === 'reservation' || c.check === 'loan'));
    const errorExpected = expectation.expect.error !== undefined && this.previous?.outcome.error?.code === expectation.expect.error;
    if (errorExpected && this.previous) this.previous.report.passed = true;
    this.reports.push({
      index: prepared.index,
      at: prepared.at,
      date: japanDateOf(prepared.at),
      kind: 'expectation',
      outcome: unevaluable ? 'error' : 'ok',
      checks,
      passed,
      message: (passed ? checks : checks.filter((c) => !c.passed)).map((c) => c.message).join('; '),
      ...(expectation.note === undefined ? {} : { note: expectation.note }),
      changes: await this.changes(),
    });
  }
}

/**
 * Plays a scenario: parses it ({@link parseScenario}), builds a storage (a memory one unless
 * `options.storage` makes another) with a fixed clock, writes the library into it, builds the
 * reservation service, then runs each step with the clock at the step's `at`: an operation calls
 * the service, an expectation checks the state. Each step's report lists what changed. The
 * scenario passes when every expectation holds and no operation ended in an error that the next
 * expectation did not name with `error`.
 * @param input - the scenario, as read from JSON
 * @param options - another storage, continuing an earlier run, stopping early, service options
 * @returns the report
 * @throws {@link YoyakuError} `INVALID_SCENARIO` for a malformed scenario: its issues name the step
 * and field (`steps.3.args.volumeId`); `INVALID_INPUT` for a malformed `until` or `fromStep`
 * @category Testing
 * @example
 * import { runScenario } from 'yoyaku-rules/testing';
 * const report = await runScenario(JSON.parse(await readFile('quota.json', 'utf8')));
 * expect(report.passed).toBe(true);
 * @example
 * // What each step did
 * for (const step of report.steps) console.log(step.index, step.outcome, step.message, step.changes.length);
 */
export async function runScenario(input: unknown, options: RunScenarioOptions = {}): Promise<ScenarioReport> {
  const prepared = parseScenario(input);
  const fromStep = parseOrThrow(z.number().int().min(0), options.fromStep ?? 0, 'INVALID_INPUT', 'fromStep');
  const first = prepared.steps.find((s) => s.index >= fromStep)?.at ?? prepared.steps[0]?.at ?? '2000-01-01T00:00:00.000Z';
  const clock = fixedClock(first);
  const storage = await openStorage(options, clock);
  if (options.seed !== false) await storage.seed(prepared.library.seed);
  const ports: StoragePorts = { unitOfWork: storage.unitOfWork, capabilities: storage.capabilities, clock };
  const ids = stepIds();
  // A storage outage ends the run (the CLI's STORE_UNAVAILABLE), it is not a step's outcome.
  const service = withStoreOutagesThrown(createReservationService(ports, prepared.library.policy, { ids: ids.newId, ...options.service }));
  const scope = { patronIds: prepared.library.patronIds, volumeIds: prepared.library.volumeIds };
  const earlier = new Map((options.notices ?? []).map((n) => [n.id, n] as const));
  const initial = await readScenarioState(ports, scope, { delivered: earlier });
  const watch = watchOf(storage);
  const run = new ScenarioRun(prepared, ports, service, clock, toMutableState(initial), options.aliases ?? {}, watch);
  run.remember(options.notices ?? []);
  const until = options.until === undefined ? undefined : parseOrThrow(InstantSchema, options.until, 'INVALID_INPUT', 'until');
  let nextStep: number | null = null;
  try {
    for (const step of prepared.steps) {
      if (step.index < fromStep) continue;
      if (until !== undefined && step.at > until) {
        nextStep = step.index;
        break;
      }
      clock.set(step.at);
      ids.at(step.index);
      if ('do' in step.step) await run.operation(step, step.step);
      else await run.expectation(step, step.step);
      const reported = run.stepReports[run.stepReports.length - 1];
      if (options.onStep !== undefined && reported !== undefined) options.onStep(reported, { done: step.index + 1, total: prepared.steps.length });
    }
  } finally {
    watch?.stop();
  }
  const steps = run.stepReports;
  return {
    name: prepared.scenario.name,
    ...(prepared.scenario.description === undefined ? {} : { description: prepared.scenario.description }),
    rules: prepared.scenario.rules,
    passed: steps.every((s) => s.passed !== false),
    complete: nextStep === null,
    nextStep,
    steps,
    aliases: run.boundAliases,
    offset: scenarioOffset(input),
    notices: run.notices,
    summary: {
      operations: steps.filter((s) => s.kind === 'operation').length,
      refused: steps.filter((s) => s.outcome === 'refused').length,
      expectations: steps.filter((s) => s.kind === 'expectation').length,
      failed: steps.filter((s) => s.passed === false).length,
    },
  };
}
