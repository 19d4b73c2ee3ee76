// `npm run bench -- pdf`: the PDF of a plan with 2,000 activities in detail — the first export in
// a new process (as `omstil export`), again in the same process, and as the program makes it in
// its worker thread — with the memory of one export.
import { median, runChild } from './child.mjs';

const TARGET_MS = 3000;
const TARGET_MB = 400;
const COLD_RUNS = 5;
const WARM_RUNS = 5;
const OFF_THREAD_RUNS = 3;

export function studyPdf(root, outDir) {
  const measure = (mode) => {
    const r = runChild(root, 'run-pdf.mjs', [mode, outDir, String(WARM_RUNS)]);
    if (r.failed) throw new Error(r.failed);
    return r;
  };
  const first = measure('describe');
  process.stdout.write(
    `Plan: ${first.activities} indsatser, ${first.competences} kompetencer, ${first.methods} metoder, ` +
      `${first.measurements} målinger, ${first.members} udvalgsmedlemmer → ${first.pages} sider PDF ` +
      `(${(first.bytes / 1e6).toFixed(1)} MB)\n\n`,
  );

  const cold = [];
  for (let i = 0; i < COLD_RUNS; i++) cold.push(measure('cold'));
  const warm = measure('warm');
  // Thread start and first compile vary from run to run, so the program's path gets fresh processes too.
  const offThread = Array.from({ length: OFF_THREAD_RUNS }, () => measure('off-thread'));
  const dialog = Array.from({ length: OFF_THREAD_RUNS }, () => measure('dialog'));

  const peakMb = Math.max(...cold.map((r) => r.peakMb));
  const rows = [
    [
      'Første eksport i en ny proces (som omstil export)',
      median(cold.map((r) => r.ms)),
      `median af ${COLD_RUNS}; hovedtrådens CPU-tid ${seconds(median(cold.map((r) => r.cpuMs)))}; ` +
        `indlæsning af modulerne før det ${seconds(median(cold.map((r) => r.loadMs)))}`,
    ],
    [
      'Gentaget eksport i samme proces',
      median(warm.runs.slice(1)),
      `median af ${WARM_RUNS - 1} efter den første; hovedtrådens CPU-tid ${seconds(median(warm.cpu.slice(1)))}`,
    ],
    [
      'Programmet, første eksport (worker-tråd)',
      median(offThread.map((r) => r.runs[0])),
      `median af ${OFF_THREAD_RUNS} nye processer; tæller start af tråden og indlæsning af modulerne med`,
    ],
    [
      'Programmet, forhåndsvisningen når dialogen åbnes',
      median(dialog.map((r) => r.ms)),
      `median af ${OFF_THREAD_RUNS} nye processer; tråden startes, når dialogen åbner, og forhåndsvisningen bestilles 350 ms efter`,
    ],
    [
      'Programmet, næste eksport (samme worker-tråd)',
      median(offThread.flatMap((r) => r.runs.slice(1))),
      `median af ${OFF_THREAD_RUNS * 2}`,
    ],
  ];
  for (const [label, ms, note] of rows) {
    process.stdout.write(
      `${ms < TARGET_MS ? 'OK  ' : 'OVER'}  ${(ms / 1000).toFixed(2)} s  ${label} (${note})\n`,
    );
  }
  // The highest resident memory of a process that made one export. A process that exports again
  // and again lets its heap grow before collecting, so its peak says little about one export.
  process.stdout.write(
    `${peakMb < TARGET_MB ? 'OK  ' : 'OVER'}  ${Math.round(peakMb)} MB  højeste RSS ved én eksport (højst af ${COLD_RUNS} nye processer)\n`,
  );
  process.stdout.write(`\nMål: under ${TARGET_MS / 1000} s og under ${TARGET_MB} MB.\n`);
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}
