import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../../src/main/core/db/connection';
import { verifyContent } from '../../../../src/main/core/plan-file/verify-content';
import { readPlanReadOnly } from '../../../../src/main/core/plan-file/read-only';
import { logSize } from '../../../../src/main/core/repositories/change-log-rows';
import {
  createEntity,
  deleteEntity,
  reorderEntities,
  updateEntity,
} from '../../../../src/main/core/services/entity-service';
import { addLink, removeLink } from '../../../../src/main/core/services/link-service';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { updatePlan } from '../../../../src/main/core/services/plan-service';
import { readLog } from '../../../../src/main/core/sync/change-log';
import { compactChangeLog, readLogFold } from '../../../../src/main/core/sync/log-fold';
import { planMerge, writeMerge, type MergePreview } from '../../../../src/main/core/sync/merge';
import type { PlanDocument } from '../../../../src/shared/model/document';
import { MIN_LOG_LIMIT } from '../../../../src/shared/model/log-limit';
import { largePlan } from '../../../helpers/large-plan';
import { useTempDir } from '../../../helpers/temp-dir';
import { editing, liveEnv, twoCopies } from './fixtures';

const read = (path: string): PlanDocument => readPlanReadOnly(path).document;

function withDb<T>(path: string, fn: (db: ReturnType<typeof openConnection>) => T): T {
  const db = openConnection(path, { readonly: false });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const entries = (path: string) => withDb(path, logSize);

/**
 * Folds `path`'s change log down to `keep` entries, as closing it would once that many changes
 * had been made since: a few here, so the tests need not make thousands of edits.
 */
function fold(path: string, keep: number): void {
  withDb(path, (db) => compactChangeLog(db, keep));
}

/** The model without the timestamps, which a merge legitimately moves. */
function content(doc: unknown): unknown {
  return JSON.parse(JSON.stringify(doc, (k, v: unknown) => (k === 'updatedAt' ? undefined : v)));
}

/** What a merge decides, less the files' names. */
const decided = (p: MergePreview) => ({
  conflicts: p.conflicts,
  takenFromTheirs: p.takenFromTheirs,
  sharedHistory: p.sharedHistory,
});

/**
 * Some history both copies share: edits of progress, with a member created halfway, and the
 * plan's purpose. Folds that end on either side of the member's creation tell a merge that
 * reads the folded logs as they stand from one that knows what was folded.
 */
function sharedEdits(session: PlanSession): void {
  const doc = session.document();
  const progress = (i: number) => {
    const a = doc.activities[i % doc.activities.length]!;
    updateEntity(session, { entity: 'activity', id: a.id, patch: { progress: 10 + i } });
  };
  for (let i = 0; i < 6; i++) progress(i);
  createEntity(session, { entity: 'member', values: { name: IDLE, role: 'other' } });
  for (let i = 6; i < 12; i++) progress(i);
  updatePlan(session, { purpose: 'Fælles formål' });
}

/** A member who owns no activity, so deleting them changes nothing else. */
const IDLE = 'Suppleant uden indsatser';
const idleMember = (doc: PlanDocument) => doc.members.find((m) => m.name === IDLE)!;

describe('folding the change log', () => {
  const tempDir = useTempDir();

  it('keeps the log to the limit the plan sets, folding each time the plan closes', () => {
    const path = join(tempDir(), 'Stor plan.omstil');
    // Enough activities that turning their order round writes more changes than the smallest
    // limit a plan may set, in one edit.
    const session = PlanSession.create(path, largePlan(MIN_LOG_LIMIT + 30), liveEnv);
    try {
      updatePlan(session, { changeLogLimit: MIN_LOG_LIMIT });
      const ids = session.document().activities.map((a) => a.id);
      reorderEntities(session, 'activity', ids.reverse());
      // Not on every edit: only when the plan closes.
      expect(session.read(logSize)).toBeGreaterThan(MIN_LOG_LIMIT + 30);
    } finally {
      session.close();
    }
    expect(entries(path)).toBe(MIN_LOG_LIMIT);
    const folded = withDb(path, (db) => readLogFold(db)!.entries);
    expect(folded).toBeGreaterThan(30);
    editing(path, (s) => {
      // The plan opens for editing afterwards: nothing looks changed outside Omstil.
      expect(s.notice).toBeNull();
      const id = s.document().activities[0]!.id;
      for (let i = 0; i < 3; i++)
        updateEntity(s, { entity: 'activity', id, patch: { title: `Ny titel ${i}` } });
    });
    expect(entries(path)).toBe(MIN_LOG_LIMIT);
    withDb(path, (db) => {
      expect(readLogFold(db)).toMatchObject({ keep: MIN_LOG_LIMIT, entries: folded + 3 });
      // The fold moved the plan's totals with the rows it took out.
      expect(verifyContent(db)).toBeNull();
      const fold = readLogFold(db)!;
      expect(readLog(db).every((e) => e.clock > fold.clock)).toBe(true);
    });
  });

  it('merges a copy made within the kept history exactly as the whole logs would', () => {
    const dir = tempDir();
    const { mine, theirs } = twoCopies(dir, sharedEdits);
    const start = read(mine);
    const [a0, a1, a2] = start.activities;
    const competence = start.competences[0]!;
    const driver = start.drivers.find((d) => !competence.driverIds.includes(d.id))!;
    editing(mine, (s) => {
      updateEntity(s, { entity: 'activity', id: a0!.id, patch: { title: 'Min titel' } });
      updateEntity(s, { entity: 'activity', id: a1!.id, patch: { progress: 55 } });
      // Back to where it was: no change, as far as the merge is concerned.
      updateEntity(s, { entity: 'activity', id: a2!.id, patch: { progress: 99 } });
      updateEntity(s, { entity: 'activity', id: a2!.id, patch: { progress: a2!.progress } });
      createEntity(s, { entity: 'member', values: { name: 'Ny fra mig', role: 'hr' } });
      if (competence.driverIds[0])
        removeLink(s, 'competence-driver', competence.id, competence.driverIds[0]);
    });
    editing(theirs, (s) => {
      updateEntity(s, { entity: 'activity', id: a0!.id, patch: { title: 'Deres titel' } });
      updateEntity(s, { entity: 'activity', id: a2!.id, patch: { status: 'done' } });
      updatePlan(s, { purpose: 'Deres formål' });
      addLink(s, 'competence-driver', competence.id, driver.id);
      deleteEntity(s, 'member', idleMember(start).id);
    });
    const whole = { mine: join(dir, 'Min hel.omstil'), theirs: join(dir, 'Deres hel.omstil') };
    copyFileSync(mine, whole.mine);
    copyFileSync(theirs, whole.theirs);
    const expected = planMerge(whole.mine, whole.theirs);
    expect(expected.conflicts.length).toBeGreaterThan(0);
    expect(expected.takenFromTheirs).toBeGreaterThan(0);

    // Each keeps its own entries since the copies parted and some of what they share: mine
    // still has the member's creation, theirs has folded it, before deleting the member.
    const sharedCount = entries(join(dir, 'Plan.omstil'));
    fold(mine, entries(mine) - sharedCount + 10);
    fold(theirs, entries(theirs) - sharedCount + 3);
    expect(entries(mine)).toBeLessThan(entries(whole.mine));

    const folded = planMerge(mine, theirs);
    expect(decided(folded)).toEqual(decided(expected));
    expect(folded.sharedHistory).toBe(true);
    const choices = Object.fromEntries(expected.conflicts.map((c) => [c.id, 'theirs' as const]));
    writeMerge(whole.mine, whole.theirs, choices, join(dir, 'Hel flettet.omstil'));
    writeMerge(mine, theirs, choices, join(dir, 'Flettet.omstil'));
    const merged = read(join(dir, 'Flettet.omstil'));
    expect(content(merged)).toEqual(content(read(join(dir, 'Hel flettet.omstil'))));
    expect(merged.members.some((m) => m.name === IDLE)).toBe(false);
    // The merged file still shares its history with theirs: merging them again takes nothing.
    const again = planMerge(join(dir, 'Flettet.omstil'), theirs);
    expect(again).toMatchObject({ conflicts: [], takenFromTheirs: 0, sharedHistory: true });
  });

  it('merges a copy older than the kept history as one without shared history, and says so', () => {
    const dir = tempDir();
    const { mine, theirs } = twoCopies(dir, sharedEdits);
    const start = read(mine);
    const [a0, a1] = start.activities;
    const idle = idleMember(start);
    editing(mine, (s) => {
      for (let i = 0; i < 30; i++) {
        updateEntity(s, { entity: 'activity', id: a0!.id, patch: { progress: i } });
      }
      deleteEntity(s, 'member', idle.id);
    });
    editing(theirs, (s) => {
      updateEntity(s, { entity: 'activity', id: a1!.id, patch: { title: 'Deres titel' } });
    });
    const whole = join(dir, 'Min hel.omstil');
    copyFileSync(mine, whole);
    // With the whole log theirs' title is simply taken, and my deletion stands.
    expect(planMerge(whole, theirs)).toMatchObject({ conflicts: [], sharedHistory: true });

    // Folded past the point where the copies parted: what theirs did can no longer be told from
    // what both had.
    fold(mine, 10);
    const preview = planMerge(mine, theirs);
    expect(preview.sharedHistory).toBe(false);
    // Nothing is taken on a guess: every field that differs is asked about.
    const fields = preview.conflicts.map((c) => `${c.rowId}/${c.field}`);
    expect(fields).toContain(`${a1!.id}/title`);
    expect(fields).toContain(`${a0!.id}/progress`);
    // The one thing taken is the member I deleted, which only theirs still has: without a
    // shared history a row one copy has is kept, as the dialog says.
    expect(preview.takenFromTheirs).toBe(1);

    const out = join(dir, 'Flettet.omstil');
    const result = writeMerge(mine, theirs, {}, out);
    expect(result.sharedHistory).toBe(false);
    const doc = read(out);
    // Mine where asked (the CLI's default), and a row only one copy has is kept.
    expect(doc.activities.find((a) => a.id === a1!.id)!.title).toBe(a1!.title);
    expect(doc.members.some((m) => m.id === idle.id)).toBe(true);
    withDb(out, (db) => {
      expect(verifyContent(db)).toBeNull();
      const f = readLogFold(db)!;
      expect(readLog(db).every((e) => e.clock > f.clock)).toBe(true);
    });
  });
});
