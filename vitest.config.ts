import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: true,
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**'],
    // No test may depend on the machine's speed: CI runs on 2 busy cores, where a CLI test that
    // takes 1 s alone took over 5 s. A hang still ends, at these limits, with a failure.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
