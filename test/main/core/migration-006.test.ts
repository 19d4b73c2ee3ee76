import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src/main/core/db/connection';
import { migrate } from '../../../src/main/core/db/migrations';
import { expectedSchema, foreignObjects, readSchema } from '../../../src/main/core/db/schema';
import { verifyContent } from '../../../src/main/core/plan-file/verify-content';
import { updatePlan } from '../../../src/main/core/services/plan-service';
import { examplePlan } from '../../helpers/example-plan';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { parseInterchange, toInterchange } from '../../../src/shared/interchange';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { writeOldPlanFile } from '../../helpers/old-plan-file';
import { useTempDir } from '../../helpers/temp-dir';

const REQUEST =
  'godkender kompetenceplanen for 2027,\n\nat budgettet på 865.000 kr. fordeles som foreslået.';

describe('migration 006: what the SU is asked to decide, in the plan', () => {
  const tempDir = useTempDir();

  /** A real version-5 file of the example plan, its rows stamped as Omstil 5 stamped them. */
  function versionFiveFile(name: string) {
    const path = join(tempDir(), name);
    const env = fixedEnvironment();
    writeOldPlanFile(path, examplePlan(env), 3);
    const db = openConnection(path, { readonly: false });
    migrate(db, 5);
    db.close();
    return { path, env };
  }

  it('gives a version-5 file an empty text and keeps its checksums whole', () => {
    const { path } = versionFiveFile('Plan v5.omstil');
    const db = openConnection(path, { readonly: false });
    try {
      migrate(db, 6);
      expect(db.pragma('user_version', { simple: true })).toBe(6);
      expect(foreignObjects(readSchema(db), expectedSchema(6))).toEqual([]);
      expect(db.prepare(`SELECT agenda_request FROM plan`).pluck().get()).toBe('');
      expect(verifyContent(db)).toBeNull();
    } finally {
      db.close();
    }
  });

  it('leaves a plan row changed outside Omstil found after the migration', () => {
    const { path } = versionFiveFile('Ændret v5.omstil');
    const db = openConnection(path, { readonly: false });
    try {
      db.prepare(`UPDATE plan SET title = 'Ændret med et andet værktøj'`).run();
      migrate(db, 6);
      expect(verifyContent(db)?.changed.map((c) => c.table)).toEqual(['plan']);
    } finally {
      db.close();
    }
  });

  it('keeps the text through save, reopen, undo and the JSON file', () => {
    const { path, env } = versionFiveFile('Dagsorden.omstil');
    const session = PlanSession.open(path, env);
    try {
      updatePlan(session, { agendaRequest: REQUEST });
      expect(session.read((db) => verifyContent(db))).toBeNull();
    } finally {
      session.close();
    }
    const again = PlanSession.open(path, env);
    try {
      expect(again.readOnly).toBe(false);
      expect(again.document().plan.agendaRequest).toBe(REQUEST);
      const json = toInterchange(again.document());
      expect(json.plan.agendaRequest).toBe(REQUEST);
      const read = parseInterchange(JSON.stringify(json), env.now().toISOString());
      expect(read.plan.agendaRequest).toBe(REQUEST);
      again.undo();
      expect(again.document().plan.agendaRequest).toBe('');
      expect(again.read((db) => verifyContent(db))).toBeNull();
      again.redo();
      expect(again.document().plan.agendaRequest).toBe(REQUEST);
    } finally {
      again.close();
    }
  });

  it('reads a JSON file without the text as an empty one, and writes an empty one as before', () => {
    const json = toInterchange(examplePlan(fixedEnvironment()));
    expect(json.plan).not.toHaveProperty('agendaRequest');
    const read = parseInterchange(JSON.stringify(json), '2026-11-27T09:00:00.000Z');
    expect(read.plan.agendaRequest).toBe('');
  });
});
