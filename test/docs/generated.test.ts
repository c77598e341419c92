import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { docsData, fillRegions, generatedDocs } from '../../scripts/docs-generate.mjs';
import { ROOT } from './literate.js';

const lifecycleOf = (data: ReturnType<typeof docsData>) =>
  generatedDocs(data, ROOT).find((doc) => doc.file === 'docs/lifecycle.md')?.expected ?? '';

const svgOf = (markdown: string) => /<svg id="lifecycle-diagram"[\s\S]*?<\/svg>/.exec(markdown)?.[0] ?? '';

describe('generated documentation', () => {
  const data = docsData(lib, z, ROOT);

  it('the committed guides match what the code generates (run `npm run docs` to update them)', () => {
    const stale = generatedDocs(data, ROOT).filter((doc) => doc.expected !== doc.actual);
    expect(stale.map((doc) => doc.file)).toEqual([]);
  });

  it('the lifecycle diagram shows every status by code, Japanese and English name, and an arrow per pair of statuses', () => {
    const svg = svgOf(lifecycleOf(data));
    for (const [status, label] of Object.entries(lib.RESERVATION_STATUS_LABELS)) {
      expect(svg).toContain(`data-state="${status}"`);
      expect(svg).toContain(label.ja);
      expect(svg).toContain(label.en);
    }
    const pairs = new Set(lib.TRANSITIONS.filter((t) => t.from !== t.to).map((t) => `${t.from}>${t.to}`));
    const loops = new Set(lib.TRANSITIONS.filter((t) => t.from === t.to).map((t) => t.from));
    const entries = lib.toMermaid().split('\n').filter((line) => line.includes('[*] -->')).length;
    expect(svg.match(/<path class="edge"/g)?.length).toBe(pairs.size + entries);
    expect(svg.match(/<path class="edge loop"/g)?.length).toBe(loops.size);
    for (const t of lib.TRANSITIONS) expect(svg).toContain(`${t.event} (${t.rules.join(', ')})`);
  });

  it('the lifecycle page lists every transition of the table', () => {
    const page = lifecycleOf(data);
    for (const t of lib.TRANSITIONS) expect(page).toMatch(new RegExp(`\\| \`${t.from}\` [^|]*\\| \`${t.event}\` \\| \`${t.to}\` [^|]*\\| ${t.rules.join(', ')} \\|`));
  });

  it('the diagram follows the table: a new transition appears, a removed one disappears', () => {
    const rows = [...lib.TRANSITIONS.filter((t) => t.event !== 'changePickup'), { from: 'lapsed', event: 'reinstate', to: 'reserved', rules: ['P9'] }];
    const changed = docsData({ ...lib, TRANSITIONS: rows, toMermaid: () => lib.toMermaid(rows as typeof lib.TRANSITIONS) }, z, ROOT);
    const svg = svgOf(lifecycleOf(changed));
    expect(svg).toContain('reinstate (P9)');
    expect(svg).not.toContain('changePickup');
  });

  it('the diagram is the same bytes on every build', () => {
    expect(lifecycleOf(docsData(lib, z, ROOT))).toBe(lifecycleOf(data));
  });

  it('the policy guide has a row for every knob of PolicySchema', () => {
    const policy = generatedDocs(data, ROOT).find((doc) => doc.file === 'docs/policy.md')?.expected ?? '';
    for (const knob of Object.keys(lib.PolicySchema.shape)) expect(policy).toContain(`| \`${knob}\` |`);
    for (const branch of lib.HOKUTO_POLICY_INPUT.branches) expect(policy).toContain(`| \`${branch.id}\` | ${branch.nameJa}<br>${branch.nameRomaji} |`);
  });

  it('an unknown generated region is an error, not a silent gap', () => {
    expect(() => fillRegions('<!-- generated:nope -->\nx\n<!-- /generated:nope -->\n', {}, 'x.md')).toThrow(/unknown generated region "nope"/);
  });
});
