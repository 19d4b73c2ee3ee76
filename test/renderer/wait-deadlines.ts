import { configure, getConfig } from '@testing-library/react';

/**
 * Every component test waits for what the screen shows, never for a time. On a busy machine (CI
 * runs two test files per core's worth of work) a screen can take longer than the one second
 * Testing Library waits by default; the waits still end as soon as the screen shows what they
 * wait for: this is a deadline, not a pace.
 */
configure({ asyncUtilTimeout: 15_000 });

/**
 * A screen React draws in the background (a transition, as a newly opened plan is) runs its
 * effects in a task React queues as it puts the screen in place, where a screen drawn at once runs
 * them before anything else. A wait that found such a screen ended before that task, and the
 * test's next click came before the screen's effects, as no user's can; so every wait also lets
 * the tasks React had queued run first (Scheduler queues them with setImmediate, in order). This
 * file runs for every test file, in workers that share Testing Library: the wait is wrapped once.
 */
const WRAPPED = Symbol.for('omstil.test.waitsForQueuedEffects');
const registry = globalThis as { [WRAPPED]?: true };
if (!registry[WRAPPED]) {
  registry[WRAPPED] = true;
  const config = getConfig();
  const waitForScreen = (wait: () => Promise<unknown>) => config.asyncWrapper(wait);
  configure({
    asyncWrapper: async (wait) => {
      const found: unknown = await waitForScreen(wait);
      await new Promise<void>((queued) => setImmediate(queued));
      return found;
    },
  });
}
