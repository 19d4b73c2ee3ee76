import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createPlanFile, type Environment } from '../../../src/main/core';
import type { PlanDocument } from '../../../src/shared/model/document';
import { fixedEnvironment } from '../fixed-env';
import { hostFor } from './host-calls';
import { makeHostileFiles } from '../hostile-files';
import { writeOldPlanFile } from '../old-plan-file';
import { captureCrash, captureJournal, JOURNAL_EDITS } from './journal-capture';
import { mapFile, type FileLayout } from './sqlite-layout';
import { examplePlan } from '../example-plan';

export const ORIGINAL_NAMES = ['example', 'history', 'large', 'old-v1'] as const;
export type OriginalName = (typeof ORIGINAL_NAMES)[number];

/** One intact plan file as Omstil wrote it. */
export interface PlanState {
  label: string;
  bytes: Buffer;
}

/** A rollback journal as SQLite writes it in the middle of a transaction. */
export interface CapturedJournal {
  /** What the interrupted transaction was doing. */
  label: string;
  bytes: Buffer;
}

/**
 * A real plan the damage starts from, with what the journal kinds need: the same plan a few edits
 * later (a newer copy to put an older journal beside), journals from transactions on this plan,
 * and the plan as a crash left it, half-written, with the journal that undoes it.
 */
export interface Original {
  name: OriginalName;
  /**
   * Written by an older version of Omstil, before plans carried content checksums, so a change
   * made to it outside Omstil cannot be told from what that version wrote.
   */
  fromOlderVersion: boolean;
  state: PlanState;
  layout: FileLayout;
  newer: PlanState;
  journals: CapturedJournal[];
  crash: { plan: Buffer; journal: Buffer };
  /** The files `makeHostileFiles` makes from this plan: empty, random, foreign, and so on. */
  hostile: { name: string; bytes: Buffer }[];
}

/**
 * Builds every original in `dir` through the program's own ways in (the host's calls, the core's
 * plan factory, the old-version writer), with a fixed clock and ids, so that a seed's damage
 * lands on the same bytes from run to run. What still differs between runs has the same length
 * every time: the id Omstil draws for each editing session (in the change log), and the random
 * numbers SQLite puts in a journal's or a WAL file's header.
 */
export async function buildOriginals(dir: string): Promise<Original[]> {
  mkdirSync(dir, { recursive: true });
  const out: Original[] = [];
  for (const name of ORIGINAL_NAMES) {
    const path = join(dir, `${name}.omstil`);
    const newerPath = join(dir, `${name} (nyere).omstil`);
    await BUILDERS[name](path, newerPath, dir);
    const bytes = readFileSync(path);
    out.push({
      name,
      fromOlderVersion: name === 'old-v1',
      state: { label: name, bytes },
      layout: mapFile(bytes),
      newer: { label: `${name} (nyere)`, bytes: readFileSync(newerPath) },
      journals: JOURNAL_EDITS.map((edit) => ({
        label: edit.label,
        bytes: captureJournal(bytes, join(dir, 'journal-capture'), edit.sql),
      })),
      crash: captureCrash(bytes, join(dir, 'crash-capture')),
      hostile: hostileFrom(path, join(dir, `${name}-hostile`)),
    });
  }
  return out;
}

type Builder = (path: string, newerPath: string, dir: string) => Promise<void>;

const BUILDERS: Record<OriginalName, Builder> = {
  /** `omstil new --example`, as the host's "new plan" call makes it. */
  example: async (path, newerPath, dir) => {
    const host = hostAt(dir);
    await host.call('newPlan', { path, example: true });
    host.dispose();
    await editLater(path, newerPath, dir);
  },
  /** The example after a committee's evening of edits: undo steps and change log entries. */
  history: async (path, newerPath, dir) => {
    const host = hostAt(dir);
    const { document } = await host.call('newPlan', { path, example: true });
    const activities = document.activities;
    for (let i = 0; i < 24; i++) {
      const activity = activities[i % activities.length];
      if (!activity) break;
      await host.call('updateEntity', {
        entity: 'activity',
        id: activity.id,
        patch: { title: `${activity.title} (${i + 1}. udgave)`, progress: (i * 7) % 100 },
      });
    }
    for (let i = 0; i < 8; i++) {
      await host.call('createEntity', {
        entity: 'member',
        values: { name: `Suppleant ${i + 1}`, role: i % 2 ? 'employee-rep' : 'management' },
      });
    }
    await host.call('updatePlan', { patch: { purpose: 'Planen er drøftet på SU-mødet i marts.' } });
    await host.call('undo', {});
    await host.call('undo', {});
    await host.call('redo', {});
    host.dispose();
    await editLater(path, newerPath, dir);
  },
  /** A plan with many more rows, and one text long enough to need overflow pages. */
  large: async (path, newerPath, dir) => {
    const env = fixedEnvironment();
    createPlanFile(path, largerDocument(examplePlan(env), env));
    await editLater(path, newerPath, dir);
  },
  /** The example as Omstil of schema version 1 wrote it. */
  'old-v1': (path, newerPath) => {
    const doc = examplePlan(fixedEnvironment());
    writeOldPlanFile(path, doc, 1);
    const later = structuredClone(doc);
    later.plan.title = `${doc.plan.title} – revideret`;
    const first = later.activities[0];
    if (first) first.progress = Math.min(100, first.progress + 10);
    writeOldPlanFile(newerPath, later, 1);
    return Promise.resolve();
  },
};

function largerDocument(doc: PlanDocument, env: Environment): PlanDocument {
  const activities = Array.from({ length: 8 }, (_, round) =>
    doc.activities.map((a) => ({ ...a, id: env.newId(), title: `${a.title} – hold ${round + 2}` })),
  ).flat();
  const measurements = Array.from({ length: 4 }, (_, round) =>
    doc.measurements.map((m) => ({
      ...m,
      id: env.newId(),
      respondents: (m.respondents ?? 10) + round,
    })),
  ).flat();
  const first = doc.activities[0];
  const long = first && {
    ...first,
    id: env.newId(),
    title: `${first.title} – forløbsbeskrivelse`,
    description: Array.from(
      { length: 60 },
      (_, i) =>
        `Modul ${i + 1}: deltagerne arbejder med egne sager i testmiljøet, og lederen følger op.`,
    ).join(' '),
  };
  return {
    ...doc,
    activities: [...doc.activities, ...activities, ...(long ? [long] : [])],
    measurements: [...doc.measurements, ...measurements],
  };
}

/** The same plan after another session's edits: a newer copy, for a stray older journal. */
async function editLater(path: string, newerPath: string, dir: string): Promise<void> {
  copyFileSync(path, newerPath);
  const host = hostAt(dir);
  const opened = await host.call('openPlan', { path: newerPath });
  const first = opened.document.activities[0];
  await host.call('updatePlan', { patch: { title: `${opened.document.plan.title} – revideret` } });
  if (first) {
    await host.call('updateEntity', {
      entity: 'activity',
      id: first.id,
      patch: { progress: Math.min(100, first.progress + 10) },
    });
  }
  await host.call('createEntity', {
    entity: 'member',
    values: { name: 'Ny HR-partner', role: 'hr' },
  });
  host.dispose();
}

const hostAt = (dir: string) => hostFor(dir, fixedEnvironment());

/** The existing hostile files, kept as bytes so every case gets a fresh copy. */
function hostileFrom(plan: string, dir: string): { name: string; bytes: Buffer }[] {
  mkdirSync(dir, { recursive: true });
  try {
    return makeHostileFiles(dir, plan).map(({ name, path }) => ({
      name,
      bytes: readFileSync(path),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
