import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // No wall-clock budget for analyses run inside a test (see the file).
    setupFiles: ['test/setup/budget.ts', 'test/setup/seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // 2 cores: more workers only fight each other (and the server processes the tests start).
    maxWorkers: 2,
  },
});
