import type { CoreOptions, InProcessCore } from '../helpers/in-process-core-shape';

export type { InProcessCore } from '../helpers/in-process-core-shape';

/**
 * Loaded when the tests run rather than imported: the renderer's typecheck compiles this folder
 * without Node's types, and the core needs them. Its shape is typed from a file that does not.
 */
const CORE_MODULE = '../helpers/in-process-core';
const { openInProcessCore } = (await import(/* @vite-ignore */ CORE_MODULE)) as {
  openInProcessCore: (options?: CoreOptions) => Promise<InProcessCore>;
};

const opened: InProcessCore[] = [];

/** The real core for one test (see test/helpers/in-process-core.ts), closed after it. */
export async function openCore(options: CoreOptions = {}): Promise<InProcessCore> {
  const core = await openInProcessCore(options);
  opened.push(core);
  return core;
}

/** Closes the cores the test opened; run after each test (see each-test.ts). */
export function closeOpenedCores(): void {
  for (const core of opened.splice(0)) core.dispose();
}
