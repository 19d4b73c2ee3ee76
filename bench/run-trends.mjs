// One trends report over the benchmark's folder of plans, as `omstil trends` makes it: the folder
// listed, every file read through the gate (in worker threads, or in this thread alone), counted
// into the report. Prints the times, the progress calls (one per file) and what was counted.
import { answer, built, mainThreadCpuMs, timed } from './measure.mjs';

const [outDir, folder, mode] = process.argv.slice(2);
const core = built(outDir, 'core');
const { aggregateTrends } = built(outDir, 'trends');
let progressCalls = 0;
let lastDone = 0;
const mainCpu = mainThreadCpuMs();
const { ms, cpuMs, value } = await timed(async () => {
  const { files, sameFiles } = core.listTrendFiles([folder], folder);
  const reads = await core.readTrendFiles(files, {
    cwd: folder,
    workerFile: mode === 'threads' ? core.findTrendsWorker() : null,
    onProgress: (done) => {
      progressCalls += 1;
      lastDone = done;
    },
  });
  return aggregateTrends({ reads, sameFiles }, { lang: 'da' });
});
answer({
  ms,
  cpuMs,
  mainThreadCpuMs: mainThreadCpuMs() - mainCpu,
  progressCalls,
  lastDone,
  plans: value.totals.plans,
  skipped: value.totals.skipped,
  activities: value.totals.activities,
});
