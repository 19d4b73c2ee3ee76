import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMemory } from '../../../src/main/core/db/connection';
import { CURRENT_VERSION, migrate } from '../../../src/main/core/db/migrations';
import { expectedSchema, foreignObjects, readSchema } from '../../../src/main/core/db/schema';
import { readPlanReadOnly } from '../../../src/main/core/plan-file/read-only';
import { createEntity } from '../../../src/main/core/services/entity-service';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { salvagePlan } from '../../../src/main/core/sync/salvage';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { writeOldPlanFile } from '../../helpers/old-plan-file';
import { useTempDir } from '../../helpers/temp-dir';
import { examplePlan } from '../../helpers/example-plan';

const tableNames = (db: Database.Database) =>
  (
    db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as {
      name: string;
    }[]
  ).map((t) => t.name);

describe('migration 003: the committee’s year', () => {
  const tempDir = useTempDir();

  it('adds the årshjul, snapshots and evaluations with links, and their checks hold', () => {
    const db = openMemory();
    migrate(db, 2);
    const before = tableNames(db);
    migrate(db, 3);
    expect(tableNames(db).filter((t) => !before.includes(t))).toEqual([
      'evaluation',
      'status_snapshot',
      'year_item',
      'year_item_activity',
      'year_item_measurement',
    ]);
    const insertItem = (month: number, kind: string) => () =>
      db
        .prepare(
          `INSERT INTO year_item (id, position, month, title, kind, updated_at)
           VALUES (?, 0, ?, 'Budget', ?, 'x')`,
        )
        .run(`i${month}${kind}`, month, kind);
    expect(insertItem(13, 'budget')).toThrow(/CHECK/);
    expect(insertItem(9, 'party')).toThrow(/CHECK/);
    expect(insertItem(9, 'budget')).not.toThrow();
    expect(() =>
      db
        .prepare(
          `INSERT INTO evaluation (id, position, year, period_start, period_end, updated_at)
           VALUES ('e', 0, 2027, '2027-06-30', '2026-09-01', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO status_snapshot (id, position, date, data, updated_at)
           VALUES ('s', 0, '2027-03-01', '[1]', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('opens a real version-2 file: backed up beside itself, migrated, nothing lost', () => {
    const path = join(tempDir(), 'Plan fra sidste år.omstil');
    const env = fixedEnvironment();
    const example = examplePlan(env);
    writeOldPlanFile(path, example, 2);
    const original = readFileSync(path);

    const session = PlanSession.open(path, env);
    expect(session.readOnly).toBe(false);
    const backup = join(tempDir(), 'Plan fra sidste år (sikkerhedskopi v2).omstil');
    expect(readFileSync(backup).equals(original)).toBe(true);

    // What version 2 held is all there; the new parts start empty, as the file told nothing
    // of them, except the adoption date it did tell.
    const current = join(tempDir(), 'Samme plan i dag.omstil');
    writeOldPlanFile(current, example, 3);
    const same = readPlanReadOnly(current).document;
    expect(session.document()).toEqual({
      ...same,
      plan: {
        ...same.plan,
        fundingRules: null,
        statusDates: {
          draft: null,
          discussed: null,
          adopted: example.plan.decisionDate,
          active: null,
          evaluated: null,
        },
      },
      activities: same.activities.map((a) => ({ ...a, fundingApplication: null })),
      yearItems: [],
      statusSnapshots: [],
      evaluations: [],
    });
    expect(same.yearItems.length).toBeGreaterThan(0);

    // And the new kinds can be used at once.
    createEntity(session, {
      entity: 'yearItem',
      values: { month: 6, title: 'Årlig evaluering i SU', kind: 'annual-evaluation' },
    });
    session.close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_VERSION);
    expect(foreignObjects(readSchema(db), expectedSchema(CURRENT_VERSION))).toEqual([]);
    db.close();
    expect(readPlanReadOnly(backup).inspection.version).toBe(2);
    expect(
      readdirSync(tempDir())
        .filter((n) => n.startsWith('Plan fra'))
        .sort(),
    ).toEqual(
      ['Plan fra sidste år (sikkerhedskopi v2).omstil', 'Plan fra sidste år.omstil'].sort(),
    );
  });

  it('makes a clean copy of a version-2 file with a foreign trigger, its data all there', () => {
    const path = join(tempDir(), 'Fremmed v2.omstil');
    const env = fixedEnvironment();
    const example = examplePlan(env);
    writeOldPlanFile(path, example, 2);
    const db = new Database(path);
    db.exec('CREATE TRIGGER wipe AFTER INSERT ON member BEGIN DELETE FROM plan; END');
    db.close();

    const target = join(tempDir(), 'Ren kopi.omstil');
    const copy = salvagePlan(path, target, '2026-11-27T10:00:00.000Z').document;
    expect(copy.plan.id).toBe(example.plan.id);
    expect(copy.activities.map((a) => a.title)).toEqual(example.activities.map((a) => a.title));
    expect(copy.activities.every((a) => a.fundingApplication === null)).toBe(true);
    expect(copy.yearItems).toEqual([]);
    expect(copy.evaluations).toEqual([]);
    expect(copy.plan.statusDates.adopted).toBe(example.plan.decisionDate);
    const clean = new Database(target, { readonly: true });
    expect(clean.pragma('user_version', { simple: true })).toBe(CURRENT_VERSION);
    expect(foreignObjects(readSchema(clean), expectedSchema(CURRENT_VERSION))).toEqual([]);
    clean.close();
  });
});
