import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
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
import { catchAppError } from '../../helpers/errors';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';

describe('the plan services', () => {
  const tempDir = useTempDir();
  let session: PlanSession;
  let path: string;

  beforeEach(() => {
    const env = fixedEnvironment();
    path = join(tempDir(), 'plan.omstil');
    session = PlanSession.create(path, emptyPlanDocument('Kompetenceplan 2027', 'da', env), env);
    return () => session.close();
  });

  const create = <E extends Parameters<typeof createEntity>[1]>(input: E) =>
    createEntity(session, input);

  function smallPlan() {
    const owner = create({ entity: 'member', values: { name: 'Mette Holm', role: 'hr' } });
    const group = create({
      entity: 'targetGroup',
      values: { name: 'Sagsbehandlere', headcount: 85 },
    });
    const driver = create({
      entity: 'driver',
      values: { title: 'Nye it-systemer/teknologier', catalogKey: 'new-systems', priority: 1 },
    });
    const method = create({
      entity: 'method',
      values: { title: 'Sidemandsoplæring og nabotræning', catalogKey: 'peer-training' },
    });
    const competence = create({
      entity: 'competence',
      values: {
        title: 'Almene kompetencer, dansk, it mv.',
        driverIds: [driver],
        targetGroupIds: [group],
        methodIds: [method],
        currentLevel: 2,
        targetLevel: 4,
        learningObjectives: ['Kan oprette og fordele en sag i det nye system'],
      },
    });
    const activity = create({
      entity: 'activity',
      values: {
        title: 'Sidemandsoplæring i fælles postkasser',
        ownerId: owner,
        competenceIds: [competence],
        methodIds: [method],
        targetGroupIds: [group],
        start: '2027-01-10',
        end: '2027-03-31',
        budget: 45000,
        participantsPlanned: 30,
      },
    });
    const measurement = create({
      entity: 'measurement',
      values: {
        competenceId: competence,
        targetGroupId: group,
        date: '2026-09-15',
        level: 2.4,
        respondents: 41,
      },
    });
    return { owner, group, driver, method, competence, activity, measurement };
  }

  it('creates every kind of entity, with its links, and reads it back in order', () => {
    const ids = smallPlan();
    const doc = session.document();
    expect(doc.members.map((m) => m.name)).toEqual(['Mette Holm']);
    expect(doc.competences[0]).toMatchObject({
      id: ids.competence,
      driverIds: [ids.driver],
      targetGroupIds: [ids.group],
      methodIds: [ids.method],
      currentLevel: 2,
      targetLevel: 4,
      priority: 2,
    });
    expect(doc.activities[0]).toMatchObject({
      ownerId: ids.owner,
      status: 'planned',
      progress: 0,
      budget: 45000,
    });
    expect(doc.measurements[0]).toMatchObject({
      level: 2.4,
      kind: 'baseline',
      effectLink: 'learned',
    });
  });

  it('keeps what it acknowledged when the file is opened again', () => {
    smallPlan();
    const before = session.document();
    session.close();
    session = PlanSession.open(path);
    expect(session.document()).toEqual(before);
  });

  it('gives every row a UUID and an updated_at', () => {
    const ids = smallPlan();
    for (const id of Object.values(ids)) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    const doc = session.document();
    for (const row of [...doc.members, ...doc.activities, ...doc.competences, doc.plan]) {
      expect(Date.parse(row.updatedAt)).not.toBeNaN();
    }
  });

  it('updates fields, and moves updated_at only when something changed', () => {
    const { activity } = smallPlan();
    const before = session.document().activities[0]!;
    updateEntity(session, {
      entity: 'activity',
      id: activity,
      patch: { progress: 40, status: 'in-progress' },
    });
    const after = session.document().activities[0]!;
    expect(after).toMatchObject({ progress: 40, status: 'in-progress' });
    expect(after.updatedAt > before.updatedAt).toBe(true);
    updateEntity(session, { entity: 'activity', id: activity, patch: { progress: 40 } });
    expect(session.document().activities[0]!.updatedAt).toBe(after.updatedAt);
    expect(session.history().undoLabel).toBe('update:activity');
  });

  it('replaces a link list in an update', () => {
    const ids = smallPlan();
    const other = create({ entity: 'driver', values: { title: 'Effektivisering' } });
    updateEntity(session, {
      entity: 'competence',
      id: ids.competence,
      patch: { driverIds: [other] },
    });
    expect(session.document().competences[0]!.driverIds).toEqual([other]);
  });

  describe('validation', () => {
    it.each([
      [
        'an end date before the start',
        'activity',
        { start: '2027-03-01', end: '2027-02-01' },
        'end',
        'date-order',
      ],
      ['a level above 5', 'competence', { targetLevel: 6 }, 'targetLevel', 'level-range'],
      ['a level of 0', 'competence', { currentLevel: 0 }, 'currentLevel', 'level-range'],
      ['progress over 100', 'activity', { progress: 101 }, 'progress', 'progress-range'],
      ['negative money', 'activity', { budget: -1 }, 'budget', 'money-negative'],
      [
        'negative participants',
        'activity',
        { participantsReached: -3 },
        'participantsReached',
        'count-negative',
      ],
      ['an impossible date', 'activity', { start: '2027-02-30' }, 'start', 'invalid-date'],
      ['an empty title', 'activity', { title: '   ' }, 'title', 'required'],
    ] as const)('refuses %s, naming the field', (_name, kind, patch, field, rule) => {
      const ids = smallPlan();
      const id = kind === 'activity' ? ids.activity : ids.competence;
      const before = session.document();
      const error = catchAppError(() =>
        updateEntity(session, { entity: kind, id, patch } as Parameters<typeof updateEntity>[1]),
      );
      expect(error.code).toBe('invalid-input');
      expect(error.issues?.[0]).toMatchObject({ path: field, rule });
      expect(error.issues?.[0]?.message.da).toBeTruthy();
      expect(session.document()).toEqual(before);
    });

    it('refuses a plan period that ends before it starts', () => {
      const error = catchAppError(() =>
        updatePlan(session, { periodStart: '2027-09-01', periodEnd: '2026-08-31' }),
      );
      expect(error.issues?.[0]).toMatchObject({ path: 'periodEnd', rule: 'date-order' });
    });

    it('checks the merged row, so moving the start past the end is caught too', () => {
      const { activity } = smallPlan();
      const error = catchAppError(() =>
        updateEntity(session, { entity: 'activity', id: activity, patch: { start: '2027-06-01' } }),
      );
      expect(error.issues?.[0]).toMatchObject({ path: 'end', rule: 'date-order' });
    });

    it('refuses a reference to something that is not in the plan, naming both ids', () => {
      const { competence } = smallPlan();
      const ghost = '11111111-1111-4111-8111-111111111111';
      const error = catchAppError(() =>
        updateEntity(session, {
          entity: 'competence',
          id: competence,
          patch: { methodIds: [ghost] },
        }),
      );
      expect(error.code).toBe('dangling-reference');
      expect(error.message.da).toContain(competence);
      expect(error.message.da).toContain(ghost);
    });

    it('requires a title when creating', () => {
      const error = catchAppError(() => create({ entity: 'driver', values: {} }));
      expect(error.issues?.[0]).toMatchObject({ path: 'title', rule: 'required' });
      expect(session.document().drivers).toHaveLength(0);
    });
  });

  describe('deleting', () => {
    it('a driver removes its links, not the competences that answered it', () => {
      const ids = smallPlan();
      deleteEntity(session, 'driver', ids.driver);
      const doc = session.document();
      expect(doc.drivers).toHaveLength(0);
      expect(doc.competences).toHaveLength(1);
      expect(doc.competences[0]!.driverIds).toEqual([]);
    });

    it('a member leaves their activities without an owner', () => {
      const ids = smallPlan();
      deleteEntity(session, 'member', ids.owner);
      expect(session.document().activities[0]!.ownerId).toBeNull();
    });

    it('a competence takes its measurements and links with it, leaving activities', () => {
      const ids = smallPlan();
      deleteEntity(session, 'competence', ids.competence);
      const doc = session.document();
      expect(doc.measurements).toHaveLength(0);
      expect(doc.activities[0]!.competenceIds).toEqual([]);
      expect(doc.methods).toHaveLength(1);
    });

    it('a target group is cleared from measurements and links', () => {
      const ids = smallPlan();
      deleteEntity(session, 'targetGroup', ids.group);
      const doc = session.document();
      expect(doc.measurements[0]!.targetGroupId).toBeNull();
      expect(doc.competences[0]!.targetGroupIds).toEqual([]);
      expect(doc.activities[0]!.targetGroupIds).toEqual([]);
    });

    it('something already gone is reported, not ignored', () => {
      const ids = smallPlan();
      deleteEntity(session, 'method', ids.method);
      expect(catchAppError(() => deleteEntity(session, 'method', ids.method)).code).toBe(
        'entity-not-found',
      );
    });
  });

  it('reorders a list and refuses an order that leaves something out', () => {
    const a = create({ entity: 'targetGroup', values: { name: 'A' } });
    const b = create({ entity: 'targetGroup', values: { name: 'B' } });
    const c = create({ entity: 'targetGroup', values: { name: 'C' } });
    reorderEntities(session, 'targetGroup', [c, a, b]);
    expect(session.document().targetGroups.map((g) => g.name)).toEqual(['C', 'A', 'B']);
    expect(catchAppError(() => reorderEntities(session, 'targetGroup', [a, b])).code).toBe(
      'invalid-input',
    );
  });

  it('links and unlinks one pair at a time', () => {
    const ids = smallPlan();
    const second = create({
      entity: 'method',
      values: { title: 'Sprintplanlægning og eksekvering' },
    });
    addLink(session, 'competence-method', ids.competence, second);
    addLink(session, 'competence-method', ids.competence, second);
    expect(session.document().competences[0]!.methodIds).toEqual([ids.method, second]);
    removeLink(session, 'competence-method', ids.competence, ids.method);
    expect(session.document().competences[0]!.methodIds).toEqual([second]);
    addLink(session, 'activity-targetGroup', ids.activity, ids.group);
    expect(session.document().activities[0]!.targetGroupIds).toEqual([ids.group]);
    const ghost = '22222222-2222-4222-8222-222222222222';
    expect(
      catchAppError(() => addLink(session, 'competence-driver', ids.competence, ghost)).code,
    ).toBe('entity-not-found');
  });

  it('updates the plan itself, principles as an ordered list', () => {
    updatePlan(session, {
      organisation: 'Styrelsen for Tilskud og Registre',
      principles: ['Kompetenceudvikling sker tæt på opgaverne', 'Alle grupper har lige adgang'],
      status: 'adopted',
      decisionDate: '2026-08-20',
    });
    expect(session.document().plan).toMatchObject({
      organisation: 'Styrelsen for Tilskud og Registre',
      principles: ['Kompetenceudvikling sker tæt på opgaverne', 'Alle grupper har lige adgang'],
      status: 'adopted',
    });
  });
});
