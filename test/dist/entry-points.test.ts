import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ENTRIES, nodeJson, ROOT } from './support.js';

// The built package as its users load it: by name, through the exports map, from ESM and from
// CommonJS, in plain Node (not through vitest's module loader).

beforeAll(assertBuilt);

const INTEROP = new Set(['default', '__esModule', 'module.exports']);

function exportsOf(specifier: string): { esm: string[]; cjs: string[] } {
  const esm = nodeJson<string[]>('module', `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m).sort()));`);
  const cjs = nodeJson<string[]>('commonjs', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)})).sort()));`);
  return { esm: esm.filter((k) => !INTEROP.has(k)), cjs: cjs.filter((k) => !INTEROP.has(k)) };
}

describe('every entry point of the exports map', () => {
  for (const entry of ENTRIES) {
    it(`${entry.specifier}: loads from ESM and CommonJS with the same exports`, () => {
      const { esm, cjs } = exportsOf(entry.specifier);
      expect(cjs).toEqual(esm);
    });
  }

  it('yoyaku-rules/core: everything it exports, the main entry exports too', () => {
    const core = exportsOf('yoyaku-rules/core').esm;
    const main = new Set(exportsOf('yoyaku-rules').esm);
    expect(core.filter((name) => !main.has(name))).toEqual([]);
    expect(core.length).toBeGreaterThan(0);
  });
});

describe('the main entry, built', () => {
  it('runs the lifecycle the same from ESM and CommonJS', () => {
    const program = (load: string) => `
      const { createOnlineRequest, transition, hokutoPolicy, holdLastDay } = ${load};
      const { reservation } = createOnlineRequest({ id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, pickupBranchId: 'akeno', at: '2026-12-06T10:00:00.000Z' });
      const approved = transition(reservation, { type: 'approve' }, { at: '2026-12-07T23:30:00.000Z' });
      const lastDay = holdLastDay(hokutoPolicy(), 'akeno', '2026-12-10');
      const held = transition(approved.reservation, { type: 'trap', copyId: 'c-1', noticeDate: '2026-12-10', lastDay }, { at: '2026-12-10T02:00:00.000Z' });
      const cancel = transition(held.reservation, { type: 'cancel', by: 'patron' }, { at: '2026-12-11T00:00:00.000Z' });
      console.log(JSON.stringify({ status: held.reservation.status, lastDay, cancel }));`;
    const esm = nodeJson('module', program("await import('yoyaku-rules')"));
    const cjs = nodeJson('commonjs', program("require('yoyaku-rules')"));
    expect(esm).toEqual({ status: 'onHold', lastDay: '2026-12-17', cancel: { ok: false, refusal: { code: 'NOTICE_SENT', rule: 'F4' } } });
    expect(cjs).toEqual(esm);
  });

  it('recognises a YoyakuError thrown by the other module format (one brand across copies)', () => {
    const result = nodeJson<{ esmSeesCjs: boolean; cjsSeesEsm: boolean; code: string }>(
      'module',
      `import { createRequire } from 'node:module';
       const esm = await import('yoyaku-rules');
       const cjs = createRequire(process.cwd() + '/package.json')('yoyaku-rules');
       const caught = (lib) => { try { lib.parsePolicy({ holdDays: 0 }); } catch (e) { return e; } };
       const fromCjs = caught(cjs);
       const fromEsm = caught(esm);
       console.log(JSON.stringify({ esmSeesCjs: esm.isYoyakuError(fromCjs), cjsSeesEsm: cjs.isYoyakuError(fromEsm), code: fromCjs.code }));`,
    );
    expect(result).toEqual({ esmSeesCjs: true, cjsSeesEsm: true, code: 'INVALID_POLICY' });
  });
});

function zodLoadedByRequire(specifier: string): string[] {
  return nodeJson<string[]>(
    'commonjs',
    `require(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('/node_modules/zod/'))));`,
  );
}

/** The bare specifiers imported anywhere in the static and dynamic import graph of a built ESM file. */
function bareImportsOf(entry: string): { files: number; bare: string[] } {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
      const spec = m[1] ?? m[2] ?? '';
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else bare.add(spec);
    }
  };
  visit(join(ROOT, 'dist', entry));
  return { files: seen.size, bare: [...bare].sort() };
}

const isZod = (spec: string) => spec === 'zod' || spec.startsWith('zod/');

describe('yoyaku-rules/core, built', () => {
  it('does not load zod, from CommonJS (the main entry does)', () => {
    expect(zodLoadedByRequire('yoyaku-rules/core')).toEqual([]);
    expect(zodLoadedByRequire('yoyaku-rules').length).toBeGreaterThan(0);
  });

  it('does not import zod anywhere in its ESM import graph (the main entry does)', () => {
    const core = bareImportsOf('core.js');
    expect(core.files).toBeGreaterThan(1);
    expect(core.bare.filter(isZod)).toEqual([]);
    expect(bareImportsOf('index.js').bare.filter(isZod).length).toBeGreaterThan(0);
  });
});
