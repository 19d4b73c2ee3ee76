import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openConnection } from '../../../../src/main/core/db/connection';
import { CURRENT_VERSION } from '../../../../src/main/core/db/migrations';
import { inspectPlanFile } from '../../../../src/main/core/plan-file/inspect';
import { readDocument } from '../../../../src/main/core/repositories/document-reader';
import * as planRows from '../../../../src/main/core/repositories/plan-rows';
import { reorderEntities } from '../../../../src/main/core/services/entity-service';
import { addLink } from '../../../../src/main/core/services/link-service';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { PlanDocumentSchema } from '../../../../src/shared/model/document';
import { examplePlan } from '../../../helpers/example-plan';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { writeOldPlanFile } from '../../../helpers/old-plan-file';
import { useTempDir } from '../../../helpers/temp-dir';
import { changeAndRestamp, changeWithSql, examplePlanFile } from './tamper';

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

  // They are built from the file check's own read of the rows, not read again: in the committee's
  // order, each link list in the order of what it points at, key for key as the reader gives them.
  it('are read as the reader reads them, in the committee’s order and not the order written', () => {
    const path = join(tempDir(), 'Plan.omstil');
    const written = examplePlanFile(path);
    const env = fixedEnvironment();
    const session = PlanSession.open(path, env);
    const reversed = (list: { id: string }[]) => list.map((x) => x.id).reverse();
    reorderEntities(session, 'activity', reversed(written.activities));
    reorderEntities(session, 'competence', reversed(written.competences));
    reorderEntities(session, 'method', reversed(written.methods));
    const [activity] = written.activities;
    for (const competence of written.competences) {
      if (!activity?.competenceIds.includes(competence.id)) {
        addLink(session, 'activity-competence', activity!.id, competence.id);
      }
    }
    const window = session.snapshot().document;
    session.close();

    const db = openConnection(path, { readonly: true });
    const asRead = { whole: readDocument(db), summaries: readDocument(db, 'summaries') };
    db.close();
    expect(asRead.whole.activities[0]?.id).toBe(written.activities.at(-1)?.id);
    expect(asRead.whole.activities.at(-1)?.competenceIds.length).toBe(written.competences.length);
    // The links taken in their entities' order, not read again a pair a row.
    const pairReads = vi.spyOn(planRows, 'selectLinkPairs');
    expect(JSON.stringify(inspectPlanFile(path).document)).toBe(JSON.stringify(asRead.whole));
    expect(pairReads).not.toHaveBeenCalled();
    const forWindow = inspectPlanFile(path, 'summaries').document;
    expect(JSON.stringify(forWindow)).toBe(JSON.stringify(asRead.summaries));
    const reopened = PlanSession.open(path, env);
    expect(JSON.stringify(reopened.snapshot().document)).toBe(JSON.stringify(asRead.summaries));
    expect(JSON.stringify(window)).toBe(JSON.stringify(asRead.summaries));
    reopened.close();
  });

  // The link tables are read as one text a table, the ids of a pair and the pairs apart by two
  // control characters, which an id Omstil writes never holds; one that does is read a pair a row.
  it('are read with their links whole when an id holds the characters the links are read apart by', () => {
    const path = join(tempDir(), 'Plan.omstil');
    const written = examplePlanFile(path);
    const activity = written.activities.find((a) => a.competenceIds.length > 0)!;
    const competence = activity.competenceIds[0]!;
    const activityId = `${activity.id}\u001f${competence}\u001e`;
    const competenceId = `\u001e${competence}`;
    changeAndRestamp(path, (db) => {
      db.pragma('foreign_keys = OFF');
      // The row's id and every column that points at it.
      const rename = (table: string, from: string, to: string) => {
        const pointers = db
          .prepare(
            `SELECT m.name AS "table", f."from" AS "column" FROM sqlite_schema m,
               pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f."table" = ?`,
          )
          .all(table) as { table: string; column: string }[];
        for (const p of [{ table, column: 'id' }, ...pointers]) {
          db.prepare(`UPDATE ${p.table} SET ${p.column} = ? WHERE ${p.column} = ?`).run(to, from);
        }
      };
      rename('activity', activity.id, activityId);
      rename('competence', competence, competenceId);
    });
    const db = openConnection(path, { readonly: true });
    const asRead = readDocument(db);
    db.close();
    const renamed = asRead.activities.find((a) => a.id === activityId)!;
    expect(renamed.competenceIds).toContain(competenceId);
    const inspection = inspectPlanFile(path);
    expect(inspection.outsideChanges).toBeNull();
    expect(JSON.stringify(inspection.document)).toBe(JSON.stringify(asRead));
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
