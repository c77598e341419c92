import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ENTRIES, PKG, ROOT } from '../dist/support.js';

// What `npm publish` would put in the tarball: only what a user needs.

interface PackResult {
  readonly files: readonly { readonly path: string; readonly size: number }[];
}

const TOP_LEVEL = new Set(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']);
const ALLOWED_DIRS = ['dist/', 'schema/'];
const NEVER = ['src/', 'test/', 'bench/', 'docs/', 'scripts/', '.ci/', 'examples/', 'node_modules/', '.tmp/', 'coverage/'];

let files: string[] = [];

beforeAll(() => {
  assertBuilt();
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  const [result] = JSON.parse(out) as PackResult[];
  files = (result?.files ?? []).map((f) => f.path).sort();
});

describe('npm pack', () => {
  it('holds only dist/, schema/, the README, the CHANGELOG, the LICENSE and package.json', () => {
    const unexpected = files.filter((f) => !TOP_LEVEL.has(f) && !ALLOWED_DIRS.some((dir) => f.startsWith(dir)));
    expect(unexpected).toEqual([]);
  });

  it('holds no sources, tests, benchmarks, docs, scripts or CI files', () => {
    expect(files.filter((f) => NEVER.some((dir) => f.startsWith(dir)))).toEqual([]);
  });

  it('holds the README, the CHANGELOG, the LICENSE and package.json', () => {
    for (const f of TOP_LEVEL) expect(files).toContain(f);
  });

  it('holds every file the exports map, main, module and types point at', () => {
    const targets = ENTRIES.flatMap((e) => [e.target.import?.types, e.target.import?.default, e.target.require?.types, e.target.require?.default]);
    targets.push(PKG.main, PKG.module, PKG.types);
    const wanted = [...new Set(targets.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^\.\//, '')))];
    expect(wanted.length).toBeGreaterThan(ENTRIES.length);
    expect(wanted.filter((t) => !files.includes(t))).toEqual([]);
  });
});
