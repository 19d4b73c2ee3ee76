// One export of a plan in a fresh process, as `omstil export` makes it, for scripts/bench.mjs:
// the time from the plan read to the file written, and the highest memory of the process. For
// JSON, the bare JSON.stringify of the same plan is the floor. Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answer, built, peakMb, timed } from './measure.mjs';

const [outDir, path, format] = process.argv.slice(2);
const core = built(outDir, 'core');
const exporter = built(outDir, 'export');
const folder = mkdtempSync(join(tmpdir(), 'omstil-bench-export-'));
const doc = core.readPlanReadOnly(path).document;
const made = await timed(() =>
  exporter.exportPlanToFile(doc, format, join(folder, `plan.${format}`), { lang: 'da' }),
);
rmSync(folder, { recursive: true, force: true });
// Read before the floor: its one whole string is not the export's memory.
const peak = peakMb();
const floor = format === 'json' ? await timed(() => JSON.stringify(doc)) : null;
answer({
  ms: made.ms,
  cpuMs: made.cpuMs,
  bytes: made.value.bytes,
  peakMb: peak,
  ...(floor ? { floorMs: floor.ms } : {}),
});
