import { describe, expect, it } from 'vitest';
import { dateCellDay, parseDanishDate } from '../../../src/shared/excel-import/danish-date';

const day = (text: string, side: 'start' | 'end' = 'start') => {
  const parsed = parseDanishDate(text, side);
  return parsed.ok ? parsed.date : null;
};

describe('dates as a committee writes them', () => {
  it('reads a Danish day with dots, dashes or slashes, and ISO', () => {
    expect(day('31.12.2027')).toBe('2027-12-31');
    expect(day('31-12-2027')).toBe('2027-12-31');
    expect(day('1/2/27')).toBe('2027-02-01');
    expect(day(' 5. 3. 2027 ')).toBe('2027-03-05');
    expect(day('2027-12-31')).toBe('2027-12-31');
    expect(day('1. januar 2027')).toBe('2027-01-01');
  });

  it('reads a month as its first day for a start and its last day for an end', () => {
    expect(day('dec. 2027', 'start')).toBe('2027-12-01');
    expect(day('dec. 2027', 'end')).toBe('2027-12-31');
    expect(day('December 2027', 'end')).toBe('2027-12-31');
    expect(day('feb 2028', 'end')).toBe('2028-02-29');
    expect(day('maj 27', 'start')).toBe('2027-05-01');
    expect(day('2027-06', 'end')).toBe('2027-06-30');
    expect(day('9/2027', 'start')).toBe('2027-09-01');
  });

  it('refuses a day that is not in the calendar, and text that is no date', () => {
    for (const text of ['31.06.2027', '29.02.2027', '2027-13-01', 'snart', 'foo 2027', '', '12']) {
      expect(day(text), text).toBeNull();
    }
  });

  it('reads a date cell as the day it shows, float noise and all', () => {
    expect(dateCellDay(new Date(Date.UTC(2027, 11, 31)))).toBe('2027-12-31');
    expect(dateCellDay(new Date(Date.UTC(2027, 11, 30, 23, 59, 59, 999)))).toBe('2027-12-31');
    expect(dateCellDay(new Date(Number.NaN))).toBeNull();
  });
});
