import { defineConfig } from 'vitest/config';

// `npm run test:dist`, after `npm run build`: the built package as users import it, and what
// `npm pack` would publish.
export default defineConfig({
  test: {
    include: ['test/dist/**/*.test.ts', 'test/package/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
