import { afterAll, describe, expect, it } from 'vitest';
import { ExampleProject, pageProgram } from './literate.js';

// The README's first example, and every code block of the guides that are written as one
// program, against the sources: each type-checks and prints exactly the output shown under it.
const PAGES = {
  readme: pageProgram('README.md', { first: true }),
  gettingStarted: pageProgram('docs/getting-started.md'),
  policy: pageProgram('docs/policy.md'),
};

const SLOW = 180_000;

const project = new ExampleProject('src', Object.fromEntries(Object.entries(PAGES).map(([name, p]) => [name, p.code])));
afterAll(() => project.remove());

describe('the examples of the README and the guides', () => {
  it('are ts blocks that import the package and show their output', () => {
    expect(PAGES.readme.blocks).toBe(1);
    for (const page of Object.values(PAGES)) {
      expect(page.code).toContain("from 'yoyaku-rules'");
      expect(page.expected).not.toBe('');
    }
  });

  it('type-check with the project’s strict settings', () => {
    project.typeCheck();
  }, SLOW);

  it('README: the first example prints the output shown under it', () => {
    expect(project.run('readme')).toBe(PAGES.readme.expected);
  }, SLOW);

  it('docs/getting-started.md: its blocks, as one program, print the outputs shown', () => {
    expect(project.run('gettingStarted')).toBe(PAGES.gettingStarted.expected);
  }, SLOW);

  it('docs/policy.md: its blocks, as one program, print the outputs shown', () => {
    expect(project.run('policy')).toBe(PAGES.policy.expected);
  }, SLOW);
});
