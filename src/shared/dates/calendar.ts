import { addDays, addMonths } from '../progress/dates';
import { isoDate } from './parse-date';

/**
 * The month a date picker shows: whole weeks from Monday, as Danish and British calendars start
 * them, so the grid is the same on every machine.
 */
export interface CalendarMonth {
  year: number;
  month: number;
  /** Rows of seven ISO dates, Monday first; days of the neighbouring months fill the edges. */
  weeks: string[][];
}

export function calendarMonth(year: number, month: number): CalendarMonth {
  const first = isoDate(year, month, 1);
  const start = addDays(first, -mondayIndex(first));
  const last = addDays(addMonths(first, 1), -1);
  const weeks: string[][] = [];
  for (let day = start; day <= last; day = addDays(day, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
  }
  return { year, month, weeks };
}

/** 0 for a Monday … 6 for a Sunday. */
export function mondayIndex(iso: string): number {
  const sunday0 = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return (sunday0 + 6) % 7;
}

/** Where a key moves the picker's focus: a day, a week, a month, the week's ends. */
export function moveInCalendar(iso: string, key: string, shift = false): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(iso, -1);
    case 'ArrowRight':
      return addDays(iso, 1);
    case 'ArrowUp':
      return addDays(iso, -7);
    case 'ArrowDown':
      return addDays(iso, 7);
    case 'Home':
      return addDays(iso, -mondayIndex(iso));
    case 'End':
      return addDays(iso, 6 - mondayIndex(iso));
    case 'PageUp':
      return addMonths(iso, shift ? -12 : -1);
    case 'PageDown':
      return addMonths(iso, shift ? 12 : 1);
    default:
      return null;
  }
}
