import { defineConfig } from 'vitest/config';

/** The browser tests: the built renderer in Debian's Chromium against the real HTTP host. */
export default defineConfig({
  test: {
    name: 'e2e',
    // Node's environment, which also closes the worker's shared Chromiums when the worker stops.
    environment: './test/e2e/environment.ts',
    // Each worker imports the host and the core once, not once per file, and keeps its Chromium
    // across files (harness.ts, workerBrowser). Every test still gets its own host, plan folder
    // and browser context; the host and core keep no state between hosts but caches keyed by
    // file path, and these tests mock nothing.
    isolate: false,
    include: ['test/e2e/**/*.e2e.test.ts'],
    // The host's PDF worker (out/node) is built from the sources under test, and only when they
    // are newer than the last build: `npm ci` has just built it on CI.
    globalSetup: ['test/helpers/built-node.ts'],
    // Generous: two files run at once, and a test that walks seven screens with axe on each
    // takes a minute when the machine is busy.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at a time, each worker with its own Chromium and each test with its own host and
    // plan folder: a browser test mostly waits for the page, so two share two cores well.
    fileParallelism: true,
    maxWorkers: 2,
    // `expect.poll` waits for the page to reach a state; one second (the default) is not a fair
    // deadline with two browsers on two cores.
    expect: { poll: { timeout: 30_000 } },
  },
});
