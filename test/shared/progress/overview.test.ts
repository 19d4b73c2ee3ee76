import { describe, expect, it } from 'vitest';
import {
  budgetTotals,
  countByStatus,
  fundingSourceKey,
  overdueActivities,
  participantTotals,
  progressOverview,
  startingSoonActivities,
  weightedProgress,
} from '../../../src/shared/progress';
import { activity, competence, examplePlan, id, planDoc } from './plan-builder';

const TODAY = '2027-03-01';

// Eight activities with every status, dates around TODAY and funding texts spelt three ways.
const a = {
  done: activity(1, {
    status: 'done',
    progress: 100,
    participantsPlanned: 10,
    participantsReached: 9,
    budget: 1000,
    spent: 900,
    funding: 'Kompetencefonden',
    start: '2026-12-01',
    end: '2027-01-10',
    competenceIds: [id(101)],
  }),
  lateByOne: activity(2, {
    status: 'in-progress',
    progress: 50,
    participantsPlanned: 30,
    participantsReached: 12,
    budget: 2000,
    spent: 500,
    funding: '  kompetencefonden ',
    start: '2027-01-01',
    end: '2027-02-28',
    competenceIds: [id(101)],
  }),
  inTwoWeeks: activity(3, {
    status: 'planned',
    progress: 0,
    participantsPlanned: 60,
    budget: 4000,
    funding: 'Driftsbudget',
    start: '2027-03-15',
    end: '2027-04-30',
    competenceIds: [id(102)],
  }),
  cancelled: activity(4, {
    status: 'cancelled',
    progress: 20,
    participantsPlanned: 100,
    participantsReached: 5,
    budget: 5000,
    spent: 300,
    funding: 'Driftsbudget',
    start: '2027-01-01',
    end: '2027-01-31',
    competenceIds: [id(102)],
  }),
  inFiveWeeks: activity(5, { status: 'idea', start: '2027-04-05', end: null, funding: '' }),
  endsToday: activity(6, {
    status: 'in-progress',
    progress: 80,
    budget: 500,
    spent: 450,
    funding: 'KOMPETENCEFONDEN',
    start: '2027-02-01',
    end: '2027-03-01',
  }),
  startsToday: activity(7, {
    status: 'idea',
    budget: 300,
    funding: '   ',
    start: '2027-03-01',
    end: '2027-05-01',
  }),
  lateByFour: activity(8, { status: 'planned', start: '2027-02-20', end: '2027-02-25' }),
};
const activities = Object.values(a);
const doc = planDoc({
  competences: [competence(101), competence(102), competence(103)],
  activities,
});

describe('overall progress', () => {
  it('weights progress by planned participants and leaves cancelled activities out', () => {
    // (100×10 + 50×30 + 0×60) / (10 + 30 + 60); the cancelled one's 100 people do not count.
    expect(weightedProgress(activities)).toEqual({
      percent: 25,
      weighting: 'participants',
      activityCount: 7,
    });
  });

  it('falls back to the plain mean when no activity has planned participants', () => {
    const none = [
      activity(1, { progress: 100 }),
      activity(2, { progress: 40 }),
      activity(3, { progress: 10 }),
      activity(4, { progress: 90, status: 'cancelled', participantsPlanned: 50 }),
    ];
    expect(weightedProgress(none)).toEqual({
      percent: 50,
      weighting: 'unweighted',
      activityCount: 3,
    });
  });

  it('has no percentage when every activity is cancelled or there are none', () => {
    expect(weightedProgress([])).toEqual({ percent: null, weighting: 'none', activityCount: 0 });
    expect(weightedProgress([a.cancelled]).percent).toBeNull();
  });
});

describe('activities by status', () => {
  it('counts every status, zero included', () => {
    expect(countByStatus(activities)).toEqual({
      idea: 2,
      planned: 2,
      'in-progress': 2,
      done: 1,
      cancelled: 1,
    });
    expect(countByStatus([])).toEqual({
      idea: 0,
      planned: 0,
      'in-progress': 0,
      done: 0,
      cancelled: 0,
    });
  });
});

describe('overdue and starting soon', () => {
  it('lists activities past their end that are not done or cancelled, longest overdue first', () => {
    const overdue = overdueActivities(activities, TODAY);
    expect(overdue.map((o) => [o.activityId, o.daysOverdue])).toEqual([
      [a.lateByFour.id, 4],
      [a.lateByOne.id, 1],
    ]);
    expect(overdue[1]).toMatchObject({ status: 'in-progress', end: '2027-02-28', progress: 50 });
  });

  it('does not call an activity overdue on its end date', () => {
    expect(overdueActivities([a.endsToday], TODAY)).toEqual([]);
    expect(overdueActivities([a.endsToday], '2027-03-02')).toHaveLength(1);
  });

  it('lists ideas and planned activities that start within 30 days, soonest first', () => {
    const soon = startingSoonActivities(activities, TODAY);
    expect(soon.map((s) => [s.activityId, s.daysUntilStart])).toEqual([
      [a.startsToday.id, 0],
      [a.inTwoWeeks.id, 14],
    ]);
  });

  it('looks as far ahead as asked', () => {
    const soon = startingSoonActivities(activities, TODAY, 35);
    expect(soon.map((s) => s.activityId)).toContain(a.inFiveWeeks.id);
    expect(startingSoonActivities(activities, TODAY, 13).map((s) => s.activityId)).toEqual([
      a.startsToday.id,
    ]);
  });

  it('ignores activities already under way or done, whatever their start date', () => {
    const running = activity(20, { status: 'in-progress', start: '2027-03-10' });
    const done = activity(21, { status: 'done', start: '2027-03-10' });
    expect(startingSoonActivities([running, done], TODAY)).toEqual([]);
  });
});

describe('budget by funding source', () => {
  it('normalises funding texts', () => {
    expect(fundingSourceKey('  Den Statslige   Kompetencefond ')).toBe(
      'den statslige kompetencefond',
    );
    expect(fundingSourceKey(' \t ')).toBeNull();
  });

  it('sums planned without cancelled, spent with cancelled, and groups spellings of a source', () => {
    const budget = budgetTotals(activities);
    expect(budget.planned).toBe(1000 + 2000 + 4000 + 500 + 300);
    expect(budget.spent).toBe(900 + 500 + 300 + 450);
    expect(budget.remaining).toBe(7800 - 2150);
    expect(
      budget.bySource.map((s) => [s.key, s.label.da, s.planned, s.spent, s.activityIds.length]),
    ).toEqual([
      ['driftsbudget', 'Driftsbudget', 4000, 300, 2],
      ['kompetencefonden', 'Kompetencefonden', 3500, 1850, 3],
      [null, 'Ikke angivet', 300, 0, 3],
    ]);
    expect(budget.bySource.at(-1)?.label.en).toBe('Not set');
  });

  it('adds the sources up to the totals', () => {
    const budget = budgetTotals(activities);
    expect(budget.bySource.reduce((s, x) => s + x.planned, 0)).toBe(budget.planned);
    expect(budget.bySource.reduce((s, x) => s + x.spent, 0)).toBe(budget.spent);
  });

  it('leaves out a source whose only activity was cancelled before anything was spent', () => {
    const budget = budgetTotals([
      activity(1, { budget: 100, funding: 'A' }),
      activity(2, { status: 'cancelled', budget: 900, funding: 'B' }),
    ]);
    expect(budget.bySource.map((s) => s.key)).toEqual(['a']);
  });

  it('counts an idea not yet decided at its estimated budget, as any activity not cancelled', () => {
    const budget = budgetTotals([
      activity(1, { status: 'idea', budget: 700, spent: 50, funding: 'A' }),
      activity(2, { status: 'planned', budget: 300, funding: 'A' }),
    ]);
    expect([budget.planned, budget.spent, budget.bySource[0]?.planned]).toEqual([1000, 50, 1000]);
  });
});

describe('participants', () => {
  it('plans without cancelled activities and counts everyone reached', () => {
    expect(participantTotals(activities)).toEqual({ planned: 100, reached: 26, share: 0.26 });
    expect(participantTotals([]).share).toBeNull();
  });
});

describe('the progress overview', () => {
  it('gathers every figure and the activities per competence', () => {
    const overview = progressOverview(doc, TODAY);
    expect(overview.date).toBe(TODAY);
    expect(overview.progress.percent).toBe(25);
    expect(overview.overdue).toHaveLength(2);
    expect(overview.startingSoon).toHaveLength(2);
    expect(overview.budget.planned).toBe(7800);
    expect(overview.participants.reached).toBe(26);
    expect(
      overview.competences.map((c) => [c.competenceId, c.activityIds, c.progress.percent]),
    ).toEqual([
      [id(101), [a.done.id, a.lateByOne.id], (100 * 10 + 50 * 30) / 40],
      [id(102), [a.inTwoWeeks.id, a.cancelled.id], 0],
      [id(103), [], null],
    ]);
    expect(progressOverview(doc, TODAY, { startingSoonDays: 40 }).startingSoon).toHaveLength(3);
  });

  it('gives the known figures for the example plan', () => {
    const example = examplePlan();
    const overview = progressOverview(example, '2027-03-01');
    const numerator = 100 * 136 + 100 * 12 + 80 * 12 + 100 * 136 + 100 * 10 + 60 * 115;
    const rest = 25 * 6 + 30 * 30;
    const denominator = 136 + 12 + 12 + 136 + 10 + 115 + 6 + 30 + 136 + 16 + 20;
    expect(overview.progress.percent).toBeCloseTo((numerator + rest) / denominator, 10);
    expect(overview.byStatus).toEqual({
      idea: 1,
      planned: 2,
      'in-progress': 4,
      done: 4,
      cancelled: 1,
    });
    expect(overview.budget.planned).toBe(865_000);
    expect(overview.budget.spent).toBe(562_400);
    expect(overview.budget.bySource.map((s) => [s.label.da, s.planned, s.spent])).toEqual([
      ['Fælles kompetencemidler (SU)', 405_000, 314_300],
      ['Kontorets driftsbudget', 365_000, 226_100],
      ['Den Statslige Kompetencefond og kontorets driftsbudget', 95_000, 22_000],
      ['Ikke angivet', 0, 0],
    ]);
    // Nothing in the example is late on 1 March 2027, but the leadership course is by 1 May.
    expect(overview.overdue).toEqual([]);
    expect(progressOverview(example, '2027-05-01').overdue.map((o) => o.title)).toEqual([
      'Lederforløb i digital ledelse',
    ]);
  });
});
