import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_VERSION } from '../../../../src/main/core/db/migrations';
import { inspectPlanFile } from '../../../../src/main/core/plan-file/inspect';
import { PlanDocumentSchema } from '../../../../src/shared/model/document';
import { examplePlan } from '../../../helpers/example-plan';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { writeOldPlanFile } from '../../../helpers/old-plan-file';
import { useTempDir } from '../../../helpers/temp-dir';
import { changeWithSql, examplePlanFile } from './tamper';

// Opening a large plan spent most of its time checking every row against the model's schema
// again, though the rows' checksums had just shown each of them to be as Omstil wrote it. The
// schema is for rows nobody vouches for: those changed outside Omstil, and an older file's.
describe('the rows a plan file’s checksums vouch for', () => {
  const tempDir = useTempDir();
  const schemaChecks = () => vi.spyOn(PlanDocumentSchema, 'safeParse');
  afterEach(() => vi.restoreAllMocks());

  it('are read without checking each one against the schema again', () => {
    const path = join(tempDir(), 'Plan.omstil');
    const written = examplePlanFile(path);
    const checks = schemaChecks();
    const inspection = inspectPlanFile(path);
    expect(inspection.outsideChanges).toBeNull();
    expect(inspection.document).toEqual(written);
    expect(checks).not.toHaveBeenCalled();
  });

  it('are checked against the schema, all of them, once a row was changed outside Omstil', () => {
    const path = join(tempDir(), 'Plan.omstil');
    const written = examplePlanFile(path);
    changeWithSql(path, (db) =>
      db
        .prepare(`UPDATE activity SET title = 'Ændret' WHERE id = ?`)
        .run(written.activities[0]?.id),
    );
    const checks = schemaChecks();
    const inspection = inspectPlanFile(path);
    expect(inspection.outsideChanges?.changed.map((c) => c.table)).toEqual(['activity']);
    expect(checks).toHaveBeenCalledTimes(1);
  });

  it('are checked against the schema in an older file, whose migration stamps them afresh', () => {
    const path = join(tempDir(), 'Gammel.omstil');
    writeOldPlanFile(path, examplePlan(fixedEnvironment()), CURRENT_VERSION - 1);
    const checks = schemaChecks();
    expect(inspectPlanFile(path).status).toBe('older');
    expect(checks).toHaveBeenCalledTimes(1);
  });
});
