import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './literate.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'yoyaku-site-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function runScript(script: string, args: string[]): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, output };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

describe('scripts/check-links.mjs', () => {
  const page = (body: string) => `<html><body><h2 id="top">x</h2>${body}</body></html>`;

  it('passes a site whose internal links all resolve, and ignores external ones', () => {
    const site = tree({
      'index.html': page('<a href="documents/guide.html#install">g</a> <a href="#top">t</a> <a href="https://example.org/x">e</a> <a href="mailto:a@b">m</a>'),
      'documents/guide.html': '<h2 id="install">Install</h2><a href="../">home</a><img src="../assets/pic.svg">',
      'assets/pic.svg': '<svg/>',
    });
    const result = runScript('check-links.mjs', [site]);
    expect(result.output).toContain('none broken');
    expect(result.code).toBe(0);
  });

  it('fails on a missing page and on a missing anchor, naming each', () => {
    const site = tree({
      'index.html': page('<a href="documents/gone.html">x</a> <a href="documents/guide.html#nowhere">y</a> <a href="#top">ok</a>'),
      'documents/guide.html': '<h2 id="install">Install</h2>',
    });
    const result = runScript('check-links.mjs', [site]);
    expect(result.code).toBe(1);
    expect(result.output).toContain('documents/gone.html (no such file)');
    expect(result.output).toContain('no anchor #nowhere');
  });
});

describe('scripts/check-examples.mjs', () => {
  it('lists an export without @example or @category, and passes a documented one', () => {
    const pkg = tree({
      'package.json': JSON.stringify({ name: 'fixture', type: 'module', exports: { '.': { import: { default: './dist/index.js' } } } }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022', noEmit: true }, include: ['src'] }),
      'src/index.ts': [
        "export { documented } from './documented.js';",
        "export { bare, noExample } from './bare.js';",
      ].join('\n'),
      'src/documented.ts': [
        '/**',
        ' * Adds one.',
        ' * @param n - a number',
        ' * @returns n + 1',
        ' * @category Calendar',
        ' * @example',
        ' * documented(1); // 2',
        ' */',
        'export function documented(n: number): number {',
        '  return n + 1;',
        '}',
      ].join('\n'),
      'src/bare.ts': [
        'export const bare = 1;',
        '/**',
        ' * Has no example.',
        ' * @category Calendar',
        ' */',
        'export function noExample(n: number): number {',
        '  return n;',
        '}',
      ].join('\n'),
    });
    const result = runScript('check-examples.mjs', ['--root', pkg]);
    expect(result.code).toBe(1);
    expect(result.output).toContain('variable bare (fixture): missing TSDoc comment');
    expect(result.output).toContain('function noExample (fixture): missing @example, @param n, @returns');
    expect(result.output).not.toContain('documented (');
  }, 180_000);
});
