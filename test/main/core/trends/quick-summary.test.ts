import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanSession, readPlanReadOnly, readTrendFile } from '../../../../src/main/core';
import { CURRENT_VERSION } from '../../../../src/main/core/db/migrations';
import { CHECKSUMMED_TABLES } from '../../../../src/main/core/repositories/row-stamps';
import {
  createEntity,
  reorderEntities,
  updateEntity,
} from '../../../../src/main/core/services/entity-service';
import { quickPlanSummary } from '../../../../src/main/core/trends/quick-summary';
import { errors, isOmstilError, type AppError } from '../../../../src/shared/errors';
import { summarisePlan } from '../../../../src/shared/trends';
import { examplePlan } from '../../../helpers/example-plan';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { writeOldPlanFile } from '../../../helpers/old-plan-file';
import { changeOutsideOmstil } from '../../../helpers/tampered-files';

/**
 * A trends report reads a plain plan for its summary alone (`quickPlanSummary`), and leaves every
 * other file to the gate. The two must never drift: the summary read straight from the file is the
 * one made from the plan the gate reads, on a plan with every table in use.
 */
let root: string;
let rich: string;
const env = fixedEnvironment();

/** The gate's way: the whole plan, checked, then summarised. */
const throughGate = (path: string) => summarisePlan(readPlanReadOnly(path).document);

/** The reason the gate refuses the file with, in both languages. */
function gateRefusal(path: string): AppError['message'] {
  try {
    readPlanReadOnly(path);
  } catch (e) {
    if (isOmstilError(e)) return e.appError.message;
    throw e;
  }
  throw new Error(`the gate reads ${path}`);
}

/** Another SQLite program's change to a copy of the rich plan, with its key checks off. */
function changedCopy(name: string, sql: string): string {
  const path = join(root, name);
  copyFileSync(rich, path);
  const db = new Database(path);
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
  return path;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'omstil-quick-summary-'));
  rich = join(root, 'rich.omstil');
  const doc = examplePlan();
  const session = PlanSession.create(rich, doc, env);
  try {
    // The rest of the tables: a workshop with a card and a vote, and edits for the undo history
    // and the change log; a cancelled activity's money is left out of the sums.
    const workshopId = createEntity(session, {
      entity: 'workshop',
      values: { format: 'su', title: 'SU-workshop', heldOn: '2026-11-20' },
    });
    const cardId = createEntity(session, {
      entity: 'workshopCard',
      values: { workshopId, stepId: 'su-drivers', kind: 'driver', text: 'Nye systemer' },
    });
    createEntity(session, { entity: 'workshopVote', values: { workshopId, cardId, dots: 2 } });
    // Lists in an order of their own, not their ids': the summary keeps the plan's order.
    for (const [kind, list] of [
      ['member', doc.members],
      ['targetGroup', doc.targetGroups],
      ['driver', doc.drivers],
      ['competence', doc.competences],
      ['method', doc.methods],
      ['activity', doc.activities],
    ] as const) {
      reorderEntities(session, kind, list.map((row) => row.id).reverse());
    }
    updateEntity(session, {
      entity: 'activity',
      id: doc.activities[0]!.id,
      patch: { status: 'cancelled' },
    });
  } finally {
    session.close();
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the summary a trends report reads from a plan file', () => {
  it('is the summary of the plan the gate reads, on a plan with every table in use', () => {
    const db = new Database(rich, { readonly: true });
    const empty = Object.keys(CHECKSUMMED_TABLES).filter(
      (table) => db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() === 0,
    );
    db.close();
    // Folded entries appear only once the change log outgrows its limit.
    expect(empty).toEqual(['change_log_fold']);
    const summary = quickPlanSummary(rich);
    expect(summary).not.toBeNull();
    expect(summary).toEqual(throughGate(rich));
    expect(summary!.money).not.toBeNull();
    expect(summary!.competenceTargetGroup.length).toBeGreaterThan(0);
    expect(readdirSync(root)).toEqual(['rich.omstil']);
  });

  it('leaves a plan changed outside Omstil where it is counted to the gate, which refuses it', () => {
    const path = join(root, 'ændret.omstil');
    copyFileSync(rich, path);
    changeOutsideOmstil(path);
    expect(quickPlanSummary(path)).toBeNull();
    expect(readTrendFile(path, root, env)).toEqual({ file: path, reason: gateRefusal(path) });
  });

  it('leaves a plan with a row deleted outside Omstil, even one not counted, to the gate', () => {
    const path = changedCopy('slettet.omstil', 'DELETE FROM measurement WHERE rowid = 1');
    expect(quickPlanSummary(path)).toBeNull();
    expect(readTrendFile(path, root, env)).toEqual({ file: path, reason: gateRefusal(path) });
  });

  it('leaves an older file to the gate, which reads it as migrated in memory', () => {
    const path = join(root, 'gammel.omstil');
    writeOldPlanFile(path, readPlanReadOnly(rich).document, 3);
    expect(quickPlanSummary(path)).toBeNull();
    expect(readTrendFile(path, root, env)).toEqual({ file: path, summary: throughGate(path) });
  });

  it('leaves a file from a newer Omstil to the gate, which refuses it with its reason', () => {
    const path = changedCopy('nyere.omstil', 'PRAGMA user_version = 999');
    expect(quickPlanSummary(path)).toBeNull();
    expect(readTrendFile(path, root, env)).toEqual({
      file: path,
      reason: errors.newerVersion('nyere.omstil', 999, CURRENT_VERSION).message,
    });
  });
});
