import { defineConfig } from 'vitest/config';

/** The browser tests: the built renderer in Debian's Chromium against the real HTTP host. */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: two cores, and screenshots are compared by eye.
    fileParallelism: false,
  },
});
