import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { YEAR_CHARTS, yearPageFile } from '../../scripts/check-year-page.mjs';
import { YEAR_DATA, YEAR_PAGE, yearPage } from '../../scripts/docs-year.mjs';
import { SIMULATION_COUNT_NAMES } from '../../src/testing/simulation/counts.js';
import { SIMULATION_INVARIANT_NAMES } from '../../src/testing/simulation/invariants/index.js';

const data = JSON.parse(readFileSync(YEAR_DATA, 'utf8'));
/** Counts of operations the service does not offer yet (issue 9: copies missing and found). */
const NOT_YET = new Set(['copiesMarkedMissing', 'copiesFound']);

describe('the page "A year at Hokuto"', () => {
  it('is what scripts/docs-year.mjs draws from the committed run (run `npm run docs` to update it)', () => {
    expect(readFileSync(YEAR_PAGE, 'utf8')).toBe(yearPage(data));
  });

  it('[C1][D3][E1] is drawn from a year with no violation, every invariant checked and every count above zero', () => {
    expect(data.days).toBe(365);
    expect(data.violations).toEqual([]);
    expect(data.invariants.map((i: { name: string }) => i.name)).toEqual([...SIMULATION_INVARIANT_NAMES]);
    for (const i of data.invariants) expect(i.checks, i.name).toBeGreaterThan(0);
    // The committed run predates counts added since (such as staffListViews); each count it has is above zero.
    for (const name of Object.keys(data.counts)) if (!NOT_YET.has(name)) expect(data.counts[name], name).toBeGreaterThan(0);
    expect(SIMULATION_COUNT_NAMES).toEqual(expect.arrayContaining(Object.keys(data.counts)));
  });

  it('draws each chart once, as SVG with a title and a description', () => {
    const page = yearPage(data);
    for (const id of YEAR_CHARTS) {
      expect(page.split(`<svg id="${id}"`).length - 1, id).toBe(1);
      expect(page).toMatch(new RegExp(`<svg id="${id}"[^>]*><title id="${id}-title">[^<]+</title><desc id="${id}-desc">[^<]+</desc>`));
    }
  });

  it('is found among the site’s documents by the site check', () => {
    expect(yearPageFile(['lifecycle.html', 'A_year_at_Hokuto.html'])).toBe('documents/A_year_at_Hokuto.html');
    expect(yearPageFile(['lifecycle.html'])).toBeUndefined();
  });
});
