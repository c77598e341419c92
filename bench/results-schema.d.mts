/** One comparison of bench/results.json. */
export interface Comparison {
  name: string;
  ours: number | null;
  other: number | null;
  unit: string;
  ratio: number | null;
  better: 'higher' | 'lower';
  target: number;
  met: boolean;
  /** Present when the code under test does not exist yet. */
  missing?: string;
  [extra: string]: unknown;
}

/** The whole of bench/results.json. */
export interface BenchResults {
  node: string;
  comparisons: Comparison[];
  [extra: string]: unknown;
}

export function makeComparison(
  name: string,
  ours: number,
  other: number,
  unit: string,
  better: 'higher' | 'lower',
  target: number,
  extra?: Record<string, unknown>,
): Comparison;

export function makeMissingComparison(
  name: string,
  unit: string,
  better: 'higher' | 'lower',
  target: number,
  missing: string,
): Comparison;

export function validateResults(value: unknown): string[];
