// Opening and reading a whole plan, for scripts/bench.mjs: as the core opens it (the gate, the
// lock, the plan for the window), as the HTTP host answers it (the answer's text read and
// parsed), and the bare read of the same file in the same process as the floor. Each way once
// to warm up, then `runs` times in turn. Prints one JSON line.
import { bareRead } from './bare-read.mjs';
import { answer, built, peakMb, startHost, timed } from './measure.mjs';

const [outDir, path, runs = '3'] = process.argv.slice(2);
const core = built(outDir, 'core');
const host = await startHost(outDir);

const ways = {
  bare: () => bareRead(path),
  core: () => {
    const session = core.PlanSession.open(path);
    session.snapshot();
    session.close();
  },
  http: async () => {
    const { bytes } = await host.post('openPlan', { path });
    await host.post('closePlan', {});
    return bytes;
  },
};
const times = Object.fromEntries(Object.keys(ways).map((w) => [w, []]));
let bytes = 0;
for (let i = 0; i <= Number(runs); i++) {
  for (const [way, run] of Object.entries(ways)) {
    const { ms, cpuMs, value } = await timed(run);
    if (way === 'http') bytes = value;
    // The first round also loads and compiles the code.
    if (i > 0) times[way].push({ ms, cpuMs });
  }
}
await host.stop();
answer({ ...times, httpBytes: bytes, peakMb: peakMb() });
