import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    globalSetup: ['./tests/helpers/temp-root.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
