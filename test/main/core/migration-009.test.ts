import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src/main/core/db/connection';
import { CURRENT_VERSION, migrate } from '../../../src/main/core/db/migrations';
import { expectedSchema, foreignObjects, readSchema } from '../../../src/main/core/db/schema';
import { verifyContent } from '../../../src/main/core/plan-file/verify-content';
import { writeLogFold } from '../../../src/main/core/repositories/change-log-fold-rows';
import { updatePlan } from '../../../src/main/core/services/plan-service';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { parseInterchange, toInterchange } from '../../../src/shared/interchange';
import { DEFAULT_LOG_LIMIT } from '../../../src/shared/model/log-limit';
import { catchAppError } from '../../helpers/errors';
import { examplePlan } from '../../helpers/example-plan';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { writeOldPlanFile } from '../../helpers/old-plan-file';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 009: the change log’s limit, one of the plan’s settings', () => {
  const tempDir = useTempDir();

  /** A real version-8 file of the example plan, optionally with a limit set in code then. */
  function versionEightFile(name: string, keep?: number) {
    const path = join(tempDir(), name);
    const env = fixedEnvironment();
    writeOldPlanFile(path, examplePlan(env), 3);
    const db = openConnection(path, { readonly: false });
    migrate(db, 8);
    if (keep !== undefined) {
      db.transaction(() =>
        writeLogFold(db, {
          keep_entries: keep,
          folded_entries: 0,
          folded_clock: 0,
          folded_change_id: '',
          folded_digest: '0'.repeat(64),
        }),
      )();
    }
    db.close();
    return { path, env };
  }

  const migrated = (path: string) => {
    const db = openConnection(path, { readonly: false });
    try {
      migrate(db, 9);
      expect(db.pragma('user_version', { simple: true })).toBe(9);
      expect(foreignObjects(readSchema(db), expectedSchema(9))).toEqual([]);
      expect(verifyContent(db)).toBeNull();
      return db.prepare(`SELECT change_log_limit FROM plan`).pluck().get();
    } finally {
      db.close();
    }
  };

  it('gives a version-8 file the default limit, or the one set in code, within the range', () => {
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(9);
    expect(migrated(versionEightFile('Plan v8.omstil').path)).toBe(DEFAULT_LOG_LIMIT);
    expect(migrated(versionEightFile('Sat.omstil', 20_000).path)).toBe(20_000);
    expect(migrated(versionEightFile('Lav.omstil', 15).path)).toBe(1000);
  });

  it('keeps the limit through reopening, undo and the JSON file, and refuses one out of range', () => {
    const { path, env } = versionEightFile('Grænse.omstil');
    const session = PlanSession.open(path, env);
    try {
      updatePlan(session, { changeLogLimit: 20_000 });
      const refused = catchAppError(() => updatePlan(session, { changeLogLimit: 999 }));
      expect(refused.issues?.[0]?.message.da).toBe(
        'Ændringshistorikken skal gemme et helt antal ændringer fra 1.000 til 100.000.',
      );
      expect(() => updatePlan(session, { changeLogLimit: 100_001 })).toThrow();
      expect(() => updatePlan(session, { changeLogLimit: 2500.5 })).toThrow();
    } finally {
      session.close();
    }
    const again = PlanSession.open(path, env);
    try {
      expect(again.document().plan.changeLogLimit).toBe(20_000);
      const json = toInterchange(again.document());
      expect(json.plan.changeLogLimit).toBe(20_000);
      const read = parseInterchange(JSON.stringify(json), env.now().toISOString());
      expect(read.plan.changeLogLimit).toBe(20_000);
      again.undo();
      expect(again.document().plan.changeLogLimit).toBe(DEFAULT_LOG_LIMIT);
      expect(again.read((db) => verifyContent(db))).toBeNull();
    } finally {
      again.close();
    }
  });

  it('reads a JSON file without a limit as the default, and writes the default as before', () => {
    const json = toInterchange(examplePlan(fixedEnvironment()));
    expect(json.plan).not.toHaveProperty('changeLogLimit');
    const read = parseInterchange(JSON.stringify(json), '2026-11-27T09:00:00.000Z');
    expect(read.plan.changeLogLimit).toBe(DEFAULT_LOG_LIMIT);
  });
});
