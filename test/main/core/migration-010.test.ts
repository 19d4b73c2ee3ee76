import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src/main/core/db/connection';
import { CURRENT_VERSION, migrate } from '../../../src/main/core/db/migrations';
import { expectedSchema, foreignObjects, readSchema } from '../../../src/main/core/db/schema';
import { verifyContent } from '../../../src/main/core/plan-file/verify-content';
import { readPlanReadOnly } from '../../../src/main/core/plan-file/read-only';
import { createEntity } from '../../../src/main/core/services/entity-service';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { examplePlan } from '../../helpers/example-plan';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { writeOldPlanFile } from '../../helpers/old-plan-file';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 010: workshops', () => {
  const tempDir = useTempDir();

  it('gives a version-9 file empty workshop tables, its rows and checksums as they were', () => {
    const path = join(tempDir(), 'Plan v9.omstil');
    const env = fixedEnvironment();
    writeOldPlanFile(path, examplePlan(env), 3);
    let db = openConnection(path, { readonly: false });
    migrate(db, 9);
    db.close();
    const document = readPlanReadOnly(path).document;
    db = openConnection(path, { readonly: false });
    try {
      migrate(db, 10);
      expect(db.pragma('user_version', { simple: true })).toBe(10);
      expect(CURRENT_VERSION).toBeGreaterThanOrEqual(10);
      expect(foreignObjects(readSchema(db), expectedSchema(10))).toEqual([]);
      expect(verifyContent(db)).toBeNull();
      expect(() =>
        db
          .prepare(
            `INSERT INTO workshop (id, position, format, title, held_on, dots_per_participant,
               votes_revealed, timer_seconds, timer_elapsed_seconds, updated_at)
             VALUES ('w', 0, 'su', 'SU', '2026-11-27', 3, 2, 0, 0, '')`,
          )
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
    const after = PlanSession.open(path, env);
    expect(after.document()).toEqual({
      ...document,
      workshops: [],
      workshopCards: [],
      workshopVotes: [],
    });
    createEntity(after, {
      entity: 'workshop',
      values: { format: 'su', title: 'SU-workshop', heldOn: '2026-11-27' },
    });
    expect(after.document().workshops).toHaveLength(1);
    after.close();
  });
});
