import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../../src/main/core/db/connection';
import { hashRow, formatChecksum } from '../../../../src/main/core/db/checksum';
import { verifyContent } from '../../../../src/main/core/plan-file/verify-content';
import { insertStep, keepLatestSteps } from '../../../../src/main/core/repositories/undo-steps';
import {
  createEntity,
  deleteEntity,
  reorderEntities,
  updateEntity,
} from '../../../../src/main/core/services/entity-service';
import { addLink, removeLink } from '../../../../src/main/core/services/link-service';
import { importJsonFile } from '../../../../src/main/core/services/plan-factory';
import { updatePlan } from '../../../../src/main/core/services/plan-service';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { writeMerge } from '../../../../src/main/core/sync/merge';
import { salvagePlan } from '../../../../src/main/core/sync/salvage';
import { toInterchange } from '../../../../src/shared/interchange';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { useTempDir } from '../../../helpers/temp-dir';
import { examplePlanFile } from './tamper';

describe('the checksums Omstil writes', () => {
  const tempDir = useTempDir();
  const at = (name: string) => join(tempDir(), name);
  const env = fixedEnvironment();

  /** What the file's checksums say when it is read on its own: null when all of them hold. */
  function verify(path: string) {
    const db = openConnection(path, { readonly: true });
    try {
      return verifyContent(db);
    } finally {
      db.close();
    }
  }

  it('hold after every kind of edit, undo and redo, each in its own transaction', () => {
    const path = at('Plan.omstil');
    const doc = examplePlanFile(path);
    expect(verify(path)).toBeNull();
    const session = PlanSession.open(path, env);
    const check = (what: string) =>
      expect(
        session.read((db) => verifyContent(db)),
        what,
      ).toBeNull();
    try {
      updatePlan(session, { title: 'Ny titel', principles: ['Én', 'To'] });
      check('the plan row');
      const id = createEntity(session, { entity: 'member', values: { name: 'Ny', role: 'hr' } });
      check('a new row');
      updateEntity(session, {
        entity: 'activity',
        id: doc.activities[0]!.id,
        patch: { budget: 1 },
      });
      check('a changed row');
      const competence = doc.competences[0]!;
      removeLink(session, 'competence-driver', competence.id, competence.driverIds[0]!);
      addLink(session, 'competence-driver', competence.id, competence.driverIds[0]!);
      check('links');
      reorderEntities(
        session,
        'activity',
        [...doc.activities].reverse().map((a) => a.id),
      );
      check('a reordering');
      deleteEntity(session, 'competence', competence.id);
      check('a deletion with what hangs on it');
      for (let i = 0; i < 6; i++) session.undo();
      check('undo');
      for (let i = 0; i < 3; i++) session.redo();
      check('redo');
      updatePlan(session, { purpose: 'Efter fortryd' });
      check('an edit that drops the redo steps');
      deleteEntity(session, 'member', id);
    } finally {
      session.close();
    }
    expect(verify(path)).toBeNull();
  });

  it('hold when older undo steps are dropped', () => {
    const path = at('Plan.omstil');
    examplePlanFile(path);
    const db = openConnection(path, { readonly: false });
    try {
      db.transaction(() => {
        for (let i = 0; i < 5; i++) insertStep(db, 'undo', `Trin ${i}`, '[]', '2027-01-01');
        keepLatestSteps(db, 'undo', 2);
      })();
      expect(db.prepare(`SELECT count(*) FROM history`).pluck().get()).toBe(2);
      expect(verifyContent(db)).toBeNull();
    } finally {
      db.close();
    }
  });

  it('hold in every file Omstil writes: a copy, a merge, a clean copy and an import', () => {
    const path = at('Plan.omstil');
    const doc = examplePlanFile(path);
    const session = PlanSession.open(path, env);
    updatePlan(session, { purpose: 'Før kopien' });
    session.saveCopy(at('Kopi.omstil'), {});
    session.saveCopy(at('Kopi med historik.omstil'), { includeHistory: true });
    session.close();
    expect(verify(at('Kopi.omstil'))).toBeNull();
    expect(verify(at('Kopi med historik.omstil'))).toBeNull();

    copyFileSync(path, at('Min.omstil'));
    copyFileSync(path, at('Deres.omstil'));
    const mine = PlanSession.open(at('Min.omstil'), env);
    updatePlan(mine, { unit: 'Min enhed' });
    mine.close();
    const theirs = PlanSession.open(at('Deres.omstil'), fixedEnvironment('2026-12-01T09:00:00Z'));
    createEntity(theirs, { entity: 'method', values: { title: 'Deres metode' } });
    updateEntity(theirs, {
      entity: 'activity',
      id: doc.activities[1]!.id,
      patch: { progress: 40 },
    });
    theirs.close();
    writeMerge(at('Min.omstil'), at('Deres.omstil'), {}, at('Flettet.omstil'));
    expect(verify(at('Flettet.omstil'))).toBeNull();

    salvagePlan(path, at('Ren.omstil'), '2027-01-01T00:00:00.000Z');
    expect(verify(at('Ren.omstil'))).toBeNull();

    writeFileSync(at('plan.json'), JSON.stringify(toInterchange(doc)));
    importJsonFile(at('plan.json'), at('Importeret.omstil'), env);
    expect(verify(at('Importeret.omstil'))).toBeNull();
  });

  it('depend on every byte of a row and on its table, and not on the machine', () => {
    const text = '["00000000-0000-4000-8000-000000000001",0,"Kursus – hold 1",5000.0,null]';
    const checksum = formatChecksum(hashRow('activity', text));
    // The same on every machine and in every version, as files move between them: a change to
    // the hash is a new file format, with a migration of its own.
    expect(checksum).toBe('2931f0e01c55038d');
    expect(formatChecksum(hashRow('member', text))).not.toBe(checksum);
    for (let i = 0; i < text.length; i++) {
      const changed =
        text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ 1) + text.slice(i + 1);
      expect(formatChecksum(hashRow('activity', changed)), `character ${i}`).not.toBe(checksum);
    }
  });
});
