import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src/main/core/db/connection';
import { CURRENT_VERSION, migrate } from '../../../src/main/core/db/migrations';
import { expectedSchema, foreignObjects, readSchema } from '../../../src/main/core/db/schema';
import { verifyContent } from '../../../src/main/core/plan-file/verify-content';
import { examplePlan } from '../../helpers/example-plan';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { writeOldPlanFile } from '../../helpers/old-plan-file';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 007: the committee’s order indexed', () => {
  const tempDir = useTempDir();

  function versionSixFile(name: string) {
    const path = join(tempDir(), name);
    const env = fixedEnvironment();
    writeOldPlanFile(path, examplePlan(env), 3);
    const db = openConnection(path, { readonly: false });
    migrate(db, 6);
    db.close();
    return { path, env };
  }

  it('indexes a version-6 file’s lists and leaves its content and checksums as they were', () => {
    const { path, env } = versionSixFile('Plan v6.omstil');
    const before = PlanSession.open(path, env);
    const document = before.document();
    before.close();
    const db = openConnection(path, { readonly: false });
    try {
      migrate(db);
      expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_VERSION);
      expect(foreignObjects(readSchema(db), expectedSchema(CURRENT_VERSION))).toEqual([]);
      expect(verifyContent(db)).toBeNull();
    } finally {
      db.close();
    }
    const after = PlanSession.open(path, env);
    expect(after.document()).toEqual(document);
    after.close();
  });

  it('reads the activities in order, and finds where a new one goes, without sorting the table', () => {
    const { path } = versionSixFile('Plan.omstil');
    const db = openConnection(path, { readonly: false });
    try {
      migrate(db);
      const plan = (sql: string) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
          .map((row) => row.detail)
          .join('\n');
      expect(plan('SELECT * FROM activity ORDER BY position, id')).not.toMatch(/TEMP B-TREE/);
      expect(plan('SELECT max(position) FROM activity')).toMatch(/activity_order/);
    } finally {
      db.close();
    }
  });
});
