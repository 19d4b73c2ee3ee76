import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');

/** The `omstil` command as `npm run build:node` builds it. */
export const BUILT_COMMAND = join(root, 'out', 'node', 'cli.cjs');

/** The PDF worker the command and the hosts start, built beside the command. */
export const BUILT_PDF_WORKER = join(root, 'out', 'node', 'pdf-worker.cjs');

/** What `out/node` is built from: a change in any of these makes the build stale. */
const SOURCES = [
  'src/main',
  'src/shared',
  'resources/examples',
  'vite.node.config.mts',
  'package.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestMtime(join(path, entry))),
    0,
  );
}

/**
 * Vitest's global setup: builds `out/node` (the `omstil` command and the PDF worker) when it is
 * missing or older than its sources, once before any test runs. Tests that run the built
 * program must run the program as it is in the sources, not as it was at the last build.
 */
export default function buildNodeWhenStale(): void {
  const out = join(root, 'out', 'node');
  const built = existsSync(BUILT_COMMAND) ? newestMtime(out) : 0;
  if (SOURCES.every((source) => newestMtime(join(root, source)) <= built)) return;
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-node.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('npm run build:node failed; see above');
}
