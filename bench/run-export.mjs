// One export of a plan in a fresh process, as `omstil export` makes it, for scripts/bench.mjs:
// the time from the plan read to the bytes ready, and the highest memory of the process. For
// JSON, the bare JSON.stringify of the same plan is the floor. Prints one JSON line.
import { answer, built, peakMb, timed } from './measure.mjs';

const [outDir, path, format] = process.argv.slice(2);
const core = built(outDir, 'core');
const exporter = built(outDir, 'export');
const doc = core.readPlanReadOnly(path).document;
const made = await timed(() => exporter.renderExport(doc, format, { lang: 'da' }));
const floor = format === 'json' ? await timed(() => JSON.stringify(doc)) : null;
answer({
  ms: made.ms,
  cpuMs: made.cpuMs,
  bytes: made.value.length,
  peakMb: peakMb(),
  ...(floor ? { floorMs: floor.ms } : {}),
});
