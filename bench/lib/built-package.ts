// The package as its users install it: the modules tsup builds into dist/. The suites that run the
// service (service, postgres, simulation) load it from there, not src/ through tsx: tsx's esbuild
// transform keeps every function's name (`keepNames`), which wraps each function and class the
// code creates in a `__name(…)` call, a cost the built package does not have (docs/performance.md,
// "How a figure is measured"). bench/run.mjs builds dist/ first when src/ is newer.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The package's entry points, by their file in dist/. */
export interface BuiltEntries {
  readonly index: typeof import('../../src/index.js');
  readonly memory: typeof import('../../src/memory.js');
  readonly sqlite: typeof import('../../src/sqlite.js');
  readonly postgres: typeof import('../../src/postgres.js');
  readonly testing: typeof import('../../src/testing.js');
}

/**
 * One entry point of the built package.
 * @param entry - its name (`dist/<entry>.js`)
 */
export async function builtEntry<K extends keyof BuiltEntries>(entry: K): Promise<BuiltEntries[K]> {
  const file = `${DIST}${entry}.js`;
  if (!existsSync(file)) throw new Error(`dist/${entry}.js is missing: run \`npm run build\` first (bench/run.mjs does)`);
  return (await import(pathToFileURL(file).href)) as BuiltEntries[K];
}
