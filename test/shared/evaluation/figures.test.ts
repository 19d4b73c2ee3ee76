import { describe, expect, it } from 'vitest';
import {
  AnnualEvaluationSchema,
  createAnnualEvaluation,
  defaultEvaluationPeriod,
  evaluationFigures,
  refreshEvaluationFigures,
} from '../../../src/shared/evaluation';
import {
  activity,
  competence,
  examplePlan,
  id,
  measurement,
  planDoc,
  targetGroup,
} from '../progress/plan-builder';

const PERIOD = { from: '2026-09-01', to: '2027-08-31' };
const C1 = id(101);
const C2 = id(102);
const TG_A = id(201);
const TG_B = id(202);

const e = {
  doneEarly: activity(1, {
    status: 'done',
    progress: 100,
    end: '2026-12-15',
    budget: 1000,
    spent: 1100,
    participantsPlanned: 10,
    participantsReached: 10,
  }),
  doneLate: activity(2, {
    status: 'done',
    progress: 100,
    end: '2027-06-30',
    budget: 2000,
    spent: 1800,
    participantsPlanned: 20,
    participantsReached: 18,
  }),
  stillRunning: activity(3, {
    status: 'in-progress',
    progress: 40,
    end: '2027-05-31',
    budget: 3000,
    spent: 1000,
    participantsPlanned: 30,
    participantsReached: 10,
  }),
  cancelled: activity(4, {
    status: 'cancelled',
    end: '2027-02-01',
    budget: 500,
    spent: 100,
    participantsPlanned: 5,
  }),
  nextPeriod: activity(5, {
    status: 'planned',
    start: '2027-08-01',
    end: '2027-10-31',
    budget: 700,
  }),
  undated: activity(6, { status: 'idea' }),
  lastYear: activity(7, {
    status: 'done',
    start: '2026-03-01',
    end: '2026-06-30',
    budget: 9000,
    spent: 9000,
  }),
  noEnd: activity(8, { status: 'planned', start: '2027-03-01' }),
  // Finished ahead of its end date after the period: neither in it nor carried over.
  doneAhead: activity(9, { status: 'done', start: '2027-07-01', end: '2027-09-30' }),
};

const doc = planDoc({
  targetGroups: [targetGroup(201), targetGroup(202)],
  competences: [competence(101, { currentLevel: 2, targetLevel: 4 }), competence(102)],
  activities: Object.values(e),
  measurements: [
    measurement(11, {
      competenceId: C1,
      targetGroupId: TG_A,
      date: '2026-09-05',
      kind: 'baseline',
      level: 2,
      respondents: 10,
    }),
    measurement(12, {
      competenceId: C1,
      targetGroupId: TG_A,
      date: '2027-03-01',
      kind: 'follow-up',
      level: 3,
      respondents: 10,
    }),
    measurement(13, {
      competenceId: C1,
      targetGroupId: TG_A,
      date: '2027-05-01',
      kind: 'follow-up',
      level: 3.5,
      respondents: 10,
      effectLink: 'applied',
    }),
    // Group B's baseline was taken before the period; it is still where the effort started.
    measurement(14, {
      competenceId: C1,
      targetGroupId: TG_B,
      date: '2026-08-20',
      kind: 'baseline',
      level: 1,
      respondents: 5,
    }),
    measurement(15, {
      competenceId: C1,
      targetGroupId: TG_B,
      date: '2027-04-01',
      kind: 'follow-up',
      level: 2,
      respondents: 5,
      effectLink: 'applied',
    }),
    measurement(16, {
      competenceId: C2,
      targetGroupId: TG_A,
      date: '2027-02-01',
      kind: 'follow-up',
      level: null,
      indicator: 'Klik i phishingmail: 6 %',
      effectLink: 'behaviour',
    }),
    measurement(17, {
      competenceId: C2,
      targetGroupId: TG_A,
      date: '2026-09-10',
      kind: 'baseline',
      level: null,
      indicator: 'Klik i phishingmail: 17 %',
      effectLink: 'behaviour',
    }),
    // After the period: not counted.
    measurement(18, {
      competenceId: C1,
      targetGroupId: TG_A,
      date: '2027-09-15',
      kind: 'follow-up',
      level: 4,
      respondents: 10,
    }),
  ],
});

describe('the evaluation’s figures', () => {
  const figures = evaluationFigures(doc, PERIOD);

  it('sorts the period’s activities into carried out and not', () => {
    const ids = (list: { activityId: string }[]) => list.map((a) => a.activityId);
    expect(figures.periodStart).toBe('2026-09-01');
    expect(figures.activities.inPeriod).toBe(5);
    expect(ids(figures.activities.carriedOut)).toEqual([e.doneEarly.id, e.doneLate.id]);
    expect(ids(figures.activities.notCarriedOut)).toEqual([
      e.stillRunning.id,
      e.cancelled.id,
      e.noEnd.id,
    ]);
    expect(figures.activities.byStatus).toEqual({
      idea: 0,
      planned: 1,
      'in-progress': 1,
      done: 2,
      cancelled: 1,
    });
    expect(ids(figures.activities.continuing)).toEqual([e.nextPeriod.id]);
    expect(ids(figures.activities.undated)).toEqual([e.undated.id]);
    expect(figures.activities.notCarriedOut[0]).toMatchObject({
      title: 'Indsats 3',
      status: 'in-progress',
      progress: 40,
      end: '2027-05-31',
    });
  });

  it('sets the cost against the budget', () => {
    expect(figures.cost.planned).toBe(1000 + 2000 + 3000);
    expect(figures.cost.spent).toBe(1100 + 1800 + 1000 + 100);
    expect(figures.cost.remaining).toBe(2000);
    expect(figures.cost.share).toBeCloseTo(4000 / 6000, 10);
  });

  it('counts participants reached against planned', () => {
    expect(figures.participants).toEqual({ planned: 60, reached: 38, share: 38 / 60 });
  });

  it('shows what the measurements say, link by link', () => {
    const link = (name: string) => figures.effectChain.find((l) => l.link === name);
    expect(figures.effectChain.map((l) => l.link)).toEqual([
      'carried-out',
      'learned',
      'applied',
      'behaviour',
      'short-term-result',
      'long-term-effect',
    ]);
    expect(link('learned')).toMatchObject({
      measurements: 2,
      baselines: 1,
      followUps: 1,
      meanChange: 1,
    });
    expect(link('learned')?.pairs.map((p) => [p.competenceId, p.targetGroupId, p.change])).toEqual([
      [C1, TG_A, 1],
    ]);
    expect(link('applied')).toMatchObject({ measurements: 2, followUps: 2, meanChange: 1.25 });
    expect(link('applied')?.pairs.map((p) => [p.targetGroupId, p.baseline.date, p.change])).toEqual(
      [
        [TG_A, '2026-09-05', 1.5],
        [TG_B, '2026-08-20', 1],
      ],
    );
    expect(link('behaviour')).toMatchObject({ measurements: 2, pairs: [], meanChange: null });
    expect(link('behaviour')?.indicators.map((i) => [i.kind, i.indicator])).toEqual([
      ['follow-up', 'Klik i phishingmail: 6 %'],
      ['baseline', 'Klik i phishingmail: 17 %'],
    ]);
    expect(link('carried-out')).toMatchObject({ measurements: 0, meanChange: null });
    expect(link('learned')?.label).toEqual({ da: 'Lært', en: 'Learned' });
  });

  it('gives each competence its gap and its change in the period', () => {
    const [c1, c2] = figures.competences;
    expect(c1).toMatchObject({ competenceId: C1, gap: 2 });
    expect(c1?.baseline).toBeCloseTo((2 * 10 + 1 * 5) / 15, 10);
    expect(c1?.followUp).toBeCloseTo((3.5 * 10 + 2 * 5) / 15, 10);
    expect(c1?.change).toBeCloseTo(3 - 25 / 15, 10);
    expect(c2).toMatchObject({ gap: null, baseline: null, followUp: null, change: null });
  });

  it('fills in the example plan’s year', () => {
    const example = evaluationFigures(examplePlan(), { from: '2026-09-01', to: '2027-08-31' });
    expect(example.activities.inPeriod).toBe(12);
    expect(example.activities.carriedOut).toHaveLength(4);
    expect(example.activities.notCarriedOut).toHaveLength(8);
    expect(example.cost.planned).toBe(865_000);
    expect(example.cost.spent).toBe(562_400);
    const learned = example.effectChain.find((l) => l.link === 'learned');
    // Only the new system's follow-up is recorded at "learned": 3.1 against a baseline of 1.9.
    expect(learned?.meanChange).toBeCloseTo(1.2, 10);
  });
});

describe('an annual evaluation', () => {
  it('starts with the figures filled in and the committee’s answers empty', () => {
    const evaluation = createAnnualEvaluation(doc, 2027, PERIOD, '2027-06-10T10:00:00.000Z');
    expect(evaluation).toMatchObject({
      year: 2027,
      periodStart: '2026-09-01',
      periodEnd: '2027-08-31',
      answers: { musFollowUp: '', conclusions: '', decisions: [] },
      createdAt: '2027-06-10T10:00:00.000Z',
    });
    expect(evaluation.figures).toEqual(evaluationFigures(doc, PERIOD));
  });

  it('can be stored as JSON and read back through its schema', () => {
    const evaluation = createAnnualEvaluation(doc, 2027, PERIOD, '2027-06-10T10:00:00.000Z');
    evaluation.answers = {
      musFollowUp: 'Alle MUS-skemaer havde et punkt om digitale kompetencer.',
      conclusions: 'Ambassadørerne virkede.',
      decisions: ['Ambassadørordningen fortsætter.'],
    };
    const stored: unknown = JSON.parse(JSON.stringify(evaluation));
    expect(AnnualEvaluationSchema.parse(stored)).toEqual(evaluation);
    expect(
      AnnualEvaluationSchema.safeParse({ ...evaluation, periodEnd: '2026-01-01' }).success,
    ).toBe(false);
    expect(
      AnnualEvaluationSchema.safeParse({
        ...evaluation,
        answers: { ...evaluation.answers, decisions: [' '] },
      }).success,
    ).toBe(false);
  });

  it('refreshes its figures without touching the answers', () => {
    const evaluation = createAnnualEvaluation(doc, 2027, PERIOD, '2027-06-10T10:00:00.000Z');
    evaluation.answers.conclusions = 'Skrevet af udvalget.';
    const changed = {
      ...doc,
      activities: doc.activities.map((a) => ({ ...a, status: 'done' as const })),
    };
    const refreshed = refreshEvaluationFigures(evaluation, changed);
    expect(refreshed.answers.conclusions).toBe('Skrevet af udvalget.');
    expect(refreshed.figures.activities.carriedOut).toHaveLength(5);
  });
});

describe('the default period', () => {
  const plan = { periodStart: '2026-09-01', periodEnd: '2027-08-31' };

  it('runs from the plan’s start to today while the period lasts', () => {
    expect(defaultEvaluationPeriod(plan, '2027-06-10')).toEqual({
      from: '2026-09-01',
      to: '2027-06-10',
    });
  });

  it('stops at the plan’s end once it has passed', () => {
    expect(defaultEvaluationPeriod(plan, '2027-10-01')).toEqual({
      from: '2026-09-01',
      to: '2027-08-31',
    });
  });

  it('follows on from last year’s evaluation in a plan of several years', () => {
    const long = { periodStart: '2026-09-01', periodEnd: '2028-08-31' };
    expect(defaultEvaluationPeriod(long, '2028-06-01', { periodEnd: '2027-08-31' })).toEqual({
      from: '2027-09-01',
      to: '2028-06-01',
    });
  });

  it('is the last twelve months for a plan without a period', () => {
    expect(defaultEvaluationPeriod({ periodStart: null, periodEnd: null }, '2027-06-10')).toEqual({
      from: '2026-06-11',
      to: '2027-06-10',
    });
  });
});
