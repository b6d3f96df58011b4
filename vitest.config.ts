import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['tests/e2e/**', '**/*.e2e.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
