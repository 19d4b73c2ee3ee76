import { describe, expect, it } from 'vitest';
import { calendarMonth, mondayIndex, moveInCalendar } from '../../../src/shared/dates/calendar';

describe('the date picker month', () => {
  it('lays a month out in whole weeks from Monday', () => {
    // December 2027 begins on a Wednesday and ends on a Friday.
    const december = calendarMonth(2027, 12);
    expect(december.weeks).toHaveLength(5);
    expect(december.weeks[0]).toEqual([
      '2027-11-29',
      '2027-11-30',
      '2027-12-01',
      '2027-12-02',
      '2027-12-03',
      '2027-12-04',
      '2027-12-05',
    ]);
    expect(december.weeks.at(-1)?.at(-1)).toBe('2028-01-02');
    // February 2027 begins on a Monday and fills exactly four weeks.
    expect(calendarMonth(2027, 2).weeks).toHaveLength(4);
  });

  it('moves by day, week, week end and month as the keys say', () => {
    expect(mondayIndex('2027-12-31')).toBe(4);
    expect(moveInCalendar('2027-12-31', 'ArrowRight')).toBe('2028-01-01');
    expect(moveInCalendar('2027-12-31', 'ArrowUp')).toBe('2027-12-24');
    expect(moveInCalendar('2027-12-31', 'Home')).toBe('2027-12-27');
    expect(moveInCalendar('2027-12-31', 'End')).toBe('2028-01-02');
    expect(moveInCalendar('2028-01-31', 'PageDown')).toBe('2028-02-29');
    expect(moveInCalendar('2028-01-31', 'PageUp', true)).toBe('2027-01-31');
    expect(moveInCalendar('2028-01-31', 'a')).toBeNull();
  });
});
