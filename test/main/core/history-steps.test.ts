import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStep } from '../../../src/main/core/history/describe-step';
import {
  createEntity,
  deleteEntity,
  updateEntity,
} from '../../../src/main/core/services/entity-service';
import { addLink } from '../../../src/main/core/services/link-service';
import { emptyPlanDocument } from '../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { updatePlan } from '../../../src/main/core/services/plan-service';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';

describe('what an undo step did, as data', () => {
  const tempDir = useTempDir();

  function open() {
    const env = fixedEnvironment();
    const path = join(tempDir(), 'Plan.omstil');
    return PlanSession.create(path, emptyPlanDocument('Plan', 'da', env), env);
  }

  it('names the row, the one field and its new value of an update, for undo and for redo', () => {
    const session = open();
    const id = createEntity(session, { entity: 'activity', values: { title: 'Kursus i Excel' } });
    updateEntity(session, { entity: 'activity', id, patch: { status: 'in-progress' } });
    const step = {
      action: 'update',
      entity: 'activity',
      id,
      title: 'Kursus i Excel',
      field: 'status',
      value: 'in-progress',
      link: null,
    };
    expect(session.history().undoStep).toEqual({ ...step, date: null });
    session.undo();
    expect(session.history().redoStep).toEqual({ ...step, date: null });
    expect(session.history().undoStep).toMatchObject({ action: 'create', entity: 'activity', id });
    session.close();
  });

  it('leaves out a long value and a change of several fields', () => {
    const session = open();
    const id = createEntity(session, { entity: 'activity', values: { title: 'Kursus' } });
    updateEntity(session, { entity: 'activity', id, patch: { description: 'x'.repeat(200) } });
    expect(session.history().undoStep).toMatchObject({ field: 'description' });
    expect(session.history().undoStep).not.toHaveProperty('value');
    updateEntity(session, { entity: 'activity', id, patch: { budget: 100, spent: 50 } });
    expect(session.history().undoStep).toMatchObject({ field: null, title: 'Kursus' });
    session.close();
  });

  it('names a link by both its ends, a status marking by its date, the plan by ""', () => {
    const session = open();
    const competence = createEntity(session, {
      entity: 'competence',
      values: { title: 'Digital mindset' },
    });
    const method = createEntity(session, { entity: 'method', values: { title: 'Sprints' } });
    addLink(session, 'competence-method', competence, method);
    expect(session.history().undoStep).toMatchObject({
      action: 'link',
      entity: 'competence',
      id: competence,
      title: 'Digital mindset',
      link: { kind: 'competence-method', toId: method },
    });
    createEntity(session, { entity: 'statusSnapshot', values: { date: '2026-12-06' } });
    expect(session.history().undoStep).toMatchObject({
      action: 'create',
      entity: 'statusSnapshot',
      date: '2026-12-06',
    });
    updatePlan(session, { unit: 'HR' });
    expect(session.history().undoStep).toMatchObject({
      action: 'update',
      entity: 'plan',
      id: '',
      field: 'unit',
      value: 'HR',
    });
    deleteEntity(session, 'method', method);
    expect(session.history().undoStep).toMatchObject({
      action: 'delete',
      entity: 'method',
      title: 'Sprints',
    });
    session.close();
  });

  it('reads a label it does not know as some change, never as its code', () => {
    expect(describeStep('import:everything', '[]')).toMatchObject({ action: 'other' });
    expect(describeStep('update:activity', 'not json')).toMatchObject({ action: 'other' });
    expect(describeStep('link:nothing-known', '[]')).toMatchObject({ action: 'other' });
  });
});
