import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/db/**', 'test/dist/**', 'test/package/**', 'node_modules/**'],
    pool: 'forks',
    testTimeout: 60_000,
  },
});
