import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The files that take longest start first: on 2 workers a long file started last
// would keep one core busy alone at the end (the whole run waits for it).
const SLOW_FIRST = ['cli-parallel', 'robustness', 'browser/sheets', 'fuzz', 'chunks', 'vsix', 'render-security', 'intents']
  .map((name) => `/test/${name}.test.ts`);

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification): number => {
      const i = SLOW_FIRST.findIndex((s) => f.moduleId.endsWith(s));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: SlowFirst },
  },
});
