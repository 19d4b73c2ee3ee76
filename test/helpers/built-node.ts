import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { processRuns } from '../../src/main/core/lock/process-runs';

const root = resolve(__dirname, '..', '..');

/** The `omstil` command as `npm run build:node` builds it. */
export const BUILT_COMMAND = join(root, 'out', 'node', 'cli.cjs');

/** The PDF worker the command and the hosts start, built beside the command. */
export const BUILT_PDF_WORKER = join(root, 'out', 'node', 'pdf-worker.cjs');

/**
 * The plan child's bundle (test/main/core/fixtures/child-process.ts) is built once per test
 * process into the temp folder with this prefix and the process's id, and kept for the files
 * that run after the one that built it; the teardown below removes it.
 */
export const CHILD_BUNDLE_PREFIX = 'omstil-child-';

/**
 * Removes the child bundles of this run's test processes (its own forks, or itself when the
 * workers are threads) and of processes that have ended; another run's may still be in use.
 */
function removeChildBundles(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.slice(CHILD_BUNDLE_PREFIX.length));
    if (!name.startsWith(CHILD_BUNDLE_PREFIX) || !Number.isInteger(pid)) continue;
    const ours = pid === process.pid || parentOf(pid) === process.pid;
    if (ours || !processRuns(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

/** The parent of a running process, where the system shows it (Linux); null elsewhere. */
function parentOf(pid: number): number | null {
  try {
    // The fourth field of /proc/<pid>/stat, after the name in parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

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
 * program must run the program as it is in the sources, not as it was at the last build. Its
 * teardown removes the plan child's bundles.
 */
export default function buildNodeWhenStale(): () => void {
  const out = join(root, 'out', 'node');
  const built = existsSync(BUILT_COMMAND) ? newestMtime(out) : 0;
  if (SOURCES.every((source) => newestMtime(join(root, source)) <= built)) {
    return removeChildBundles;
  }
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-node.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('npm run build:node failed; see above');
  return removeChildBundles;
}
