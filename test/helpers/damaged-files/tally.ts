import { OUTCOMES, type Outcome } from './classify';
import { DAMAGE_KINDS } from './damage-kinds';
import { caseName } from './case-id';
import type { FileResult } from './workbench';
import { WAYS, type Way } from './ways-in';

/** Counts for one kind of damage: outcomes per call (four calls a file), the rest as named. */
export interface Counts extends Record<Outcome, number> {
  files: number;
  /** Calls that left a file beside the plan that Omstil does not keep. */
  leftovers: number;
  /** Calls that harmed an intact plan because of a journal that did not belong to it. */
  harmed: number;
  /** Files the ways in did not agree on (one refused or flagged what another opened silently). */
  disagreements: number;
}

/** What must never happen; the CI run and the full set both fail when any of these is above 0. */
export const FORBIDDEN = ['changed', 'harmed', 'leftovers', 'crash', 'disagreements'] as const;

export interface Tally {
  byKind: Map<string, Counts>;
  byWay: Map<Way, Record<Outcome, number>>;
  total: Counts;
  /** Files (not calls) with at least one call of each forbidden kind, as the issue counted. */
  filesWith: Record<'changed' | 'crash' | 'harmed' | 'leftovers', number>;
  /** The slowest call, so that a call close to hanging shows. */
  slowest: { name: string; way: Way; ms: number } | null;
}

const emptyOutcomes = (): Record<Outcome, number> =>
  Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;

const emptyCounts = (): Counts => ({
  files: 0,
  ...emptyOutcomes(),
  leftovers: 0,
  harmed: 0,
  disagreements: 0,
});

export function tally(results: readonly FileResult[]): Tally {
  const byKind = new Map<string, Counts>();
  const byWay = new Map<Way, Record<Outcome, number>>(WAYS.map((w) => [w, emptyOutcomes()]));
  const total = emptyCounts();
  let slowest: Tally['slowest'] = null;
  const filesWith = { changed: 0, crash: 0, harmed: 0, leftovers: 0 };
  for (const result of results) {
    if (result.calls.some((c) => c.outcome === 'changed')) filesWith.changed += 1;
    if (result.calls.some((c) => c.outcome === 'crash')) filesWith.crash += 1;
    if (result.calls.some((c) => c.harmed)) filesWith.harmed += 1;
    if (result.calls.some((c) => c.leftovers.length > 0)) filesWith.leftovers += 1;
    const counts = byKind.get(result.id.kind) ?? emptyCounts();
    byKind.set(result.id.kind, counts);
    for (const c of [counts, total]) {
      c.files += 1;
      if (result.disagreement) c.disagreements += 1;
      for (const call of result.calls) {
        c[call.outcome] += 1;
        if (call.leftovers.length > 0) c.leftovers += 1;
        if (call.harmed) c.harmed += 1;
      }
    }
    for (const call of result.calls) {
      (byWay.get(call.way) as Record<Outcome, number>)[call.outcome] += 1;
      if (!slowest || call.ms > slowest.ms) {
        slowest = { name: caseName(result.id), way: call.way, ms: call.ms };
      }
    }
  }
  return { byKind, byWay, total, filesWith, slowest };
}

export function forbiddenCounts(t: Tally): Record<(typeof FORBIDDEN)[number], number> {
  return Object.fromEntries(FORBIDDEN.map((f) => [f, t.total[f]])) as Record<
    (typeof FORBIDDEN)[number],
    number
  >;
}

const COLUMNS = ['files', ...OUTCOMES, 'harmed', 'leftovers', 'disagreements'] as const;

/** One table, kind by outcome, in the order the kinds are defined; then the ways in. */
export function formatTally(t: Tally): string {
  const order = DAMAGE_KINDS.map((k) => k.name).filter((name) => t.byKind.has(name));
  const rows: string[][] = [
    ['kind', ...COLUMNS],
    ...order.map((name) => [
      name,
      ...COLUMNS.map((c) => String((t.byKind.get(name) as Counts)[c])),
    ]),
    ['total', ...COLUMNS.map((c) => String(t.total[c]))],
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const table = rows.map(line);
  table.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  table.splice(table.length - 1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const ways = WAYS.map((way) => {
    const counts = t.byWay.get(way) as Record<Outcome, number>;
    return `  ${way}: ${OUTCOMES.map((o) => `${o} ${counts[o]}`).join(', ')}`;
  });
  return [
    'Outcomes are counted per call (each file goes through 4 ways in); disagreements per file.',
    ...table,
    `Files with a silent change: ${t.filesWith.changed}, a crash: ${t.filesWith.crash}, ` +
      `a plan harmed by a journal: ${t.filesWith.harmed}, leftovers: ${t.filesWith.leftovers}.`,
    'By way in:',
    ...ways,
    t.slowest
      ? `Slowest call: ${t.slowest.way} on ${t.slowest.name}, ${Math.round(t.slowest.ms)} ms`
      : '',
  ].join('\n');
}

/**
 * Up to `limit` lines, one a file, naming files that did something forbidden by the name that
 * makes the file again; taken in turn from each kind, so one kind's many do not hide the rest.
 */
export function failingExamples(results: readonly FileResult[], limit = 12): string[] {
  const byKind = new Map<string, string[]>();
  for (const result of results) {
    const what = problemsOf(result);
    if (what.length === 0) continue;
    const lines = byKind.get(result.id.kind) ?? [];
    byKind.set(result.id.kind, lines);
    lines.push(`${caseName(result.id)} [${result.note}]: ${what.join('; ')}`);
  }
  const out: string[] = [];
  for (let i = 0; out.length < limit; i++) {
    const round = [...byKind.values()].map((lines) => lines[i]).filter((l) => l !== undefined);
    if (round.length === 0) break;
    out.push(...round);
  }
  return out.slice(0, limit);
}

/** A refusal's text can hold SQLite's whole report; one line of it is enough to recognise it. */
const brief = (text: string) => {
  const line = text.replace(/\s*\n\s*/g, ' / ');
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};

function problemsOf(result: FileResult): string[] {
  const calls = result.calls;
  const ways = (list: typeof calls) => list.map((c) => c.way).join(', ');
  const problems: string[] = [];
  for (const outcome of ['changed', 'crash'] as const) {
    const found = calls.filter((c) => c.outcome === outcome);
    if (found[0]) problems.push(`${outcome} in ${ways(found)} (${brief(found[0].detail)})`);
  }
  const harmed = calls.filter((c) => c.harmed);
  if (harmed[0]) {
    problems.push(
      `harmed the plan in ${ways(harmed)} (${harmed[0].outcome}${harmed[0].detail ? `: ${brief(harmed[0].detail)}` : ''})`,
    );
  }
  const left = calls.filter((c) => c.leftovers.length > 0);
  if (left[0]) problems.push(`left ${left[0].leftovers.join(', ')} in ${ways(left)}`);
  if (result.disagreement) {
    problems.push(`ways disagree (${calls.map((c) => `${c.way} ${c.outcome}`).join(', ')})`);
  }
  return problems;
}
