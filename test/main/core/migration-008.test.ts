import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src/main/core/db/connection';
import { CURRENT_VERSION, migrate } from '../../../src/main/core/db/migrations';
import { expectedSchema, foreignObjects, readSchema } from '../../../src/main/core/db/schema';
import { verifyContent } from '../../../src/main/core/plan-file/verify-content';
import { readPlanReadOnly } from '../../../src/main/core/plan-file/read-only';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { logLimit, readLogFold, DEFAULT_KEEP_ENTRIES } from '../../../src/main/core/sync/log-fold';
import { examplePlan } from '../../helpers/example-plan';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { writeOldPlanFile } from '../../helpers/old-plan-file';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 008: the change log kept to a size', () => {
  const tempDir = useTempDir();

  it('gives a version-7 file the fold table, nothing folded and the default limit', () => {
    const path = join(tempDir(), 'Plan v7.omstil');
    const env = fixedEnvironment();
    writeOldPlanFile(path, examplePlan(env), 3);
    let db = openConnection(path, { readonly: false });
    migrate(db, 7);
    db.close();
    const document = readPlanReadOnly(path).document;
    db = openConnection(path, { readonly: false });
    try {
      migrate(db, 8);
      expect(db.pragma('user_version', { simple: true })).toBe(8);
      expect(CURRENT_VERSION).toBeGreaterThanOrEqual(8);
      expect(foreignObjects(readSchema(db), expectedSchema(8))).toEqual([]);
      expect(verifyContent(db)).toBeNull();
      expect(readLogFold(db)).toBeNull();
      expect(logLimit(db)).toBe(DEFAULT_KEEP_ENTRIES);
      expect(() =>
        db
          .prepare(
            `INSERT INTO change_log_fold (id, keep_entries, folded_entries, folded_clock,
               folded_change_id, folded_digest) VALUES (2, 10, 0, 0, '', ?)`,
          )
          .run('0'.repeat(64)),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
    const after = PlanSession.open(path, env);
    expect(after.document()).toEqual(document);
    after.close();
  });
});
