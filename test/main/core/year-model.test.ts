import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createEntity,
  deleteEntity,
  updateEntity,
} from '../../../src/main/core/services/entity-service';
import { addLink } from '../../../src/main/core/services/link-service';
import { emptyPlanDocument } from '../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { updatePlan } from '../../../src/main/core/services/plan-service';
import { DEFAULT_FUNDING_RULES } from '../../../src/shared/funding';
import { catchAppError } from '../../helpers/errors';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';

describe('the årshjul, status snapshots and evaluations in a plan file', () => {
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

  function activityAndMeasurement() {
    const competence = create({ entity: 'competence', values: { title: 'Digital forståelse' } });
    const activity = create({
      entity: 'activity',
      values: {
        title: 'Kursus i det nye ESDH-system',
        competenceIds: [competence],
        start: '2027-02-01',
        end: '2027-05-31',
        budget: 250_000,
        status: 'in-progress',
        progress: 40,
      },
    });
    const measurement = create({
      entity: 'measurement',
      values: { competenceId: competence, date: '2027-03-15', level: 3.1 },
    });
    return { competence, activity, measurement };
  }

  it('creates, edits, deletes and undoes an item in the årshjul, links included', () => {
    const { activity, measurement } = activityAndMeasurement();
    const before = session.document().yearItems.length;
    const id = create({
      entity: 'yearItem',
      values: {
        month: 3,
        title: 'Statusmøde i SU',
        kind: 'su-meeting',
        ownerRole: 'committee',
        activityIds: [activity],
      },
    });
    addLink(session, 'yearItem-measurement', id, measurement);
    let item = session.document().yearItems.find((y) => y.id === id);
    expect(item).toMatchObject({
      month: 3,
      title: 'Statusmøde i SU',
      description: '',
      kind: 'su-meeting',
      ownerRole: 'committee',
      activityIds: [activity],
      measurementIds: [measurement],
    });

    updateEntity(session, { entity: 'yearItem', id, patch: { month: 4, ownerRole: null } });
    item = session.document().yearItems.find((y) => y.id === id);
    expect(item).toMatchObject({ month: 4, ownerRole: null });
    session.undo();
    expect(session.document().yearItems.find((y) => y.id === id)).toMatchObject({
      month: 3,
      ownerRole: 'committee',
    });

    deleteEntity(session, 'yearItem', id);
    expect(session.document().yearItems).toHaveLength(before);
    session.undo();
    expect(session.document().yearItems.find((y) => y.id === id)?.measurementIds).toEqual([
      measurement,
    ]);
  });

  it('removes an item’s links, not the item, when its activity or measurement is deleted', () => {
    const { activity, measurement, competence } = activityAndMeasurement();
    const id = create({
      entity: 'yearItem',
      values: {
        month: 5,
        title: 'Opfølgende måling',
        kind: 'measurement-round',
        activityIds: [activity],
        measurementIds: [measurement],
      },
    });
    deleteEntity(session, 'activity', activity);
    // Deleting the competence takes its measurements with it, and so the item's link to one.
    deleteEntity(session, 'competence', competence);
    expect(session.document().yearItems.find((y) => y.id === id)).toMatchObject({
      activityIds: [],
      measurementIds: [],
    });
    session.undo();
    session.undo();
    expect(session.document().yearItems.find((y) => y.id === id)).toMatchObject({
      activityIds: [activity],
      measurementIds: [measurement],
    });
  });

  it('refuses month 13 with a Danish message naming the field', () => {
    const error = catchAppError(() =>
      create({ entity: 'yearItem', values: { month: 13, title: 'Budget', kind: 'budget' } }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.[0]).toMatchObject({ path: 'month' });
    expect(error.issues?.[0]?.message.da).toMatch(/Måneden skal være .* 1 .* 12/);
  });

  it('marks a status with the plan’s figures as they stand, and keeps them when the plan moves on', () => {
    const { activity } = activityAndMeasurement();
    const id = create({
      entity: 'statusSnapshot',
      values: { date: '2027-03-01', note: 'Før SU-mødet i marts' },
    });
    const snapshot = session.document().statusSnapshots.find((s) => s.id === id)!;
    expect(snapshot.date).toBe('2027-03-01');
    expect(snapshot.data.date).toBe('2027-03-01');
    expect(snapshot.data.activities).toEqual([
      expect.objectContaining({ activityId: activity, progress: 40, status: 'in-progress' }),
    ]);

    updateEntity(session, { entity: 'activity', id: activity, patch: { progress: 90 } });
    updateEntity(session, { entity: 'statusSnapshot', id, patch: { note: 'Drøftet i SU' } });
    const kept = session.document().statusSnapshots.find((s) => s.id === id)!;
    expect(kept.note).toBe('Drøftet i SU');
    expect(kept.data.activities[0]?.progress).toBe(40);

    deleteEntity(session, 'statusSnapshot', id);
    expect(session.document().statusSnapshots).toEqual([]);
    session.undo();
    expect(session.document().statusSnapshots).toEqual([kept]);
  });

  it('refuses a snapshot whose figures are not a snapshot', () => {
    const error = catchAppError(() =>
      create({
        entity: 'statusSnapshot',
        values: { date: '2027-03-01', data: { version: 1 } as never },
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.[0]?.path).toMatch(/^data\./);
  });

  it('creates, completes and undoes an annual evaluation, one per year', () => {
    const id = create({
      entity: 'evaluation',
      values: { year: 2027, periodStart: '2026-09-01', periodEnd: '2027-06-30' },
    });
    expect(session.document().evaluations).toEqual([
      expect.objectContaining({
        id,
        year: 2027,
        figures: null,
        decisions: [],
        completedAt: null,
      }),
    ]);
    updateEntity(session, {
      entity: 'evaluation',
      id,
      patch: {
        conclusions: 'Indsatsen har løftet de digitale kompetencer.',
        decisions: ['Fortsæt ambassadørnetværket', 'Ny måling i foråret'],
        completedAt: '2027-06-20',
      },
    });
    expect(session.document().evaluations[0]).toMatchObject({
      decisions: ['Fortsæt ambassadørnetværket', 'Ny måling i foråret'],
      completedAt: '2027-06-20',
    });
    session.undo();
    expect(session.document().evaluations[0]).toMatchObject({ decisions: [], completedAt: null });

    const second = catchAppError(() =>
      create({
        entity: 'evaluation',
        values: { year: 2027, periodStart: '2027-01-01', periodEnd: '2027-08-31' },
      }),
    );
    expect(second.code).toBe('invalid-input');
    expect(second.issues?.[0]).toMatchObject({ path: 'year' });
    expect(second.issues?.[0]?.message.da).toContain('allerede en årlig evaluering for 2027');
    expect(session.document().evaluations).toHaveLength(1);

    // Moving another evaluation onto a year that has one is refused in the same words.
    const other = create({
      entity: 'evaluation',
      values: { year: 2028, periodStart: '2027-09-01', periodEnd: '2028-06-30' },
    });
    const moved = catchAppError(() =>
      updateEntity(session, { entity: 'evaluation', id: other, patch: { year: 2027 } }),
    );
    expect(moved.issues?.[0]?.message.da).toContain('for 2027');
  });

  it('refuses an evaluation period that ends before it starts', () => {
    const error = catchAppError(() =>
      create({
        entity: 'evaluation',
        values: { year: 2027, periodStart: '2027-06-30', periodEnd: '2026-09-01' },
      }),
    );
    expect(error.issues?.[0]).toMatchObject({ path: 'periodEnd', rule: 'date-order' });
  });

  it('keeps an activity’s fund application and refuses one with a bad date', () => {
    const { activity } = activityAndMeasurement();
    const application = {
      pool: 'Individuel kompetenceudvikling',
      activityType: 'Kursus',
      title: 'Kursus i det nye ESDH-system',
      start: '2027-02-01',
      end: '2027-05-31',
      amount: 12_000,
      provider: 'Akademisk Efteruddannelse',
      scope: null,
      providerIsOwnWorkplace: false,
      onPositiveList: null,
      obligatory: false,
      basicToJob: false,
      routinelyOffered: false,
      individualDevelopment: true,
      workplaceCoFinances: true,
    } as const;
    updateEntity(session, {
      entity: 'activity',
      id: activity,
      patch: { fundingApplication: application },
    });
    expect(session.document().activities[0]?.fundingApplication).toEqual(application);

    const error = catchAppError(() =>
      updateEntity(session, {
        entity: 'activity',
        id: activity,
        patch: { fundingApplication: { ...application, start: '2027-02-30' } },
      }),
    );
    expect(error.issues?.[0]).toMatchObject({
      path: 'fundingApplication.start',
      rule: 'invalid-date',
    });
    expect(error.issues?.[0]?.message.da).toContain('gyldig dato');
    expect(session.document().activities[0]?.fundingApplication).toEqual(application);

    session.undo();
    expect(session.document().activities[0]?.fundingApplication).toBeNull();
  });

  it('keeps status dates and the committee’s own fund rules on the plan', () => {
    const rules = { ...DEFAULT_FUNDING_RULES, approvalReminderDays: 30 };
    updatePlan(session, {
      status: 'adopted',
      statusDates: {
        ...session.document().plan.statusDates,
        adopted: '2026-08-20',
      },
      fundingRules: rules,
    });
    const plan = session.document().plan;
    expect(plan.statusDates.adopted).toBe('2026-08-20');
    expect(plan.fundingRules).toEqual(rules);

    const error = catchAppError(() =>
      updatePlan(session, { fundingRules: { ...rules, version: 2 } as never }),
    );
    expect(error.issues?.[0]).toMatchObject({ path: 'fundingRules.version' });
    expect(error.issues?.[0]?.message.da).toContain('version');

    updatePlan(session, { fundingRules: null });
    expect(session.document().plan.fundingRules).toBeNull();
    session.undo();
    expect(session.document().plan.fundingRules).toEqual(rules);
  });

  it('keeps everything it acknowledged when the file is opened again', () => {
    const { activity } = activityAndMeasurement();
    create({
      entity: 'yearItem',
      values: { month: 9, title: 'Budget', kind: 'budget', activityIds: [activity] },
    });
    create({ entity: 'statusSnapshot', values: { date: '2027-03-01' } });
    create({
      entity: 'evaluation',
      values: { year: 2027, periodStart: '2026-09-01', periodEnd: '2027-06-30' },
    });
    const before = session.document();
    session.close();
    session = PlanSession.open(path);
    expect(session.document()).toEqual(before);
  });
});
