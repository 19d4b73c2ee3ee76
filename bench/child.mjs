// Runs one measuring script of bench/ in a fresh Node process, so that one measurement's warm
// caches and heap do not flatter or burden the next, and reads its one JSON line.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** How long one measuring process may take before it counts as failed (today's slowest fit). */
const CHILD_TIMEOUT_MS = 8 * 60_000;

/** The answer of `bench/<script>`, or `{ failed }` saying why there is none. */
export function runChild(root, script, args) {
  const result = spawnSync(process.execPath, [join(root, 'bench', script), ...args], {
    encoding: 'utf8',
    cwd: root,
    timeout: CHILD_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    // The thrown error's own line, not the stack under it.
    const lines = result.stderr.trim().split('\n');
    const why =
      result.error?.message ??
      lines.find((l) => /^\w*Error\b/.test(l)) ??
      lines.slice(-3).join(' ');
    return { failed: `${script} ${args.slice(1).join(' ')}: ${why}` };
  }
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

export const median = (values) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
