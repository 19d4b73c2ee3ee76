import { addDays } from '../../../shared/progress/dates';

/** A DATE value, `20270331`, from an ISO calendar day. */
export function dateValue(iso: string): string {
  return iso.slice(0, 10).replace(/-/g, '');
}

/** A DATE-TIME in UTC, `20261127T100000Z`. */
export function utcDateTimeValue(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

/**
 * An all-day event's DTSTART and DTEND. RFC 5545 (3.6.1) makes DTEND the first day after the
 * event, so a course on 3–5 March ends on 6 March; writing 5 March would lose its last day.
 */
export function allDayProperties(first: string, last: string): string[] {
  return [
    `DTSTART;VALUE=DATE:${dateValue(first)}`,
    `DTEND;VALUE=DATE:${dateValue(addDays(last, 1))}`,
  ];
}
