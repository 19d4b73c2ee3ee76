// One trends report over the benchmark's folder of plans, as the Trends screen makes it through
// the HTTP host: the folder listed, then one `trendsReadFile` call per file with a few in flight,
// so that the page's progress bar counts answers. The host and the loopback transport run in
// this process, as `npm run web` runs them; the calls are made as the page makes them. Prints the
// times, the answers counted and what was counted.
import { answer, built, mainThreadCpuMs, startHost, timed } from './measure.mjs';

const [outDir, folder, inFlight] = process.argv.slice(2);
const { aggregateTrends } = built(outDir, 'trends');
const host = await startHost(outDir);
try {
  let answers = 0;
  const mainCpu = mainThreadCpuMs();
  const { ms, cpuMs, value } = await timed(async () => {
    const { value: listed } = await host.post('trendsListFiles', { paths: [folder] });
    const reads = new Array(listed.files.length);
    let next = 0;
    const caller = async () => {
      while (next < listed.files.length) {
        const index = next++;
        reads[index] = (await host.post('trendsReadFile', { file: listed.files[index] })).value;
        answers += 1;
      }
    };
    await Promise.all(Array.from({ length: Number(inFlight) }, caller));
    return aggregateTrends({ reads, sameFiles: listed.sameFiles }, { lang: 'da' });
  });
  answer({
    ms,
    cpuMs,
    mainThreadCpuMs: mainThreadCpuMs() - mainCpu,
    progressCalls: answers,
    lastDone: answers,
    plans: value.totals.plans,
    skipped: value.totals.skipped,
    activities: value.totals.activities,
  });
} finally {
  await host.stop();
}
