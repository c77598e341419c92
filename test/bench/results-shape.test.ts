import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeComparison, makeMissingComparison, validateResults } from '../../bench/results-schema.mjs';

const RESULTS = fileURLToPath(new URL('../../bench/results.json', import.meta.url));

function sample() {
  return {
    node: 'v20.20.2',
    comparisons: [
      makeComparison('transition-vs-xstate', 6_000_000, 100_000, 'transitions/s', 'higher', 50),
      makeComparison('approval-batch-vs-floor', 4.2, 1.5, 'µs/item', 'lower', 3),
      makeMissingComparison('service-batch-sqlite-vs-raw-sql', 'ms', 'lower', 4, 'createSqliteStorage not found'),
    ],
  };
}

describe('bench/results.json', () => {
  it('has the shape the issue asks for (or, before a bench run, a generated sample has it)', () => {
    const results: unknown = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : sample();
    expect(validateResults(results)).toEqual([]);
  });
});

describe('validateResults', () => {
  it('accepts a valid sample', () => {
    expect(validateResults(sample())).toEqual([]);
  });

  it('computes ratio as ours / other and met in the direction of better', () => {
    const faster = makeComparison('x', 60, 1, 'ops/s', 'higher', 50);
    const slower = makeComparison('y', 4, 1, 'ms', 'lower', 3);
    expect([faster.ratio, faster.met, slower.ratio, slower.met]).toEqual([60, true, 4, false]);
  });

  it('rejects a wrong ratio, a wrong met, a bad direction and a missing node version', () => {
    const bad = {
      comparisons: [
        { ...makeComparison('a', 10, 2, 'ms', 'lower', 3), ratio: 4 },
        { ...makeComparison('b', 10, 2, 'ms', 'lower', 3), met: true },
        { ...makeComparison('c', 10, 2, 'ms', 'lower', 3), better: 'faster' },
      ],
    };
    const problems = validateResults(bad);
    expect(problems.some((p) => p.startsWith('node'))).toBe(true);
    expect(problems.some((p) => p.includes('comparisons[0].ratio'))).toBe(true);
    expect(problems.some((p) => p.includes('comparisons[1].met'))).toBe(true);
    expect(problems.some((p) => p.includes('comparisons[2].better'))).toBe(true);
  });

  it('rejects non-numeric figures, repeated names and a missing entry that claims a figure', () => {
    const c = makeComparison('a', 1, 2, 'ms', 'lower', 3);
    const problems = validateResults({
      node: 'v20.0.0',
      comparisons: [{ ...c, ours: '1' }, c, { ...makeMissingComparison('m', 'ms', 'lower', 4, 'not built'), ours: 3 }],
    });
    expect(problems.some((p) => p.includes('comparisons[0].ours'))).toBe(true);
    expect(problems.some((p) => p.includes('repeated'))).toBe(true);
    expect(problems.some((p) => p.includes('comparisons[2]: a missing comparison'))).toBe(true);
  });

  it('rejects what is not an object, and an empty list', () => {
    expect(validateResults(null)).not.toEqual([]);
    expect(validateResults({ node: 'v20.0.0', comparisons: [] })).toContain('comparisons must not be empty');
  });
});
