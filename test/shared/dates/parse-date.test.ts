import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/shared/dates/parse-date';

const iso = (text: string) => {
  const parsed = parseDate(text);
  return parsed.ok ? parsed.iso : parsed.reason;
};

describe('parseDate', () => {
  it('reads the forms a Danish user types, day before month', () => {
    expect(iso('31.12.2027')).toBe('2027-12-31');
    expect(iso('31-12-2027')).toBe('2027-12-31');
    expect(iso('31/12/27')).toBe('2027-12-31');
    expect(iso('5.6.2027')).toBe('2027-06-05');
    expect(iso(' 05 / 06 / 2027 ')).toBe('2027-06-05');
    expect(iso('1.2.26')).toBe('2026-02-01');
  });

  it('reads ISO dates, year first', () => {
    expect(iso('2027-12-31')).toBe('2027-12-31');
    expect(iso('2027-1-5')).toBe('2027-01-05');
  });

  it('reads the dates Omstil shows, in Danish and in English', () => {
    expect(iso('31. dec. 2027')).toBe('2027-12-31');
    expect(iso('6. december 2026')).toBe('2026-12-06');
    expect(iso('1. maj 2027')).toBe('2027-05-01');
    expect(iso('17. okt. 2026')).toBe('2026-10-17');
    expect(iso('31 Dec 2027')).toBe('2027-12-31');
    expect(iso('1 May 2027')).toBe('2027-05-01');
    expect(iso('Dec 31, 2027')).toBe('2027-12-31');
    expect(iso('3 Sept 2027')).toBe('2027-09-03');
  });

  it('tells a day that does not exist from a text that is no date', () => {
    expect(iso('31.02.2027')).toBe('day');
    expect(iso('29.02.2027')).toBe('day');
    expect(iso('29.02.2028')).toBe('2028-02-29');
    expect(iso('13.13.2027')).toBe('day');
    expect(iso('0.1.2027')).toBe('day');
    expect(iso('')).toBe('form');
    expect(iso('31.12')).toBe('form');
    expect(iso('næste uge')).toBe('form');
    expect(iso('31. de 2027')).toBe('form');
    expect(iso('31.12.202')).toBe('form');
    expect(iso('2027/12/31')).toBe('form');
  });
});
