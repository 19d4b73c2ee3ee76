import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Environment } from '../../../src/main/core';
import {
  disagree,
  harmedByJournal,
  judge,
  KEPT_BESIDE,
  type Judgement,
  type Outcome,
} from './classify';
import { caseName, type CaseId } from './case-id';
import { damageKind, type DamagedFile } from './damage-kinds';
import { buildOriginals, type Original, type PlanState } from './originals';
import { seededRandom } from './random';
import { tableContent } from './table-content';
import { callWay, resolveSaid, WAYS, type Answer, type Way } from './ways-in';

/**
 * A call this slow counts as a hang. The calls run in this process, synchronously, so one that
 * never returns stops the run (and the test's time limit names it); one that returns this late
 * would have looked hung to its user.
 */
export const HANG_MS = 10_000;

export interface CallResult {
  way: Way;
  outcome: Outcome;
  detail: string;
  /** Files that appeared beside the plan and are not among those Omstil keeps. */
  leftovers: string[];
  harmed: boolean;
  ms: number;
}

export interface FileResult {
  id: CaseId;
  note: string;
  calls: CallResult[];
  disagreement: boolean;
}

interface Reference {
  content: string | null;
  byWay: Record<Way, unknown>;
  /** The ways in that leave the intact plan's bytes as they were (opening an old one migrates it). */
  keepBytes: Set<Way>;
}

/** The originals, built once, and what each way in shows of them while they are intact. */
export interface Workbench {
  root: string;
  originals: Original[];
  references: Map<string, Reference>;
  env: Environment;
  /** A folder per way in, emptied before each file: each call's plan is alone in its own. */
  slots: string[];
  /** Where the calls keep settings and write output, outside the plans' folders. */
  scratch: string;
}

/** A clock that stands still, so two exports of the same plan are the same bytes. */
const stillEnvironment = (): Environment => {
  let n = 0;
  return {
    now: () => new Date('2027-03-01T10:00:00.000Z'),
    newId: () => `00000000-0000-4000-9000-${(n += 1).toString(16).padStart(12, '0')}`,
  };
};

export async function openWorkbench(root: string): Promise<Workbench> {
  const originals = await buildOriginals(join(root, 'originals'));
  const slots = WAYS.map((way) => join(root, 'calls', way));
  const scratch = join(root, 'calls', 'scratch');
  for (const folder of [...slots, scratch]) mkdirSync(folder, { recursive: true });
  const bench: Workbench = {
    root,
    originals,
    references: new Map(),
    env: stillEnvironment(),
    slots,
    scratch,
  };
  for (const original of originals) {
    for (const state of [original.state, original.newer]) {
      bench.references.set(state.label, await referenceOf(bench, state));
    }
  }
  return bench;
}

/** Each way in on the intact plan must open it without a word; what it shows is the reference. */
async function referenceOf(bench: Workbench, state: PlanState): Promise<Reference> {
  const byWay = {} as Record<Way, unknown>;
  const keepBytes = new Set<Way>();
  const plans = copiesFor(bench, { plan: state.bytes, beside: [] });
  for (const [i, way] of WAYS.entries()) {
    const answer = await callWay[way]({
      plan: plans[i] as string,
      scratch: bench.scratch,
      env: bench.env,
    });
    if (answer.kind !== 'opened' || answer.notices.length > 0) {
      throw new Error(`${way} does not open the intact ${state.label}: ${JSON.stringify(answer)}`);
    }
    byWay[way] = answer.content;
    if (readFileSync(plans[i] as string).equals(state.bytes)) keepBytes.add(way);
  }
  return { content: tableContent(state.bytes), byWay, keepBytes };
}

export function makeDamagedFile(bench: Workbench, id: CaseId): DamagedFile {
  const original = bench.originals.find((o) => o.name === id.original);
  if (!original) throw new Error(`no original named ${id.original}`);
  const others = bench.originals.filter((o) => o !== original);
  const scratch = join(bench.root, 'making');
  return damageKind(id.kind).make(original, others, seededRandom(caseName(id)), scratch);
}

/** Writes the damaged file (and what lies beside it) into `dir` as `plan.omstil`. */
export function writeDamagedFile(file: Pick<DamagedFile, 'plan' | 'beside'>, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const plan = join(dir, 'plan.omstil');
  writeFileSync(plan, file.plan);
  for (const { suffix, bytes } of file.beside) writeFileSync(`${plan}${suffix}`, bytes);
  return plan;
}

/**
 * A fresh copy of the file for each way in, each in its own folder that holds nothing else: the
 * folders are emptied and the file written once and copied, because in a CI run of thousands of
 * files making and removing folders and writing files costs more than the calls themselves.
 */
function copiesFor(bench: Workbench, file: Pick<DamagedFile, 'plan' | 'beside'>): string[] {
  for (const folder of [...bench.slots, bench.scratch]) {
    for (const name of readdirSync(folder)) {
      rmSync(join(folder, name), { recursive: true, force: true });
    }
  }
  const [first, ...rest] = bench.slots.map((slot) => join(slot, 'plan.omstil'));
  if (!first) return [];
  writeDamagedFile(file, join(first, '..'));
  for (const plan of rest) {
    copyFileSync(first, plan);
    for (const { suffix } of file.beside) copyFileSync(`${first}${suffix}`, `${plan}${suffix}`);
  }
  return [first, ...rest];
}

/** Makes one damaged file and takes a fresh copy of it through every way in. */
export async function runCase(bench: Workbench, id: CaseId): Promise<FileResult> {
  const file = makeDamagedFile(bench, id);
  const original = bench.originals.find((o) => o.name === id.original) as Original;
  const state = file.reference === 'newer' ? original.newer : original.state;
  const reference = bench.references.get(state.label) as Reference;
  const canTell = !original.fromOlderVersion;
  // Read only when `check` passes the file: it shows no content to compare.
  let contentChanged: boolean | null = null;
  const changed = () =>
    (contentChanged ??=
      file.content === 'from-bytes'
        ? tableContent(file.plan) !== reference.content
        : file.content === 'changed');

  const plans = copiesFor(bench, file);
  const done: {
    way: Way;
    answer: Answer;
    ms: number;
    leftovers: string[];
    after: Buffer | null;
  }[] = [];
  for (const [i, way] of WAYS.entries()) {
    const plan = plans[i] as string;
    const folder = join(plan, '..');
    const before = new Set(readdirSync(folder));
    const started = performance.now();
    const answer = await callWay[way]({ plan, scratch: bench.scratch, env: bench.env });
    done.push({
      way,
      answer,
      ms: performance.now() - started,
      leftovers: readdirSync(folder).filter(
        (name) => !before.has(name) && !KEPT_BESIDE.some((kept) => kept.name.test(name)),
      ),
      after: file.strayJournal && existsSync(plan) ? readFileSync(plan) : null,
    });
  }
  const answers = resolveSaid(done.map((d) => d.answer));
  const calls: CallResult[] = [];
  const judgements: Judgement[] = [];
  for (const [i, { way, ms, leftovers, after }] of done.entries()) {
    const judgement =
      ms > HANG_MS
        ? { outcome: 'crash' as const, detail: `took ${Math.round(ms)} ms`, newerVersion: false }
        : judge(way, answers[i] as Answer, reference.byWay[way], changed, canTell);
    const keepsBytes = reference.keepBytes.has(way);
    calls.push({
      way,
      outcome: judgement.outcome,
      detail: judgement.detail,
      leftovers,
      harmed: harmedByJournal(file, judgement, keepsBytes, canTell, file.plan, after),
      ms,
    });
    judgements.push(judgement);
  }
  return { id, note: file.note, calls, disagreement: disagree(judgements) };
}
