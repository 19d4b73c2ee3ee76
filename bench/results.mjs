// bench/results.json: the figures of the last runs, one per plan size and measurement. A run of
// some parts or sizes replaces those figures and keeps the rest, each with the time it was taken.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { meets, ratioOf } from './table.mjs';

const round = (n) => (n === null || n === undefined ? null : Math.round(n * 100) / 100);

export function writeResults(file, figures, notes, minutes) {
  const measuredAt = new Date().toISOString();
  const earlier = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).figures : [];
  const id = (f) => `${f.size}/${f.key}`;
  const fresh = new Set(figures.map(id));
  const all = [
    ...earlier.filter((f) => !fresh.has(id(f))),
    ...figures.map((f) => ({
      part: f.part,
      size: f.size,
      key: f.key,
      label: f.label,
      value: round(f.value),
      unit: f.unit,
      cpuMs: round(f.cpuMs),
      baseline: round(f.baseline),
      ratio: round(ratioOf(f)),
      target: f.target,
      met: meets(f),
      measuredAt,
    })),
  ].sort((a, b) => a.size - b.size);
  const results = {
    about:
      'npm run bench: medians in ms (memory in MB) on plans of the given size; baseline is the bare work beside each figure, ratio the figure over it, target from issue 20.',
    lastRun: {
      measuredAt,
      minutes: round(minutes),
      machine: `${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}`,
      loadAverage: loadavg().map(round),
      notes,
    },
    figures: all,
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
