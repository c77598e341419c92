// `yoyaku-rules/testing`: conformance suite, scenario runner, builders.

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
