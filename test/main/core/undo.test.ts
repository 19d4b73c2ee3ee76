import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEntity,
  deleteEntity,
  reorderEntities,
  updateEntity,
} from '../../../src/main/core/services/entity-service';
import { addLink, removeLink } from '../../../src/main/core/services/link-service';
import { emptyPlanDocument } from '../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { updatePlan } from '../../../src/main/core/services/plan-service';
import { MAX_UNDO_STEPS } from '../../../src/main/core/history/undo-log';
import { isOmstilError } from '../../../src/shared/errors';
import { catchAppError } from '../../helpers/errors';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';
import { examplePlan } from '../../helpers/example-plan';

describe('undo and redo', () => {
  const tempDir = useTempDir();

  function open(example = false) {
    const env = fixedEnvironment();
    const path = join(tempDir(), `plan-${Math.random().toString(36).slice(2)}.omstil`);
    const doc = example ? examplePlan(env) : emptyPlanDocument('Plan', 'da', env);
    return { path, env, session: PlanSession.create(path, doc, env) };
  }

  it('undoes and redoes a create, an update and a delete', () => {
    const { session } = open();
    const start = session.document();
    const id = createEntity(session, {
      entity: 'targetGroup',
      values: { name: 'Ledere', headcount: 12 },
    });
    const created = session.document();
    updateEntity(session, { entity: 'targetGroup', id, patch: { headcount: 14 } });
    const updated = session.document();
    deleteEntity(session, 'targetGroup', id);
    expect(session.history()).toMatchObject({
      canUndo: true,
      canRedo: false,
      undoLabel: 'delete:targetGroup',
    });

    session.undo();
    expect(session.document()).toEqual(updated);
    session.undo();
    expect(session.document()).toEqual(created);
    session.undo();
    expect(session.document()).toEqual(start);
    expect(catchAppError(() => session.undo()).code).toBe('nothing-to-undo');

    session.redo();
    session.redo();
    expect(session.document()).toEqual(updated);
    expect(session.history().redoLabel).toBe('delete:targetGroup');
    session.close();
  });

  it('brings back a deleted competence with its links and measurements in one step', () => {
    const { session } = open(true);
    const before = session.document();
    const competence = before.competences.find((c) =>
      before.measurements.some((m) => m.competenceId === c.id),
    )!;
    deleteEntity(session, 'competence', competence.id);
    expect(session.document().competences).toHaveLength(before.competences.length - 1);
    session.undo();
    expect(session.document()).toEqual(before);
    session.close();
  });

  it('survives closing and reopening the file', () => {
    const { path, session } = open();
    const start = session.document();
    createEntity(session, {
      entity: 'member',
      values: { name: 'Jonas Friis', role: 'employee-rep' },
    });
    const created = session.document();
    session.close();

    const reopened = PlanSession.open(path);
    expect(reopened.history().canUndo).toBe(true);
    reopened.undo();
    expect(reopened.document()).toEqual(start);
    reopened.close();

    const again = PlanSession.open(path);
    expect(again.history().canRedo).toBe(true);
    again.redo();
    expect(again.document()).toEqual(created);
    again.close();
  });

  it('forgets the redo steps when a new edit is made', () => {
    const { session } = open();
    createEntity(session, { entity: 'method', values: { title: 'Innovationspraktik' } });
    session.undo();
    createEntity(session, {
      entity: 'method',
      values: { title: 'Sprintplanlægning og eksekvering' },
    });
    expect(session.history().canRedo).toBe(false);
    session.close();
  });

  it('leaves no undo step for an edit that changed nothing, nor for a refused one', () => {
    const { session } = open();
    updatePlan(session, { title: 'Plan' });
    expect(session.history().canUndo).toBe(false);
    catchAppError(() => updatePlan(session, { title: '' }));
    expect(session.history().canUndo).toBe(false);
    session.close();
  });

  it(`keeps at most ${MAX_UNDO_STEPS} steps`, () => {
    const { session } = open();
    const id = createEntity(session, {
      entity: 'targetGroup',
      values: { name: 'Gruppe', headcount: 0 },
    });
    for (let i = 1; i <= MAX_UNDO_STEPS + 20; i++) {
      updateEntity(session, { entity: 'targetGroup', id, patch: { headcount: i } });
    }
    let steps = 0;
    while (session.history().canUndo) {
      session.undo();
      steps++;
    }
    expect(steps).toBe(MAX_UNDO_STEPS);
    session.close();
    // Every edit is synced to disk (synchronous=FULL), so 520 of them take a few seconds.
  }, 60_000);

  it('undoing every step of any sequence of edits gives the starting plan back, and redoing gives the end', () => {
    const { session } = open(true);
    const start = session.document();
    type Op = { kind: string; pick: number; n: number };
    const opArb = fc.record({
      kind: fc.constantFrom('create', 'update', 'delete', 'link', 'unlink', 'reorder', 'plan'),
      pick: fc.nat(1000),
      n: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 12 }), (ops: Op[]) => {
        // A run that failed part-way (while fast-check shrinks) may have left steps behind.
        while (session.history().canUndo) session.undo();
        expect(session.document()).toEqual(start);
        let applied = 0;
        for (const op of ops) {
          const doc = session.document();
          const pickOf = <T>(list: T[]) => (list.length ? list[op.pick % list.length]! : null);
          try {
            const competence = pickOf(doc.competences);
            const activity = pickOf(doc.activities);
            const method = pickOf(doc.methods);
            if (op.kind === 'create') {
              createEntity(session, {
                entity: 'activity',
                values: { title: `Indsats ${op.n}`, progress: op.n },
              });
            } else if (op.kind === 'update' && activity) {
              updateEntity(session, {
                entity: 'activity',
                id: activity.id,
                patch: { progress: op.n, title: `Ændret ${op.n}` },
              });
            } else if (op.kind === 'delete' && competence) {
              deleteEntity(session, 'competence', competence.id);
            } else if (op.kind === 'link' && activity && method) {
              addLink(session, 'activity-method', activity.id, method.id);
            } else if (op.kind === 'unlink' && competence && competence.methodIds[0]) {
              removeLink(session, 'competence-method', competence.id, competence.methodIds[0]);
            } else if (op.kind === 'reorder' && doc.activities.length > 1) {
              reorderEntities(session, 'activity', [...doc.activities.map((a) => a.id)].reverse());
            } else if (op.kind === 'plan') {
              updatePlan(session, { purpose: `Formål ${op.n}` });
            } else {
              continue;
            }
          } catch (e) {
            if (isOmstilError(e)) continue;
            throw e;
          }
          applied++;
        }
        const end = session.document();
        let undone = 0;
        while (session.history().canUndo) {
          session.undo();
          undone++;
        }
        expect(session.document()).toEqual(start);
        for (let i = 0; i < undone; i++) session.redo();
        expect(session.document()).toEqual(end);
        // An edit that changed nothing (a link that was already there) leaves no step.
        expect(undone).toBeLessThanOrEqual(applied);
        while (session.history().canUndo) session.undo();
      }),
      { numRuns: 40, seed: 20261127 },
    );
    session.close();
  }, 60_000);
});
