import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExampleProject, pageProgram } from '../docs/literate.js';
import { assertBuilt } from './support.js';

// The README example against the built package, imported by name through the exports map:
// it type-checks against the shipped .d.ts files and prints what the README shows.

const readme = pageProgram('README.md', { first: true });
let project: ExampleProject;

beforeAll(() => {
  assertBuilt();
  project = new ExampleProject('dist', { readme: readme.code });
});
afterAll(() => project.remove());

describe('the README example, against dist', () => {
  it('type-checks against the published type definitions', () => {
    project.typeCheck();
  });

  it('prints the output shown in the README', () => {
    expect(project.run('readme')).toBe(readme.expected);
  });
});
