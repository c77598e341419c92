import { defineConfig } from 'vitest/config';

// `npm run test:db`: the SQLite and PostgreSQL adapters against real databases. PostgreSQL comes
// from YOYAKU_PG_URL; when it is unset, the global setup starts a throwaway server with
// scripts/pg-start.sh and stops it afterwards.
export default defineConfig({
  test: {
    include: ['test/db/**/*.test.ts'],
    globalSetup: ['test/db/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
