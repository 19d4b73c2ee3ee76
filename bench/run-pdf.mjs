// One measurement in a fresh process, for scripts/bench.mjs. Prints one JSON line.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { built, mainThreadCpuMs } from './measure.mjs';

const [mode, outDir, repeat = '5'] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const loadStart = performance.now();
const exporter = require(join(outDir, 'export.cjs'));
const { renderPlanPdf } = require(join(outDir, 'pdf-render.cjs'));
/** Loading pdfmake, pdfkit and exceljs: part of what `omstil export` costs, before any layout. */
const loadMs = performance.now() - loadStart;
const doc = built(outDir, 'large-plan').largePlan(2000, { snapshots: true });
const peakMb = () => process.resourceUsage().maxRSS / 1024;

async function timed(render) {
  const cpu = mainThreadCpuMs();
  const start = performance.now();
  const pdf = await render();
  return { ms: performance.now() - start, cpuMs: mainThreadCpuMs() - cpu, pdf };
}

const inThread = () => renderPlanPdf(doc, { lang: 'da' });

if (mode === 'describe') {
  const { pdf } = await timed(inThread);
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  console.log(
    JSON.stringify({
      activities: doc.activities.length,
      competences: doc.competences.length,
      methods: doc.methods.length,
      measurements: doc.measurements.length,
      members: doc.members.length,
      pages,
      bytes: pdf.length,
    }),
  );
} else if (mode === 'cold') {
  const { ms, cpuMs } = await timed(inThread);
  console.log(JSON.stringify({ ms, cpuMs, loadMs, peakMb: peakMb() }));
} else if (mode === 'warm') {
  const runs = [];
  const cpu = [];
  for (let i = 0; i < Number(repeat); i++) {
    const { ms, cpuMs } = await timed(inThread);
    runs.push(ms);
    cpu.push(cpuMs);
  }
  console.log(JSON.stringify({ runs, cpu, peakMb: peakMb() }));
} else if (mode === 'off-thread') {
  // As the app does it: one worker kept between exports, so the second finds its code compiled.
  const host = new exporter.PdfWorkerHost({ workerFile: join(outDir, 'pdf-worker.cjs') });
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push((await timed(() => host.render(doc, { lang: 'da' }))).ms);
  await host.dispose();
  console.log(JSON.stringify({ runs, peakMb: peakMb() }));
} else if (mode === 'dialog') {
  // As the export dialog does it: the worker is started as the dialog opens, and the preview is
  // asked for when the dialog's short wait is over (PREVIEW_DELAY_MS in ExportDialog.tsx).
  const host = new exporter.PdfWorkerHost({ workerFile: join(outDir, 'pdf-worker.cjs') });
  host.warm();
  await new Promise((resolve) => setTimeout(resolve, 350));
  const { ms } = await timed(() => host.render(doc, { lang: 'da' }));
  await host.dispose();
  console.log(JSON.stringify({ ms }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
