import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src/main/core/db/connection';
import { migrate } from '../../../src/main/core/db/migrations';
import { expectedSchema, foreignObjects, readSchema } from '../../../src/main/core/db/schema';
import { verifyContent } from '../../../src/main/core/plan-file/verify-content';
import { updatePlan } from '../../../src/main/core/services/plan-service';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { parseInterchange, toInterchange } from '../../../src/shared/interchange';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { writeOldPlanFile } from '../../helpers/old-plan-file';
import { useTempDir } from '../../helpers/temp-dir';
import { examplePlan } from '../../helpers/example-plan';

const OWN = ['', 'Har prøvet det på et kursus', '', '', 'Underviser kolleger i det'];

describe('migration 005: the level scale’s meanings, per plan', () => {
  const tempDir = useTempDir();

  /** A real version-4 file of the example plan, its rows stamped as Omstil 4 stamped them. */
  function versionFourFile(name: string) {
    const path = join(tempDir(), name);
    const env = fixedEnvironment();
    const example = examplePlan(env);
    writeOldPlanFile(path, example, 3);
    const db = openConnection(path, { readonly: false });
    migrate(db, 4);
    db.close();
    return { path, env };
  }

  it('gives a version-4 file the default meanings and keeps its checksums whole', () => {
    const { path } = versionFourFile('Plan v4.omstil');
    // Checked on a connection of its own: a connection learns a table's columns once.
    const old = openConnection(path, { readonly: true });
    expect(verifyContent(old)).toBeNull();
    old.close();
    const db = openConnection(path, { readonly: false });
    try {
      migrate(db, 5);
      expect(db.pragma('user_version', { simple: true })).toBe(5);
      expect(foreignObjects(readSchema(db), expectedSchema(5))).toEqual([]);
      expect(db.prepare(`SELECT level_meanings FROM plan`).pluck().get()).toBe('["","","","",""]');
      expect(verifyContent(db)).toBeNull();
    } finally {
      db.close();
    }
  });

  it('leaves a plan row changed outside Omstil found after the migration', () => {
    const { path } = versionFourFile('Ændret v4.omstil');
    const db = openConnection(path, { readonly: false });
    try {
      db.prepare(`UPDATE plan SET title = 'Ændret med et andet værktøj'`).run();
      migrate(db);
      const changes = verifyContent(db);
      expect(changes?.changed.map((c) => c.table)).toEqual(['plan']);
    } finally {
      db.close();
    }
  });

  it('refuses a scale that is not five texts, in the file itself', () => {
    const { path } = versionFourFile('Skala.omstil');
    const db = openConnection(path, { readonly: false });
    try {
      migrate(db);
      expect(() => db.prepare(`UPDATE plan SET level_meanings = '["a","b"]'`).run()).toThrow(
        /CHECK/,
      );
    } finally {
      db.close();
    }
  });

  it('keeps the committee’s own meanings through save, reopen, undo and the JSON file', () => {
    const { path, env } = versionFourFile('Egen skala.omstil');
    const session = PlanSession.open(path, env);
    try {
      updatePlan(session, { levelMeanings: OWN });
      expect(session.read((db) => verifyContent(db))).toBeNull();
    } finally {
      session.close();
    }
    const again = PlanSession.open(path, env);
    try {
      expect(again.readOnly).toBe(false);
      expect(again.document().plan.levelMeanings).toEqual(OWN);
      const json = toInterchange(again.document());
      expect(json.plan.levelMeanings).toEqual(OWN);
      expect(
        parseInterchange(JSON.stringify(json), env.now().toISOString()).plan.levelMeanings,
      ).toEqual(OWN);
      again.undo();
      expect(again.document().plan.levelMeanings).toEqual(['', '', '', '', '']);
      expect(again.read((db) => verifyContent(db))).toBeNull();
      again.redo();
      expect(again.document().plan.levelMeanings).toEqual(OWN);
    } finally {
      again.close();
    }
  });

  it('reads a JSON file written before the meanings with the default scale, and writes it as before', () => {
    const doc = examplePlan(fixedEnvironment());
    const json = toInterchange(doc);
    expect(json.plan).not.toHaveProperty('levelMeanings');
    const read = parseInterchange(JSON.stringify(json), '2026-11-27T09:00:00.000Z');
    expect(read.plan.levelMeanings).toEqual(['', '', '', '', '']);
  });
});
