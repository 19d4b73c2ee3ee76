// `npm run bench -- table`: bench/results.json as the Markdown table of the README's
// »Performance« section, without measuring anything: a row per measurement, a column per size.
import { readFileSync } from 'node:fs';

const EDITS = {
  update: 'update a field',
  create: 'create an activity',
  link: 'link to a competence',
  unlink: 'unlink',
  delete: 'delete the activity',
  undo: 'undo',
  redo: 'redo',
};
const SCREENS = {
  activities: 'Indsatser (activities)',
  timeline: 'Tidslinje (timeline)',
  progress: 'Fremdrift (progress)',
  effect: 'Effekt (effect)',
  impactMap: 'Virkningskort (impact map)',
};
const USES = {
  typing: 'typing in an activity’s title',
  commit: 'committing the field (Tab)',
  'scroll-list': 'scrolling the activity list',
  filter: 'searching the activities',
  'scroll-timeline': 'scrolling the timeline',
};

/** The README's words for a figure's key. */
function labelOf(key) {
  const fixed = {
    'read-bare': 'bare read of every table (better-sqlite3)',
    'open-core': 'open + read the whole plan, core',
    'open-http': 'open + read the whole plan, over HTTP',
    'edit-sql': 'bare SQL: one row updated in its own transaction',
    'edit-host-memory': 'host memory after opening and editing',
    'merge-read-bare': 'bare read of both copies',
    'merge-preview': 'merge: compare two copies',
    'merge-write': 'merge: write the merged plan',
    'browser-load': 'browser: load the program and open the plan',
    'browser-load-task': 'browser: longest task while opening the plan',
  };
  if (fixed[key]) return fixed[key];
  let m = /^edit-(core|http)-(\w+)$/.exec(key);
  if (m) return `${EDITS[m[2]]}, ${m[1] === 'core' ? 'core' : 'over HTTP'}`;
  m = /^export-(\w+?)(-memory)?$/.exec(key);
  if (m)
    return `${m[1].toUpperCase()} export${m[2] ? ', peak memory' : ', first in a new process'}`;
  m = /^browser-(screen|again)-(\w+)$/.exec(key);
  if (m) return `browser: longest task opening ${SCREENS[m[2]]}${m[1] === 'again' ? ' again' : ''}`;
  m = /^browser-(.+)-(task|event)$/.exec(key);
  if (m)
    return `browser: ${m[2] === 'task' ? 'longest task' : 'worst event latency'}, ${USES[m[1]]}`;
  return key;
}

const amount = (value, unit) =>
  `${unit === 'MB' || value >= 100 ? Math.round(value).toLocaleString('en-GB') : value.toFixed(1)} ${unit}`;

const targetText = (t, unit) =>
  !t ? '' : t.max !== undefined ? `< ${amount(t.max, unit)}` : `≤ ${t.ratio}× bare`;

export function markdownTable(file) {
  const { figures, lastRun } = JSON.parse(readFileSync(file, 'utf8'));
  const sizes = [...new Set(figures.map((f) => f.size))].sort((a, b) => a - b);
  const keys = [...new Set(figures.map((f) => f.key))];
  const header = `| what | ${sizes.map((s) => `${s.toLocaleString('en-GB')} activities`).join(' | ')} | target |`;
  const rows = keys.map((key) => {
    const some = figures.find((f) => f.key === key);
    const cells = sizes.map((size) => {
      const f = figures.find((x) => x.key === key && x.size === size);
      if (!f) return '–';
      const ratio = f.ratio === null ? '' : ` (${f.ratio.toFixed(1)}×)`;
      return `${amount(f.value, f.unit)}${ratio}${f.met === false ? ' ✗' : ''}`;
    });
    return `| ${labelOf(key)} | ${cells.join(' | ')} | ${targetText(some.target, some.unit)} |`;
  });
  return [
    header,
    `|---|${sizes.map(() => '---|').join('')}---|`,
    ...rows,
    '',
    `Measured ${lastRun.measuredAt.slice(0, 10)} on ${lastRun.machine}, load average ${lastRun.loadAverage.join(' / ')}; ` +
      `(n×) is the ratio to the bare work beside it, ✗ a missed target, – not measured.`,
  ].join('\n');
}
