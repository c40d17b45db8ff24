import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest test files, longest first (seconds in a full run, 2026-12-03): a11y 75, keyboard 51,
 * places 45, routes 40, admin 40, elder 31, search 30. Two workers finish together only if these
 * start first. Vitest orders by the last run's durations, but a clean clone (CI) has none and falls
 * back to file size, which started a11y and keyboard last and left one worker idle at the end.
 */
const LONGEST = ['a11y', 'keyboard', 'places', 'routes', 'admin', 'elder', 'search'].map((name) => `/tests/site/${name}.test.ts`);

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONGEST.findIndex((suffix) => file.moduleId.endsWith(suffix));
      return index < 0 ? LONGEST.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // Two test files at a time (vitest's default is one fewer than the cores: one here). A browser
    // test spends most of its time waiting on Chromium's renderer, so two keep a 2-core machine busy.
    maxWorkers: 2,
    minWorkers: 1,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // Unit tests keep no state between files (none mocks modules; the one that sets TZ restores
          // it), so a worker's modules are loaded once instead of once per file: a third less time.
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          // As for the unit tests: the helpers' only module state is caches keyed by file path (parsed
          // pages, gzip sizes), which the files then share instead of parsing dist/ again each.
          isolate: false,
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'scale',
          include: ['tests/scale/**/*.test.ts'],
          environment: 'node',
          testTimeout: 1_800_000,
        },
      },
    ],
  },
});
