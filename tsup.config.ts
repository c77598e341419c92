import { defineConfig } from 'tsup';

export default defineConfig([{
  entry: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    memory: 'src/memory.ts',
    testing: 'src/testing.ts',
    sqlite: 'src/sqlite.ts',
    postgres: 'src/postgres.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
  external: ['better-sqlite3', 'pg', 'vitest'],
}, {
  // The `yoyaku` command line: ESM only, with a shebang; `clean` off so it does not race the library build.
  // `splitting` keeps each store's `await import(...)` a chunk of its own, so that the driver
  // (better-sqlite3, pg) is loaded only when that store is chosen: without it esbuild inlines the
  // adapter and hoists `import Database from "better-sqlite3"` to the top of dist/cli.js.
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: true,
  clean: false,
  target: 'node20',
  splitting: true,
  banner: { js: '#!/usr/bin/env node' },
  external: ['better-sqlite3', 'pg'],
}]);
