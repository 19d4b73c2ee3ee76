// `npm run bench [-- <part>… <size>…]`: how fast the program is on plans of 1,000 to 50,000
// activities — opening and reading, each kind of edit, export, merge, and the program in
// Chromium — each figure beside the bare work it rests on and the target of issue 20. Prints the
// table and writes bench/results.json. Each measurement runs in a fresh process (bench/run-*.mjs)
// on code built as the app's bundles are (bench/build.mjs).
//
//   npm run bench                  the whole table (under 10 minutes on 2 cores)
//   npm run bench -- open 20000    one part at one size; parts: open edit export merge browser
//   npm run bench -- pdf           the PDF of 2,000 activities in detail (not in the whole table)
//   npm run bench -- gate          what each check of the gate adds to opening (nor this)
//   npm run bench -- trends        a trends report over 500 plans of 100 activities (nor this)
//   npm run bench -- table         bench/results.json as the README's Markdown table
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBench } from '../bench/build.mjs';
import { runChild } from '../bench/child.mjs';
import { markdownTable } from '../bench/markdown.mjs';
import * as parts from '../bench/parts.mjs';
import { writeResults } from '../bench/results.mjs';
import { studyGate } from '../bench/study-gate.mjs';
import { studyPdf } from '../bench/study-pdf.mjs';
import { studyTrends } from '../bench/study-trends.mjs';
import { printFigures } from '../bench/table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'bench');
const webRoot = join(root, 'out', 'web');
const chromium = process.env['OMSTIL_CHROMIUM'] ?? '/usr/bin/chromium';

const TABLE_PARTS = {
  open: parts.open,
  edit: parts.edit,
  export: parts.exports,
  merge: parts.merge,
  browser: parts.browser,
};
const STUDIES = ['pdf', 'gate', 'trends'];
const SIZES = [1000, 5000, 20000, 50000];

const args = process.argv.slice(2);
if (args[0] === 'table') {
  process.stdout.write(`${markdownTable(join(root, 'bench', 'results.json'))}\n`);
  process.exit(0);
}
const unknown = args.filter((a) => !(a in TABLE_PARTS) && !STUDIES.includes(a) && !/^\d+$/.test(a));
if (unknown.length > 0) {
  process.stderr.write(
    `Ukendt: ${unknown.join(' ')}. Brug: npm run bench -- [${[...Object.keys(TABLE_PARTS), ...STUDIES].join('|')}]… [antal indsatser]…\n`,
  );
  process.exit(1);
}
const named = args.filter((a) => !/^\d+$/.test(a));
const sizesAsked = args.filter((a) => /^\d+$/.test(a)).map(Number);
const sizes = sizesAsked.length > 0 ? sizesAsked : SIZES;
const studies = STUDIES.filter((s) => named.includes(s));
const tableParts =
  named.length > 0 ? named.filter((p) => p in TABLE_PARTS) : Object.keys(TABLE_PARTS);
const started = performance.now();
const resultsFile = join(root, 'bench', 'results.json');

process.stdout.write('Bygger kernen, eksporten og værten til out/bench …\n');
await buildBench(root, outDir, { gateVariants: studies.includes('gate') });
if (tableParts.includes('browser')) buildWebIfStale();

if (studies.includes('pdf')) studyPdf(root, outDir);
if (studies.includes('trends')) studyTrends(root, outDir);

const folder = mkdtempSync(join(tmpdir(), 'omstil-bench-'));
const measured = [];
/** The plans written so far, by path: how many activities, bytes and ms to write. */
const madePlans = new Map();
const notes = [];
try {
  if (studies.includes('gate')) {
    const plan = makePlan(20000);
    studyGate(root, outDir, plan.path, 20000, plan.bytes);
  }
  for (const size of tableParts.length > 0 ? sizes : []) {
    const plan = makePlan(size);
    process.stdout.write(
      `\n── ${size.toLocaleString('da-DK')} indsatser (filen ${(plan.bytes / 1e6).toFixed(1)} MB, ` +
        `skrevet på ${(plan.ms / 1000).toFixed(1)} s) ──\n`,
    );
    for (const part of tableParts) {
      const skipped = skipReason(part, size, sizesAsked.includes(size));
      if (skipped) {
        process.stdout.write(`      ${part}: ${skipped}\n`);
        notes.push(`${size}: ${part}: ${skipped}`);
        continue;
      }
      const result = TABLE_PARTS[part]({ root, outDir, plan: plan.path, size, webRoot, chromium });
      const list = Array.isArray(result) ? result : [result];
      const figures = list.filter((f) => !f.failed).map((f) => ({ part, size, ...f }));
      printFigures(figures);
      for (const failure of list.filter((f) => f.failed)) {
        process.stdout.write(`FEJL  ${part}: ${failure.failed}\n`);
        notes.push(`${size}: ${part} fejlede: ${failure.failed}`);
      }
      measured.push(...figures);
      // Written after each part, so a run cut short keeps what it measured.
      if (figures.length > 0) writeResults(resultsFile, figures, notes, minutesSoFar());
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const minutes = minutesSoFar();
process.stdout.write(
  `\nMaskinen: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, ` +
    `belastning ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')}; målingen tog ${minutes.toFixed(1)} min.\n`,
);
if (loadavg()[0] > cpus().length) {
  process.stdout.write(
    'Maskinen var travl med andet arbejde under målingen, så tiderne er længere end på en ledig maskine; ' +
      'CPU-tiden er det bedste bud på den ledige maskines tid.\n',
  );
}
if (measured.length > 0) {
  writeResults(resultsFile, measured, notes, minutes);
  process.stdout.write(`Tallene er skrevet i ${resultsFile}.\n`);
}

function minutesSoFar() {
  return (performance.now() - started) / 60_000;
}

/** Why a part is left out at a size nobody asked for by name; null when it runs. */
function skipReason(part, size, askedFor) {
  if (part === 'browser' && !existsSync(chromium)) {
    return `udeladt: Chromium findes ikke (${chromium}; sæt OMSTIL_CHROMIUM)`;
  }
  if (part === 'browser' && size > parts.BROWSER_MOST_ACTIVITIES && !askedFor) {
    return (
      `udeladt over ${parts.BROWSER_MOST_ACTIVITIES.toLocaleString('da-DK')} indsatser, ` +
      `så hele målingen holder sig under 10 minutter (npm run bench -- browser ${size})`
    );
  }
  if (part === 'export' && size > parts.PDF_MOST_ACTIVITIES) {
    process.stdout.write(
      `      PDF udeladt over ${parts.PDF_MOST_ACTIVITIES.toLocaleString('da-DK')} indsatser ` +
        '(den tager minutter og mere hukommelse, end maskinen har til overs)\n',
    );
  }
  return null;
}

/** The plan of `activities` activities, written once in a fresh process. */
function makePlan(activities) {
  const path = join(folder, `Plan med ${activities} indsatser.omstil`);
  if (!existsSync(path)) {
    const made = runChild(root, 'run-plan.mjs', [outDir, path, String(activities)]);
    if (made.failed) throw new Error(made.failed);
    madePlans.set(path, made);
  }
  return { path, ...madePlans.get(path) };
}

/** The browser part runs the built renderer: built again when it is missing or older than its sources. */
function buildWebIfStale() {
  const newest = (path) => {
    if (!existsSync(path)) return 0;
    const st = statSync(path);
    if (!st.isDirectory()) return st.mtimeMs;
    return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
  };
  const built = join(webRoot, 'index.html');
  const sources = ['src/renderer', 'src/shared', 'vite.web.config.mts'].map((s) => join(root, s));
  if (existsSync(built) && sources.every((s) => newest(s) <= newest(built))) return;
  process.stdout.write('Bygger programmets vindue til out/web …\n');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'vite.web.config.mts', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
