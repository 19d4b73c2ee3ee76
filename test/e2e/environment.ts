import type { Browser } from 'playwright-core';
import { builtinEnvironments, type Environment } from 'vitest/runtime';

/** Where test/e2e/harness.ts keeps the browsers a worker has started (see workerBrowser). */
const WORKER_BROWSERS = Symbol.for('omstil.e2e.workerBrowsers');

/**
 * Node's environment, and at the worker's end its Chromiums closed. With isolate off, vitest
 * sets this up once per worker process and tears it down when the worker stops, after its last
 * file: the one hook that knows the browsers shared across files are no longer wanted. Closing
 * them here, not on the worker's SIGTERM, lets Chromium shut down and be waited for.
 */
const environment: Environment = {
  name: 'node-with-browsers',
  viteEnvironment: 'ssr',
  async setup(global, options) {
    const node = await builtinEnvironments.node.setup(global, options);
    return {
      async teardown(global) {
        const holder = globalThis as { [WORKER_BROWSERS]?: Map<string, Promise<Browser>> };
        const launched = [...(holder[WORKER_BROWSERS]?.values() ?? [])];
        holder[WORKER_BROWSERS]?.clear();
        await Promise.all(
          launched.map(async (launching) => (await launching.catch(() => null))?.close()),
        );
        await node.teardown(global);
      },
    };
  },
};

export default environment;
