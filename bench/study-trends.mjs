// `npm run bench -- trends`: a trends report over 500 plan files of about 100 activities each
// (issue 18: under 5 s), read in worker threads as the command and the hosts read them, beside
// the same work in one thread, so it shows whether the threads pay on this machine's cores.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, runChild } from './child.mjs';

const PLANS = 500;
const ACTIVITIES = 100;
const RUNS = 5;
const TARGET_MS = 5000;

const seconds = (ms) => `${(ms / 1000).toFixed(2).replace('.', ',')} s`;

export function studyTrends(root, outDir) {
  const folder = mkdtempSync(join(tmpdir(), 'omstil-bench-trends-'));
  try {
    const made = runChild(root, 'run-trends-plans.mjs', [
      outDir,
      folder,
      String(PLANS),
      String(ACTIVITIES),
    ]);
    if (made.failed) throw new Error(made.failed);
    process.stdout.write(
      `${made.files} planer á ${made.activities} indsatser (${(made.bytes / 1e3).toFixed(0)} kB hver), ` +
        `skrevet på ${seconds(made.ms)}\n`,
    );
    const results = { threads: [], 'one-thread': [] };
    // The two ways take turns run by run, so a spell of load elsewhere hits both alike.
    for (let i = 0; i < RUNS; i++) {
      for (const mode of ['threads', 'one-thread']) {
        const r = runChild(root, 'run-trends.mjs', [outDir, folder, mode]);
        if (r.failed) throw new Error(r.failed);
        if (r.plans !== PLANS || r.skipped !== 0 || r.progressCalls !== PLANS) {
          throw new Error(
            `${mode}: ${r.plans} planer talt, ${r.skipped} sprunget over, ${r.progressCalls} fremskridt`,
          );
        }
        results[mode].push(r);
      }
    }
    const row = (label, runs) => {
      const ms = runs.map((r) => r.ms);
      const verdict = median(ms) <= TARGET_MS ? 'OK' : 'over målet';
      return (
        `${label.padEnd(34)} median ${seconds(median(ms))} (${seconds(Math.min(...ms))}–${seconds(Math.max(...ms))}), ` +
        `CPU ${seconds(median(runs.map((r) => r.cpuMs)))}, hovedtråden ${seconds(median(runs.map((r) => r.mainThreadCpuMs)))} ` +
        `— mål under ${seconds(TARGET_MS)}: ${verdict}\n`
      );
    };
    process.stdout.write(row(`worker-tråde (${cpus().length} kerner)`, results.threads));
    process.stdout.write(row('én tråd', results['one-thread']));
    process.stdout.write(
      `Fremskridt: ${PLANS} kald, ét pr. fil. Belastning under målingen: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' / ')} på ${cpus().length} kerner.\n`,
    );
    return results;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
