import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: true,
    include: ['test/corpus/**/*.test.ts'],
    // As in vitest.config.ts: limits that only catch hangs, never a slow machine.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
