import { defineConfig } from 'vitest/config';

/** End-to-end suite: the production build served locally, driven in real Chromium (tests/e2e/run.mjs). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
