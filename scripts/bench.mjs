// `npm run bench`: how long the PDF of a very large plan takes, and how much memory it needs; and
// what checking every row's checksum adds to opening a plan with 20,000 activities.
// Builds the export and core code into out/bench with Vite (as the app's bundles are built), then
// runs each measurement in a fresh Node process so that one run's warm caches do not flatter the
// next.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'bench');
const TARGET_MS = 3000;
const TARGET_MB = 400;
const COLD_RUNS = 5;
const WARM_RUNS = 5;
const OFF_THREAD_RUNS = 3;
/** The most the checksums may add to opening a plan, as a fraction of opening without them. */
const TARGET_CHECKSUM_SHARE = 0.15;
const OPEN_PROCESSES = 5;
const OPEN_RUNS = 5;
const EDIT_RUNS = 15;
const READ_PROCESSES = 3;
const READ_RUNS = 4;
/** Opening and reading the whole plan, as a multiple of reading every table with bare SQL. */
const TARGET_READ_CORE = 1.5;
const TARGET_READ_HTTP = 3;
/** One edit through the host at 20,000 activities, answer included. */
const TARGET_EDIT_MS = 20;

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(packageJson.dependencies),
];

process.stdout.write('Bygger eksportkoden og kernen til out/bench …\n');
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: {
        export: join(root, 'src/main/export/index.ts'),
        // The PDF laid out in this thread, as the worker does it, for the timings of one export.
        'pdf-render': join(root, 'src/main/export/pdf/render.ts'),
        'pdf-worker': join(root, 'src/main/export/pdf/worker-entry.ts'),
        progress: join(root, 'src/shared/progress/index.ts'),
        core: join(root, 'src/main/core/index.ts'),
        host: join(root, 'src/main/host/index.ts'),
        http: join(root, 'src/main/http/server.ts'),
        'verify-content': join(root, 'src/main/core/plan-file/verify-content.ts'),
        connection: join(root, 'src/main/core/db/connection.ts'),
      },
      external,
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name].cjs' },
    },
  },
});

/**
 * The core again, built with one of the gate's checks changed, so that opening can be timed with
 * and without it in the same build of everything else. Only the bench builds these; the program
 * always runs the whole gate.
 */
const GATE_VARIANTS = {
  // The row checksums not checked: the gate as it would be without them.
  'no-checksums': [['plan-file/inspect-content.ts', 'verifyContent(db)', 'null']],
  // SQLite's quick check instead of its full one (which also reads every index against its table).
  'quick-check': [['plan-file/inspect.ts', 'integrity_check(20)', 'quick_check(20)']],
  // Both: the gate's reading of the file as it was before the checksums and the one gate.
  'no-checksums-quick-check': [
    ['plan-file/inspect-content.ts', 'verifyContent(db)', 'null'],
    ['plan-file/inspect.ts', 'integrity_check(20)', 'quick_check(20)'],
  ],
};

for (const [variant, edits] of Object.entries(GATE_VARIANTS)) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [
      {
        name: `gate-${variant}`,
        transform(code, id) {
          let changed = code;
          for (const [file, from, to] of edits) {
            if (!id.replaceAll('\\', '/').endsWith(`src/main/core/${file}`)) continue;
            if (!changed.includes(from)) throw new Error(`${file} no longer holds ${from}`);
            changed = changed.replace(from, to);
          }
          return changed === code ? null : { code: changed, map: null };
        },
      },
    ],
    build: {
      ssr: true,
      outDir: join(outDir, variant),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        input: { core: join(root, 'src/main/core/index.ts') },
        external,
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          chunkFileNames: 'chunks/[name].cjs',
        },
      },
    },
  });
}

function measure(mode, script = 'run-pdf.mjs', args = [String(WARM_RUNS)]) {
  const result = spawnSync(process.execPath, [join(root, 'bench', script), mode, outDir, ...args], {
    encoding: 'utf8',
    cwd: root,
  });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    process.exit(1);
  }
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The PDF of a plan with 2,000 activities: time and memory, as `omstil export` and the program make it. */
function benchPdf() {
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

/**
 * Opening a plan with 20,000 activities: the one gate every way in passes (SQLite's check, the
 * schema, every row's checksum, the undo history and the change log, the model's rules), the lock,
 * and the plan for the window; timed as shipped and with the gate's variants (GATE_VARIANTS), in
 * fresh processes taken in turn, so that a busy spell of the machine falls on all of them alike.
 */
function benchOpening() {
  const folder = mkdtempSync(join(tmpdir(), 'omstil-bench-'));
  try {
    const plan = join(folder, 'Stor plan.omstil');
    const made = measure('create', 'run-open.mjs', [plan]);
    process.stdout.write(
      `\nÅbning af en plan med ${made.activities} indsatser (${(made.bytes / 1e6).toFixed(1)} MB), ` +
        `${OPEN_PROCESSES} nye processer à ${OPEN_RUNS} åbninger for hver udgave af kontrollen:\n`,
    );
    const variants = ['shipped', ...Object.keys(GATE_VARIANTS)];
    const runs = Object.fromEntries(variants.map((v) => [v, []]));
    for (let i = 0; i < OPEN_PROCESSES; i++) {
      for (const variant of variants) {
        runs[variant].push(measure('open', 'run-open.mjs', [plan, String(OPEN_RUNS), variant]));
      }
    }
    // The first opening in a process also loads and compiles the code; the later ones are the
    // opening itself.
    const again = (variant, key) =>
      runs[variant].flatMap((r) => r.open.slice(1).map((o) => o[key]));
    const first = (variant, key) => runs[variant].map((r) => r.open[0][key]);
    const spread = (values) =>
      `${seconds(Math.min(...values))} / ${seconds(median(values))} / ${seconds(Math.max(...values))}`;
    const labels = {
      shipped: 'som programmet åbner (integrity_check og kontrolsummer)',
      'no-checksums': 'uden kontrollen af kontrolsummerne',
      'quick-check': 'med quick_check i stedet for integrity_check',
      'no-checksums-quick-check': 'uden kontrolsummer og med quick_check (som før)',
    };
    process.stdout.write(
      '        tid min / median / max       CPU-tid median  (åbning igen i samme proces)\n',
    );
    for (const variant of variants) {
      process.stdout.write(
        `        ${spread(again(variant, 'ms'))}  ${seconds(median(again(variant, 'cpuMs')))}  ` +
          `${labels[variant]}; første åbning ${seconds(median(first(variant, 'ms')))}\n`,
      );
    }
    const added = (variant, base, key) =>
      median(again(variant, key)) / median(again(base, key)) - 1;
    const percent = (share) => `${(share * 100).toFixed(1)} %`;
    const checksums = added('shipped', 'no-checksums', 'ms');
    const checksumsCpu = added('shipped', 'no-checksums', 'cpuMs');
    const verify = runs.shipped.flatMap((r) => r.verify.slice(1).map((v) => v.ms));
    process.stdout.write(
      `${checksums <= TARGET_CHECKSUM_SHARE ? 'OK  ' : 'OVER'}  kontrolsummerne lægger ${percent(checksums)} til åbningen ` +
        `(CPU-tid ${percent(checksumsCpu)}; kontrollen alene ${seconds(median(verify))}; mål: højst ${TARGET_CHECKSUM_SHARE * 100} %)\n` +
        `        integrity_check i stedet for quick_check lægger ${percent(added('shipped', 'quick-check', 'ms'))} til ` +
        `(CPU-tid ${percent(added('shipped', 'quick-check', 'cpuMs'))})\n` +
        `        begge dele mod åbningen som før: ${percent(added('shipped', 'no-checksums-quick-check', 'ms'))}\n`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Each kind of edit on a plan with 20,000 activities as the host answers it (the answer says
 * what changed, see `readPatch`), beside one bare SQL update of the same file.
 */
function benchEditing() {
  const folder = mkdtempSync(join(tmpdir(), 'omstil-bench-'));
  try {
    const plan = join(folder, 'Stor plan.omstil');
    measure('create', 'run-open.mjs', [plan]);
    const run = spawnSync(
      process.execPath,
      [join(root, 'bench', 'run-edit.mjs'), outDir, plan, String(EDIT_RUNS)],
      {
        encoding: 'utf8',
        cwd: root,
      },
    );
    if (run.status !== 0) {
      process.stderr.write(run.stderr);
      process.exit(1);
    }
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1));
    const floor = median(result.sql.slice(1));
    const floorCpu = median(result.sqlCpu.slice(1));
    process.stdout.write(
      `\nRedigering af en plan med ${result.activities} indsatser gennem værten (svaret som JSON), ` +
        `median af ${EDIT_RUNS - 1} efter den første; bar SQL-opdatering af samme fil ${floor.toFixed(1)} ms ` +
        `(CPU-tid ${floorCpu.toFixed(1)} ms):\n`,
    );
    const labels = {
      update: 'ret et felt',
      create: 'opret en indsats',
      link: 'knyt til en kompetence',
      unlink: 'fjern knytningen',
      delete: 'slet indsatsen',
      undo: 'fortryd',
      redo: 'gentag',
    };
    for (const [kind, { ms, cpuMs, bytes }] of Object.entries(result.edits)) {
      const m = median(ms.slice(1));
      const cpu = median(cpuMs.slice(1));
      process.stdout.write(
        `${m < TARGET_EDIT_MS ? 'OK  ' : 'OVER'}  ${m.toFixed(1).padStart(6)} ms  ${(m / floor).toFixed(1).padStart(5)} × bar SQL  ` +
          `CPU-tid ${cpu.toFixed(1).padStart(5)} ms  svar højst ${(bytes / 1000).toFixed(1)} kB  ${labels[kind]}\n`,
      );
    }
    process.stdout.write(`Mål: under ${TARGET_EDIT_MS} ms pr. redigering gennem værten.\n`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Opening a plan with 20,000 activities and reading all of it, by the core and through the HTTP
 * host, beside reading every table of the file with bare SQL, in fresh processes.
 */
function benchReading() {
  const folder = mkdtempSync(join(tmpdir(), 'omstil-bench-'));
  try {
    const plan = join(folder, 'Stor plan.omstil');
    const made = measure('create', 'run-open.mjs', [plan]);
    const runs = Array.from({ length: READ_PROCESSES }, () => {
      const run = spawnSync(
        process.execPath,
        [join(root, 'bench', 'run-read.mjs'), outDir, plan, String(READ_RUNS)],
        { encoding: 'utf8', cwd: root },
      );
      if (run.status !== 0) {
        process.stderr.write(run.stderr);
        process.exit(1);
      }
      return JSON.parse(run.stdout.trim().split('\n').at(-1));
    });
    // The first round in a process also loads and compiles the code.
    const later = (way, key) => median(runs.flatMap((r) => r[way].slice(1).map((t) => t[key])));
    const bare = later('bare', 'ms');
    const bareCpu = later('bare', 'cpuMs');
    process.stdout.write(
      `\nÅbning og læsning af hele planen med ${made.activities} indsatser, median af ` +
        `${READ_PROCESSES * (READ_RUNS - 1)} i ${READ_PROCESSES} nye processer; alle tabeller læst med bar SQL ` +
        `${bare.toFixed(0)} ms (CPU-tid ${bareCpu.toFixed(0)} ms):\n`,
    );
    const rows = [
      ['core', TARGET_READ_CORE, 'kernen: kontrollen, låsen og planen til vinduet'],
      ['http', TARGET_READ_HTTP, 'det samme gennem HTTP-værten, svaret læst som JSON'],
    ];
    for (const [way, target, label] of rows) {
      const ms = later(way, 'ms');
      const cpu = later(way, 'cpuMs');
      process.stdout.write(
        `${cpu / bareCpu <= target ? 'OK  ' : 'OVER'}  ${ms.toFixed(0).padStart(6)} ms  ${(ms / bare).toFixed(1).padStart(4)} × bar SQL  ` +
          `CPU-tid ${cpu.toFixed(0).padStart(6)} ms  ${(cpu / bareCpu).toFixed(1).padStart(4)} × bar SQL  ${label} (mål: højst ${target} ×)\n`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// `npm run bench -- pdf`, `-- open`, `-- read` or `-- edit` runs one of them.
const only = process.argv[2];
if (!only || only === 'pdf') benchPdf();
if (!only || only === 'open') benchOpening();
if (!only || only === 'read') benchReading();
if (!only || only === 'edit') benchEditing();
process.stdout.write(`\nMaskinen: ${cpuSummary()}, belastning ${loadAverage()}\n`);
if (busy()) {
  process.stdout.write(
    'Maskinen var travl med andet arbejde under målingen, så tiderne er længere end på en ledig maskine; ' +
      'hovedtrådens CPU-tid er det bedste bud på den ledige maskines tid.\n',
  );
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** More work waiting than there are cores, averaged over the last minute. */
function busy() {
  return loadavg()[0] > cpus().length;
}

function loadAverage() {
  return loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
}

function cpuSummary() {
  return `${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}`;
}
