// The parts of `npm run bench`'s table: each measures one plan size in fresh processes and
// returns its figures, each with its floor (the bare work beside it) and its target from issue 20.
import { median, runChild } from './child.mjs';

/** A figure of the table. `baseline` is the floor in the same unit; `target` the goal. */
const figure = (
  key,
  label,
  value,
  { unit = 'ms', baseline = null, target = null, cpuMs = null } = {},
) => ({ key, label, value, unit, baseline, target, cpuMs });
const below = (max) => ({ max });
const withinRatio = (ratio) => ({ ratio });

/** Runs in each process by plan size: fewer where one run takes seconds. */
const runsFor = (size, small, large) => String(size > 5000 ? large : small);

/** Open and read the whole plan: the core, the HTTP host, and the bare read as the floor. */
export function open({ root, outDir, plan, size }) {
  const r = runChild(root, 'run-open.mjs', [outDir, plan, runsFor(size, 5, 2)]);
  if (r.failed) return r;
  const ms = (list) => median(list.map((x) => x.ms));
  const cpu = (list) => median(list.map((x) => x.cpuMs));
  const bare = ms(r.bare);
  return [
    figure('read-bare', 'bar læsning af hver tabel (better-sqlite3)', bare, {
      cpuMs: cpu(r.bare),
    }),
    figure('open-core', 'åbn og læs hele planen, kernen', ms(r.core), {
      baseline: bare,
      target: withinRatio(1.5),
      cpuMs: cpu(r.core),
    }),
    figure(
      'open-http',
      `åbn og læs hele planen over HTTP (svaret ${(r.httpBytes / 1e6).toFixed(1)} MB)`,
      ms(r.http),
      { baseline: bare, target: withinRatio(3), cpuMs: cpu(r.http) },
    ),
  ];
}

const EDIT_LABELS = {
  update: 'ret et felt',
  create: 'opret en indsats',
  link: 'knyt til en kompetence',
  unlink: 'fjern knytningen',
  delete: 'slet indsatsen',
  undo: 'fortryd',
  redo: 'gentag',
};

/** Each kind of edit through the core and through the HTTP host; one bare SQL update as floor. */
export function edit({ root, outDir, plan, size }) {
  const r = runChild(root, 'run-edit.mjs', [outDir, plan, runsFor(size, 5, 4)]);
  if (r.failed) return r;
  const ms = (list) => median(list.map((x) => x.ms));
  const cpu = (list) => median(list.map((x) => x.cpuMs));
  const sql = ms(r.sql);
  const figures = [
    figure('edit-sql', 'bar SQL: én række rettet i sin egen transaktion', sql, {
      cpuMs: cpu(r.sql),
    }),
  ];
  for (const [kind, label] of Object.entries(EDIT_LABELS)) {
    figures.push(
      figure(`edit-core-${kind}`, `${label}, kernen`, ms(r.core[kind]), {
        baseline: sql,
        target: below(5),
        cpuMs: cpu(r.core[kind]),
      }),
      figure(
        `edit-http-${kind}`,
        `${label}, over HTTP (svar højst ${(Math.max(...r.http[kind].map((x) => x.bytes)) / 1000).toFixed(1)} kB)`,
        ms(r.http[kind]),
        { baseline: sql, target: below(20), cpuMs: cpu(r.http[kind]) },
      ),
    );
  }
  figures.push(
    figure('edit-host-memory', 'værtens hukommelse efter åbning og redigering', r.hostPeakMb, {
      unit: 'MB',
      target: below(400),
    }),
  );
  return figures;
}

/** The PDF above this size takes minutes and more memory than the machine spares. */
export const PDF_MOST_ACTIVITIES = 5000;

/** PDF, XLSX and JSON export, each in a fresh process as `omstil export` makes it. */
export function exports({ root, outDir, plan, size }) {
  const figures = [];
  const failures = [];
  for (const format of ['json', 'xlsx', 'pdf']) {
    if (format === 'pdf' && size > PDF_MOST_ACTIVITIES) continue;
    const r = runChild(root, 'run-export.mjs', [outDir, plan, format]);
    if (r.failed) {
      failures.push(r.failed);
      continue;
    }
    const name = format.toUpperCase();
    figures.push(
      figure(
        `export-${format}`,
        `${name}-eksport, første i en ny proces (${(r.bytes / 1e6).toFixed(1)} MB)`,
        r.ms,
        { cpuMs: r.cpuMs, ...(r.floorMs === undefined ? {} : { baseline: r.floorMs }) },
      ),
      figure(`export-${format}-memory`, `${name}-eksport, højeste hukommelse`, r.peakMb, {
        unit: 'MB',
        target: below(400),
      }),
    );
  }
  return failures.length ? [...figures, { failed: failures.join('; ') }] : figures;
}

/** Comparing and writing the merge of two copies with 21 edits each; the bare reads as floor. */
export function merge({ root, outDir, plan, size }) {
  const r = runChild(root, 'run-merge.mjs', [outDir, plan, runsFor(size, 2, 1)]);
  if (r.failed) return r;
  const floor = median(r.floor);
  return [
    figure('merge-read-bare', 'bar læsning af begge kopier', floor),
    figure('merge-preview', `sammenlign to kopier (${r.conflicts} konflikt)`, median(r.preview), {
      baseline: floor,
    }),
    figure('merge-write', 'skriv den flettede plan', median(r.write), { baseline: floor }),
  ];
}

/** The browser above this size is left out by default: today it takes many minutes there. */
export const BROWSER_MOST_ACTIVITIES = 20000;

const SCREEN_LABELS = {
  activities: 'Indsatser',
  timeline: 'Tidslinje',
  progress: 'Fremdrift',
  effect: 'Effekt',
  impactMap: 'Virkningskort',
};

/** In Chromium: the load, each heavy screen's longest task, and using the activities and timeline. */
export function browser({ root, outDir, plan, webRoot, chromium }) {
  const r = runChild(root, 'run-browser.mjs', [outDir, webRoot, plan, chromium]);
  if (r.failed) return r;
  const task = below(50);
  const event = below(100);
  const figures = [
    figure('browser-load', 'indlæs programmet og åbn planen', r.load.ms),
    figure('browser-load-task', 'længste opgave under åbningen', r.load.longestTask, {
      target: task,
      cpuMs: r.load.longestTaskCpu,
    }),
  ];
  for (const [round, label] of [
    ['screen', 'åbn'],
    ['again', 'åbn igen'],
  ]) {
    for (const [key, name] of Object.entries(SCREEN_LABELS)) {
      const measured = r[`${round}-${key}`];
      figures.push(
        figure(
          `browser-${round}-${key}`,
          `længste opgave: ${label} ${name}`,
          measured.longestTask,
          { target: task, cpuMs: measured.longestTaskCpu },
        ),
      );
    }
  }
  const use = [
    ['typing', 'skriv i en indsats’ titel'],
    ['commit', 'gem feltet (Tab)'],
    ['scroll-list', 'rul i listen over indsatser'],
    ['filter', 'søg i indsatserne'],
    ['scroll-timeline', 'rul i tidslinjen'],
  ];
  for (const [key, label] of use) {
    figures.push(
      figure(`browser-${key}-task`, `længste opgave: ${label}`, r[key].longestTask, {
        target: task,
        cpuMs: r[key].longestTaskCpu ?? null,
      }),
    );
    // Event Timing sees keys and clicks, not the wheel, and the commit is one key.
    if (!['scroll-timeline', 'commit'].includes(key)) {
      figures.push(
        figure(`browser-${key}-event`, `værste hændelse: ${label}`, r[key].worstEvent, {
          target: event,
        }),
      );
    }
  }
  return figures;
}
