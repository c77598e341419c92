import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { RULE_IDS } from '../../src/errors/rule-id.js';
// @ts-expect-error plain ESM script without types
import { RULES } from '../../scripts/rules-catalogue.mjs';

interface CatalogueRule {
  id: string;
  enforcedBy: string[];
}

describe('docs/rules.md', () => {
  it('is generated from the catalogue and the current test titles', () => {
    expect(() => execFileSync(process.execPath, ['scripts/docs-rules.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('lists every rule ID of the library, in order', () => {
    expect((RULES as CatalogueRule[]).map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it('names only functions the package exports', () => {
    const exported = new Set(Object.keys(api));
    const missing = (RULES as CatalogueRule[]).flatMap((r) => r.enforcedBy.filter((f) => !exported.has(f)).map((f) => `${r.id}: ${f}`));
    expect(missing).toEqual([]);
  });

  it('shows a test or golden scenario for every rule of the guide but A6', () => {
    const text = readFileSync('docs/rules.md', 'utf8');
    const sections = text.split(/^### /m).slice(1);
    const untested = sections.filter((s) => /^[A-H]\d+:/.test(s) && !s.startsWith('A6') && !/\*\*Tests\*\*|\*\*Golden scenarios/.test(s));
    expect(untested.map((s) => s.slice(0, 3))).toEqual([]);
  });
});
