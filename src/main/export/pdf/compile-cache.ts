import * as nodeModule from 'node:module';

/**
 * Node 22.1 and later (the app's Electron) can keep the code it compiles on disk between runs,
 * so a new worker thread finds pdfmake, pdfkit and fontkit compiled and starts sooner; Node 20
 * has no such cache and simply compiles as before. A worker thread does not share its parent's
 * cache, so the worker asks for one itself. Never fails: the cache is only a speed-up.
 */
export function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  try {
    enable?.();
  } catch {
    // A cache folder that cannot be written leaves the worker compiling as before.
  }
}
