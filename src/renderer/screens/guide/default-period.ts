const iso = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Twelve whole months from the first of next month: a committee plans from its next meeting, not
 * from today. "Next month" is the reader's own calendar month; the dates are calendar dates.
 */
export function defaultPeriod(today: Date): { start: string; end: string } {
  const year = today.getFullYear();
  const month = today.getMonth();
  return {
    start: iso(new Date(Date.UTC(year, month + 1, 1))),
    // Day 0 of a month is the last day of the month before it.
    end: iso(new Date(Date.UTC(year, month + 13, 0))),
  };
}
