// `npm run bench -- trends`: a trends report over 500 plan files of about 100 activities each
// (issue 18: under 5 s), made the two ways the program makes it: as the command reads a folder
// (worker threads), and as the Trends screen reads it through the HTTP host (a call a file, a few
// in flight, the host handing the reading to its worker threads). Each run's time is printed with
// the machine's load beside it, as the other engineers' work on the same cores moves the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, runChild } from './child.mjs';

const PLANS = 500;
const ACTIVITIES = 100;
const RUNS = 5;
const TARGET_MS = 5000;
/** Calls the page keeps in flight, as the Trends screen does: enough to keep two threads reading. */
const IN_FLIGHT = 4;

const MODES = {
  command: { label: 'kommandoen (worker-tråde)', script: 'run-trends.mjs', args: ['threads'] },
  host: {
    label: `HTTP-værten (${IN_FLIGHT} kald ad gangen)`,
    script: 'run-trends-host.mjs',
    args: [String(IN_FLIGHT)],
  },
};
const load = () => loadavg()[0].toFixed(1).replace('.', ',');

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
        `skrevet på ${seconds(made.ms)} (belastning ${load()})\n`,
    );
    const results = { command: [], host: [] };
    // The two ways take turns run by run, so a spell of load elsewhere hits both alike.
    for (let i = 0; i < RUNS; i++) {
      for (const [mode, { label, script, args }] of Object.entries(MODES)) {
        const before = load();
        const r = runChild(root, script, [outDir, folder, ...args]);
        if (r.failed) throw new Error(r.failed);
        if (r.plans !== PLANS || r.skipped !== 0 || r.progressCalls !== PLANS) {
          throw new Error(
            `${mode}: ${r.plans} planer talt, ${r.skipped} sprunget over, ${r.progressCalls} fremskridt`,
          );
        }
        const run = { ...r, load: `${before}–${load()}` };
        results[mode].push(run);
        process.stdout.write(
          `  kørsel ${i + 1}, ${label}: ${seconds(r.ms)} (belastning ${run.load})\n`,
        );
      }
    }
    const row = (label, runs) => {
      const ms = runs.map((r) => r.ms);
      const verdict = median(ms) <= TARGET_MS ? 'OK' : 'over målet';
      return (
        `${label.padEnd(34)} median ${seconds(median(ms))} (${seconds(Math.min(...ms))}–${seconds(Math.max(...ms))}), ` +
        `CPU ${seconds(median(runs.map((r) => r.cpuMs)))}, hovedtråden ${seconds(median(runs.map((r) => r.mainThreadCpuMs)))}, ` +
        `belastning ${runs.map((r) => r.load).join(' / ')} — mål under ${seconds(TARGET_MS)}: ${verdict}\n`
      );
    };
    for (const [mode, { label }] of Object.entries(MODES)) {
      process.stdout.write(row(label, results[mode]));
    }
    process.stdout.write(
      `Fremskridt: ${PLANS} svar, ét pr. fil. Belastning efter målingen: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' / ')} på ${cpus().length} kerner.\n`,
    );
    return results;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
