import { describe, expect, it } from 'vitest';
import { DATE_ORDER_PAIRS, endsBeforeStart } from '../../../src/shared/merge/date-order';

describe('the date order a merge keeps', () => {
  it('finds an end before its start, and nothing else', () => {
    expect(endsBeforeStart('2027-09-01', '2027-06-30')).toBe(true);
    expect(endsBeforeStart('2027-06-30', '2027-09-01')).toBe(false);
    // One day is a period of its own.
    expect(endsBeforeStart('2027-06-30', '2027-06-30')).toBe(false);
  });

  it('puts nothing out of order with a date missing', () => {
    expect(endsBeforeStart(null, '2027-06-30')).toBe(false);
    expect(endsBeforeStart('2027-06-30', null)).toBe(false);
    expect(endsBeforeStart(undefined, undefined)).toBe(false);
  });

  it('names the start and end of the plan, the activities and the evaluations', () => {
    expect(DATE_ORDER_PAIRS).toEqual({
      plan: ['periodStart', 'periodEnd'],
      activity: ['start', 'end'],
      evaluation: ['periodStart', 'periodEnd'],
    });
  });
});
