import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT } from '../dist/support.js';

// The runtime dependencies are what dist/ imports: each name in `dependencies` is imported by the
// built code, and the optional drivers are never imported at the top of the CLI.

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

/** The packages a built file imports or requires, statically or dynamically, by name. */
function importedPackages(code: string): { all: Set<string>; topLevel: Set<string> } {
  const all = new Set<string>();
  const topLevel = new Set<string>();
  const name = (specifier: string): string | null => {
    if (specifier.startsWith('.') || specifier.startsWith('node:') || specifier.startsWith('/')) return null;
    if (builtinModules.includes(specifier.split('/')[0] ?? '')) return null;
    const parts = specifier.split('/');
    return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
  };
  const patterns: readonly [RegExp, boolean][] = [
    [/^\s*import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm, true],
    [/\bfrom\s+["']([^"']+)["']/g, false],
    [/\brequire\(\s*["']([^"']+)["']\s*\)/g, false],
    [/\bimport\(\s*["']([^"']+)["']\s*\)/g, false],
  ];
  for (const [pattern, isTop] of patterns) {
    for (const m of code.matchAll(pattern)) {
      const pkg = m[1] === undefined ? null : name(m[1]);
      if (pkg === null) continue;
      all.add(pkg);
      if (isTop) topLevel.add(pkg);
    }
  }
  return { all, topLevel };
}

let files: { file: string; code: string }[] = [];

beforeAll(() => {
  assertBuilt();
  const dist = join(ROOT, 'dist');
  files = readdirSync(dist)
    .filter((f) => /\.(c?js)$/.test(f))
    .map((file) => ({ file, code: readFileSync(join(dist, file), 'utf8') }));
});

describe('the dependencies of the built package', () => {
  it('imports every name in dependencies from dist/', () => {
    const used = new Set(files.flatMap((f) => [...importedPackages(f.code).all]));
    const unused = Object.keys(manifest.dependencies ?? {}).filter((d) => !used.has(d));
    expect(unused, 'dependencies nothing in dist/ imports: make them devDependencies').toEqual([]);
  });

  it('imports no package from dist/ that is not a dependency or a peer dependency', () => {
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
    const undeclared = [...new Set(files.flatMap((f) => [...importedPackages(f.code).all]))].filter((p) => !declared.has(p)).sort();
    expect(undeclared).toEqual([]);
  });

  it('never imports an optional driver at the top of dist/cli.js (the CLI loads it when its store is chosen)', () => {
    const cli = files.find((f) => f.file === 'cli.js');
    expect(cli).toBeDefined();
    const top = importedPackages(cli?.code ?? '').topLevel;
    expect(Object.keys(manifest.peerDependencies ?? {}).filter((p) => top.has(p))).toEqual([]);
  });
});
