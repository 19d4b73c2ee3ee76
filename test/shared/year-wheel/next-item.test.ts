import { describe, expect, it } from 'vitest';
import {
  evaluationDue,
  nextYearWheelItem,
  nextYearWheelMonth,
  planYearStatus,
  type YearWheelItem,
} from '../../../src/shared/year-wheel';

const item = (month: number, kind: YearWheelItem['kind'], title: string): YearWheelItem => ({
  month,
  kind,
  title,
  activityIds: [],
  measurementIds: [],
});

const wheel = [
  item(11, 'budget', 'Budget'),
  item(3, 'mus-round', 'MUS'),
  item(6, 'annual-evaluation', 'Evaluering'),
  item(3, 'su-meeting', 'SU-møde'),
];

describe('the next item on the wheel', () => {
  it('counts the current month as still to come', () => {
    expect(nextYearWheelItem(wheel, '2027-03-20')).toEqual({
      item: wheel[1],
      month: 3,
      year: 2027,
      monthsAway: 0,
    });
    expect(nextYearWheelMonth(wheel, '2027-03-31')?.items.map((i) => i.title)).toEqual([
      'MUS',
      'SU-møde',
    ]);
  });

  it('looks ahead to the next month with items', () => {
    expect(nextYearWheelItem(wheel, '2027-04-01')).toMatchObject({
      month: 6,
      year: 2027,
      monthsAway: 2,
    });
  });

  it('goes round into the next year', () => {
    expect(nextYearWheelItem(wheel, '2027-12-05')).toMatchObject({
      month: 3,
      year: 2028,
      monthsAway: 3,
    });
  });

  it('has nothing to show for an empty wheel', () => {
    expect(nextYearWheelItem([], '2027-01-01')).toBeNull();
    expect(nextYearWheelMonth([], '2027-01-01')).toBeNull();
  });
});

describe('whether the annual evaluation is due', () => {
  const period = { periodStart: '2026-09-01', periodEnd: '2027-08-31' };

  it('is not yet due before the first evaluation month of the period', () => {
    expect(evaluationDue({ wheel, evaluations: [], today: '2026-11-27', ...period })).toEqual({
      state: 'not-yet',
      month: 6,
      year: 2027,
      months: 7,
    });
  });

  it('is due once the month is reached without an evaluation', () => {
    expect(evaluationDue({ wheel, evaluations: [], today: '2027-06-01', ...period })).toEqual({
      state: 'due',
      month: 6,
      year: 2027,
      months: 0,
    });
    expect(
      evaluationDue({ wheel, evaluations: [{ year: 2026 }], today: '2027-08-15', ...period }),
    ).toMatchObject({ state: 'due', year: 2027, months: 2 });
  });

  it('is done when there is an evaluation for that year', () => {
    expect(
      evaluationDue({ wheel, evaluations: [{ year: 2027 }], today: '2027-08-15', ...period }),
    ).toMatchObject({ state: 'done', year: 2027 });
  });

  it('stays due after the period has ended, for the period’s own evaluation month', () => {
    expect(evaluationDue({ wheel, evaluations: [], today: '2028-07-01', ...period })).toMatchObject(
      { state: 'due', year: 2027, months: 13 },
    );
  });

  it('falls back to the month the period ends when the wheel has no evaluation', () => {
    expect(
      evaluationDue({ wheel: [], evaluations: [], today: '2027-09-01', ...period }),
    ).toMatchObject({ state: 'due', month: 8, year: 2027, months: 1 });
    expect(
      evaluationDue({
        wheel: [],
        evaluations: [],
        today: '2027-09-01',
        periodStart: null,
        periodEnd: null,
      }),
    ).toBeNull();
  });

  it('is never due for a plan without a period', () => {
    expect(
      evaluationDue({
        wheel,
        evaluations: [],
        today: '2027-09-01',
        periodStart: null,
        periodEnd: null,
      }),
    ).toMatchObject({ state: 'not-yet', year: 2028, months: 9 });
  });

  it('gives the start screen both answers in one call', () => {
    const status = planYearStatus({ wheel, evaluations: [], today: '2027-06-10', ...period });
    expect(status.next?.item.title).toBe('Evaluering');
    expect(status.evaluation?.state).toBe('due');
  });
});
