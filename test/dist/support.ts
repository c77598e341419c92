import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root: programs run here import the package by name (self-reference). */
export const ROOT = resolve(import.meta.dirname, '../..');

interface ExportTarget {
  readonly import?: { readonly types?: string; readonly default?: string };
  readonly require?: { readonly types?: string; readonly default?: string };
}

/** The package manifest. */
export const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  main?: string;
  module?: string;
  types?: string;
  files?: string[];
  exports: Record<string, ExportTarget | string>;
};

/** Every subpath of the exports map that points at code, with its import specifier. */
export const ENTRIES = Object.entries(PKG.exports)
  .filter((entry): entry is [string, ExportTarget] => typeof entry[1] === 'object')
  .map(([subpath, target]) => ({ subpath, specifier: subpath === '.' ? PKG.name : `${PKG.name}/${subpath.slice(2)}`, target }));

/** Fails with a clear message when the package was not built. */
export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` before `npm run test:dist`');
}

/** Runs a Node program from the repository root and returns its stdout, parsed as JSON. */
export function nodeJson<T>(type: 'module' | 'commonjs', source: string): T {
  const out = execFileSync(process.execPath, [`--input-type=${type}`, '-e', source], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  return JSON.parse(out) as T;
}
