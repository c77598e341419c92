/**
 * `yoyaku-rules/testing`: the conformance suite for storage adapters, the scenario format and
 * runner, and builders for tests.
 * @packageDocumentation
 */

// Conformance suite for storage adapters
export type {
  ConformanceOptions,
  ConformanceStorage,
  ConformanceFactory,
  ConformanceTest,
  ConformanceDescribe,
} from './testing/conformance/types.js';
export { runConformance, CONFORMANCE_CASE_NAMES } from './testing/conformance/run-conformance.js';
export { ConformanceFailure } from './testing/conformance/assert.js';
export type { Clock, FixedClock, ClockAdvance } from './ports/clock.js';
export { fixedClock, systemClock } from './ports/clock.js';

// Scenarios: format, runner, report, timeline
export {
  ScenarioSchema,
  ScenarioLibrarySchema,
  ScenarioPolicySchema,
  ScenarioPatronSchema,
  ScenarioTitleSchema,
  ScenarioVolumeSchema,
  ScenarioCopySchema,
  ScenarioLoanSchema,
  ScenarioActorSchema,
  ScenarioStepSchema,
  ScenarioOperationStepSchema,
  ScenarioExpectationStepSchema,
  ScenarioExpectationSchema,
  ScenarioNoticeExpectationSchema,
} from './testing/scenario/scenario-schema.js';
export type {
  ScenarioInput,
  Scenario,
  ScenarioStep,
  ScenarioOperationStep,
  ScenarioOperationName,
  ScenarioExpectation,
  ScenarioActor,
} from './testing/scenario/scenario-schema.js';
export { scenarioJsonSchema, scenarioJsonSchemaText, SCENARIO_SCHEMA_ID } from './testing/scenario/json-schema.js';
export { policyJsonSchema, policyJsonSchemaText, PolicyFileSchema, POLICY_SCHEMA_ID } from './testing/scenario/policy-json-schema.js';
export type { AliasKind, PreparedScenario, PreparedStep } from './testing/scenario/parse-scenario.js';
export { parseScenario } from './testing/scenario/parse-scenario.js';
export type { ScenarioLibrary } from './testing/scenario/build-library.js';
export type { PolicyPreset } from './testing/scenario/resolve-policy.js';
export { resolvePolicy } from './testing/scenario/resolve-policy.js';
export type { RunScenarioOptions, ScenarioStorage } from './testing/scenario/run-scenario.js';
export { runScenario } from './testing/scenario/run-scenario.js';
export type {
  ScenarioReport,
  ScenarioStepReport,
  StateChange,
  ExpectationCheck,
  RefusalReport,
} from './testing/scenario/scenario-report.js';
export type { TimelineOptions } from './testing/scenario/format-timeline.js';
export { formatScenarioTimeline } from './testing/scenario/format-timeline.js';

// A year at Hokuto: the simulation, its counts, invariants and report
export type { SimulationOptions } from './testing/simulation/run-simulation.js';
export { runSimulation } from './testing/simulation/run-simulation.js';
export type { LibrarySize } from './testing/simulation/library.js';
export type { SimulationTouched } from './testing/simulation/touched.js';
export type { SimulationCountName, SimulationCounts } from './testing/simulation/counts.js';
export { SIMULATION_COUNT_NAMES } from './testing/simulation/counts.js';
export { SIMULATION_INVARIANT_NAMES } from './testing/simulation/invariants/index.js';
export type { InvariantVerdict, SimulationReport, SimulationSummary, SimulationViolation, SimulationWeek } from './testing/simulation/report.js';
export { simulationSummary } from './testing/simulation/report.js';
export { formatSimulationReport } from './testing/simulation/format-report.js';

// Builders for tests
export type { PatronOverrides } from './testing/builders/a-patron.js';
export { aPatron } from './testing/builders/a-patron.js';
export type { TitleBundle, TitleOptions } from './testing/builders/a-title.js';
export { aTitle } from './testing/builders/a-title.js';
export type { TestLibrary, LibraryOptions } from './testing/builders/a-library.js';
export { aLibrary } from './testing/builders/a-library.js';
