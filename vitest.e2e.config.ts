import { defineConfig } from 'vitest/config';

/** Browser tests: the built site in Debian's Chromium. One build (globalSetup), files run one after another. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/xss/**/*.e2e.test.ts', 'tests/trust/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
