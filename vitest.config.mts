import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Unit and component tests: `node` for the domain, the core and the command, `shell` for the
 * Electron shell (with `electron` mocked), `jsdom` for the renderer. The browser tests have their
 * own config.
 */
export default defineConfig({
  test: {
    globals: false,
    // Several tests start processes or write synced files; on a loaded two-core machine the
    // default 5 s is not a fair limit for them.
    testTimeout: 30_000,
    // `expect.poll` waits for a state, as Testing Library's waits do; one second (the default) is
    // not a fair deadline on a busy machine.
    expect: { poll: { timeout: 15_000 } },
    // Vitest keeps a core for itself by default, which on a two-core machine runs one file at a
    // time. Most files wait on SQLite, child processes or jsdom set-up rather than on the CPU, so
    // one worker per core keeps both cores busy: 710 s became 465 s on this kind of machine.
    maxWorkers: Math.max(2, availableParallelism()),
    // Some tests run the built command and the built PDF worker: they must be built from the
    // sources under test.
    globalSetup: ['test/helpers/built-node.ts'],
    // The files share their modules within a worker instead of importing the core, React and the
    // app again for each file (and, for the renderer, with one jsdom per worker): on this kind of
    // machine collecting the node files took 102 s of CPU isolated and 20 s shared, and the whole
    // renderer project 455 core-s isolated against 221 shared. Shared modules keep their state
    // between files, so test/renderer/each-test.ts puts back what the app would start with (the
    // store, the language, storage, a waiting Excel request) before each file and test; the
    // renderer's hooks live there, in a setup file, which runs for each file, so a shared helper
    // never registers them at its import only. A race that shared runs once showed was the app's
    // own (the guide's "remember the step" effect overwrote a finished or skipped guide when the
    // click came between drawing a step and its effects), fixed, with tests that click in that gap.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          isolate: false,
          include: ['test/shared/**/*.test.ts', 'test/main/**/*.test.ts'],
          exclude: ['test/main/electron/**'],
        },
      },
      {
        extends: true,
        test: {
          // The shell's files mock `electron` (vi.mock), which must not reach another file.
          name: 'shell',
          environment: 'node',
          include: ['test/main/electron/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          isolate: false,
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/wait-deadlines.ts', 'test/renderer/each-test.ts'],
        },
      },
    ],
  },
});
