// The package's public entry points, read from the `exports` map of package.json, so that the
// docs, the example checker and the dist tests follow new subpaths without being told.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @returns {{ name: string, subpath: string, specifier: string, source: string, esm: string, cjs: string }[]}
 *   one entry per subpath of the exports map that points at built code: the import specifier
 *   (`yoyaku-rules/core`), the TypeScript source (`src/core.ts`) and the built files.
 */
export function entryPoints(root = ROOT) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const result = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target !== 'object' || target === null) continue;
    const esm = target.import?.default;
    const cjs = target.require?.default;
    if (typeof esm !== 'string') continue;
    const match = /^\.\/dist\/(.+)\.js$/.exec(esm);
    if (!match) throw new Error(`exports["${subpath}"].import.default is not ./dist/NAME.js: ${esm}`);
    const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    result.push({ name: pkg.name, subpath, specifier, source: `src/${match[1]}.ts`, esm: esm.slice(2), cjs: cjs?.slice(2) ?? '' });
  }
  return result;
}
