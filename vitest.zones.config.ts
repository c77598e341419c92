import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite CI runs again under Asia/Tokyo and America/Los_Angeles (after the whole suite under
// UTC): every test except those listed here, which cannot depend on the host's time zone. A new
// test file is run under every zone unless it is added below with its reason.
const zoneIndependent = [
  'test/docs/**', // generated pages, the site in Chromium: text and layout, no clock
  'test/bench/**', // the shape of bench/results.json
  'test/cli/bin.test.ts', // the installed binary starts; its commands are covered by run-cli.test.ts
  'test/testing/simulation/invariants.test.ts', // faults injected into records; the zones are checked by .ci/run comparing a whole simulation's output across zones
  'test/testing/simulation/run-simulation.test.ts', // idem
  'test/cli/simulate.test.ts', // idem
  'test/playground/page-parts.test.ts', // HTML of the playground page
  'test/errors/**', // error and refusal values
];

export default mergeConfig(base, defineConfig({ test: { exclude: zoneIndependent } }));
