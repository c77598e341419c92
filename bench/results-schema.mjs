// The shape of bench/results.json, shared by the runner (which validates before writing) and by
// test/bench/results-shape.test.ts.

/**
 * Builds one comparison entry; `ratio` is ours / other and `met` compares it with `target` in the
 * direction `better` names.
 * @param {string} name
 * @param {number} ours
 * @param {number} other
 * @param {string} unit
 * @param {'higher' | 'lower'} better
 * @param {number} target
 * @param {Record<string, unknown>} [extra]
 */
export function makeComparison(name, ours, other, unit, better, target, extra = {}) {
  const ratio = ours / other;
  const met = better === 'higher' ? ratio >= target : ratio <= target;
  return { name, ours, other, unit, ratio, better, target, met, ...extra };
}

/**
 * An entry for a comparison whose code under test does not exist yet: it keeps its place in the
 * file, with `null` figures, `met: false` and the reason in `missing`.
 * @param {string} name
 * @param {string} unit
 * @param {'higher' | 'lower'} better
 * @param {number} target
 * @param {string} missing
 */
export function makeMissingComparison(name, unit, better, target, missing) {
  return { name, ours: null, other: null, unit, ratio: null, better, target, met: false, missing };
}

const isFiniteNumber = (v) => typeof v === 'number' && Number.isFinite(v);

/**
 * Checks a parsed results.json; returns the list of problems (empty when valid).
 * @param {unknown} value
 * @returns {string[]}
 */
export function validateResults(value) {
  const problems = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['results must be an object'];
  const v = /** @type {Record<string, unknown>} */ (value);
  if (typeof v.node !== 'string' || !/^v?\d+\.\d+\.\d+/.test(v.node)) problems.push('node must be a version string');
  if (!Array.isArray(v.comparisons)) return [...problems, 'comparisons must be an array'];
  if (v.comparisons.length === 0) problems.push('comparisons must not be empty');
  const names = new Set();
  v.comparisons.forEach((c, i) => {
    const at = `comparisons[${i}]`;
    if (typeof c !== 'object' || c === null) return problems.push(`${at} must be an object`);
    if (typeof c.name !== 'string' || c.name.length === 0) problems.push(`${at}.name must be a non-empty string`);
    else if (names.has(c.name)) problems.push(`${at}.name ${c.name} is repeated`);
    else names.add(c.name);
    if (typeof c.unit !== 'string' || c.unit.length === 0) problems.push(`${at}.unit must be a non-empty string`);
    if (c.better !== 'higher' && c.better !== 'lower') problems.push(`${at}.better must be "higher" or "lower"`);
    if (!isFiniteNumber(c.target) || c.target <= 0) problems.push(`${at}.target must be a positive number`);
    if (typeof c.met !== 'boolean') problems.push(`${at}.met must be a boolean`);
    if (c.missing !== undefined) {
      if (typeof c.missing !== 'string' || c.missing.length === 0) problems.push(`${at}.missing must be a non-empty string`);
      if (c.ours !== null || c.other !== null || c.ratio !== null) problems.push(`${at}: a missing comparison has null ours, other and ratio`);
      if (c.met !== false) problems.push(`${at}: a missing comparison is not met`);
      return;
    }
    for (const k of ['ours', 'other', 'ratio']) if (!isFiniteNumber(c[k])) problems.push(`${at}.${k} must be a finite number`);
    if (isFiniteNumber(c.ours) && isFiniteNumber(c.other) && isFiniteNumber(c.ratio)) {
      const expected = c.ours / c.other;
      if (Math.abs(c.ratio - expected) > 1e-9 * Math.max(1, Math.abs(expected))) problems.push(`${at}.ratio must be ours / other`);
      if (isFiniteNumber(c.target) && typeof c.met === 'boolean') {
        const met = c.better === 'higher' ? c.ratio >= c.target : c.ratio <= c.target;
        if (met !== c.met) problems.push(`${at}.met must say whether ratio is ${c.better === 'higher' ? '>=' : '<='} target`);
      }
    }
  });
  return problems;
}
