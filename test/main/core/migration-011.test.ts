import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src/main/core/db/connection';
import { CURRENT_VERSION, migrate } from '../../../src/main/core/db/migrations';
import { expectedSchema, foreignObjects, readSchema } from '../../../src/main/core/db/schema';
import { verifyContent } from '../../../src/main/core/plan-file/verify-content';
import { updateEntity } from '../../../src/main/core/services/entity-service';
import { updatePlan } from '../../../src/main/core/services/plan-service';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { parseInterchange, toInterchange } from '../../../src/shared/interchange';
import { catchAppError } from '../../helpers/errors';
import { examplePlan } from '../../helpers/example-plan';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { writeOldPlanFile } from '../../helpers/old-plan-file';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 011: survey figures and the plan’s anonymity threshold', () => {
  const tempDir = useTempDir();

  it('gives a version-10 file the default threshold and no distributions, its checksums whole', () => {
    const path = join(tempDir(), 'Plan v10.omstil');
    const env = fixedEnvironment();
    const example = examplePlan(env);
    expect(example.measurements.length).toBeGreaterThan(0);
    writeOldPlanFile(path, example, 3);
    const ten = openConnection(path, { readonly: false });
    migrate(ten, 10);
    expect(verifyContent(ten)).toBeNull();
    ten.close();
    // A connection learns a table's columns once, so the migrated file is read on a fresh one.
    const db = openConnection(path, { readonly: false });
    try {
      migrate(db, 11);
      expect(CURRENT_VERSION).toBeGreaterThanOrEqual(11);
      expect(foreignObjects(readSchema(db), expectedSchema(11))).toEqual([]);
      // Every measurement and the plan row were stamped afresh, and the totals moved with them.
      expect(verifyContent(db)).toBeNull();
      expect(db.prepare(`SELECT anonymity_threshold FROM plan`).pluck().get()).toBe(5);
      expect(
        db.prepare(`SELECT count(*) FROM measurement WHERE distribution IS NOT NULL`).pluck().get(),
      ).toBe(0);
      expect(() => db.prepare(`UPDATE measurement SET distribution = '[1, 2]'`).run()).toThrow(
        /CHECK/,
      );
      expect(() => db.prepare(`UPDATE plan SET anonymity_threshold = 2`).run()).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('keeps a threshold and a distribution through reopening, undo and the JSON file', () => {
    const path = join(tempDir(), 'Plan.omstil');
    const env = fixedEnvironment();
    const session = PlanSession.create(path, examplePlan(env), env);
    const measurement = session.document().measurements[0]!;
    try {
      updatePlan(session, { anonymityThreshold: 8 });
      const refused = catchAppError(() => updatePlan(session, { anonymityThreshold: 2 }));
      expect(refused.issues?.[0]?.message.da).toBe(
        'Anonymitetsgrænsen skal være et helt antal besvarelser fra 3 til 100.',
      );
      updateEntity(session, {
        entity: 'measurement',
        id: measurement.id,
        patch: { distribution: [1, 2, 3, 4, 5] },
      });
      expect(() =>
        updateEntity(session, {
          entity: 'measurement',
          id: measurement.id,
          patch: { distribution: [1, 2, 3] },
        }),
      ).toThrow();
    } finally {
      session.close();
    }
    const again = PlanSession.open(path, env);
    try {
      const doc = again.document();
      expect(doc.plan.anonymityThreshold).toBe(8);
      const json = toInterchange(doc);
      expect(json.plan.anonymityThreshold).toBe(8);
      expect(json.measurements![0]!.distribution).toEqual([1, 2, 3, 4, 5]);
      expect(json.measurements![1]).not.toHaveProperty('distribution');
      const read = parseInterchange(JSON.stringify(json), env.now().toISOString());
      expect(read.measurements[0]!.distribution).toEqual([1, 2, 3, 4, 5]);
      expect(read.measurements[1]!.distribution).toBeNull();
      again.undo();
      expect(again.document().measurements[0]!.distribution).toBeNull();
      expect(again.read((db) => verifyContent(db))).toBeNull();
    } finally {
      again.close();
    }
    const plain = toInterchange(examplePlan(fixedEnvironment()));
    expect(plain.plan).not.toHaveProperty('anonymityThreshold');
    expect(
      parseInterchange(JSON.stringify(plain), '2026-11-27T09:00:00.000Z').plan.anonymityThreshold,
    ).toBe(5);
  });
});
