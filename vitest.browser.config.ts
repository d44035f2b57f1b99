import { defineConfig } from 'vitest/config';

/** Browser tests: the built app (dist/) in a real headless Chromium via playwright-core. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    globalSetup: ['tests/browser/globalSetup.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    // One Chromium at a time: the CI machine has two cores.
    fileParallelism: false,
    // A loaded two-core CI machine can starve a page for a moment; one retry keeps a
    // timing hiccup from failing CI. Every assertion still has to pass as written.
    retry: 1,
  },
});
