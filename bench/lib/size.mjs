// Bundle size of an entry point as a user's bundler would see it: esbuild with bundle and minify,
// then gzip (zlib, default level).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Budgets checked by bench/size-limit.mjs, in bytes of minified + gzipped code. */
export const BUDGETS = {
  core: 14_000,
  index: 72_000,
};

/**
 * Bundles one entry (a file, or module source given as `contents`) and returns its sizes and the
 * packages it pulled in.
 * @param {{ file?: string, contents?: string, external?: string[] }} entry
 */
export async function bundleSize(entry) {
  const result = await build({
    ...(entry.file ? { entryPoints: [entry.file] } : { stdin: { contents: entry.contents ?? '', resolveDir: ROOT, loader: 'js' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: entry.external ?? [],
  });
  const code = result.outputFiles[0].contents;
  const packages = new Set();
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    if (m) packages.add(m[1]);
  }
  return { minified: code.length, gzip: gzipSync(code).length, packages: [...packages].sort() };
}

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Where to take the package's entry points from: `dist/` when it is built and no older than
 * `src/`, otherwise the `src/` entries themselves (esbuild reads TypeScript; tsup is esbuild too).
 * @param {'auto' | 'dist' | 'src'} prefer
 */
export function entrySource(prefer = 'auto') {
  const dist = { kind: 'dist', core: join(ROOT, 'dist/core.js'), index: join(ROOT, 'dist/index.js') };
  const src = { kind: 'src', core: join(ROOT, 'src/core.ts'), index: join(ROOT, 'src/index.ts') };
  if (prefer === 'src') return src;
  const built = existsSync(dist.core) && existsSync(dist.index);
  if (prefer === 'dist') return built ? dist : null;
  if (!built) return src;
  return statSync(dist.core).mtimeMs >= newestMtime(join(ROOT, 'src')) ? dist : src;
}

const PEERS = ['better-sqlite3', 'pg', 'vitest'];

/**
 * Sizes of the core entry, the whole package and XState's createMachine + transition.
 * @param {'auto' | 'dist' | 'src'} prefer
 */
export async function measureSizes(prefer = 'auto') {
  const source = entrySource(prefer);
  if (source === null) throw new Error('dist/core.js or dist/index.js is missing: run `npx tsup` (npm run build) first');
  const [core, index, xstate] = await Promise.all([
    bundleSize({ file: source.core, external: PEERS }),
    bundleSize({ file: source.index, external: PEERS }),
    bundleSize({ contents: "export { createMachine, transition } from 'xstate';" }),
  ]);
  return { source: source.kind, core, index, xstate };
}
