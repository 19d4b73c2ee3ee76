import type { WindowDocument } from '../../../../shared/model/document';
import { addMonths, daysBetween, yearMonthOf } from '../../../../shared/progress';

export const ZOOMS = ['quarter', 'year', 'period'] as const;
export type Zoom = (typeof ZOOMS)[number];

/** A stretch of calendar shown on the timeline: `from` inclusive, `to` exclusive, both the 1st. */
export interface TimeWindow {
  from: string;
  to: string;
}

const firstOfMonth = (iso: string) => `${iso.slice(0, 7)}-01`;

/**
 * The months the plan covers: its period when both ends are set, otherwise the span of its
 * activities' dates, otherwise the year around today, so there is always something to draw on.
 */
export function planSpan(
  doc: Pick<WindowDocument, 'plan' | 'activities'>,
  today: string,
): TimeWindow {
  const { periodStart, periodEnd } = doc.plan;
  if (periodStart && periodEnd) {
    return { from: firstOfMonth(periodStart), to: addMonths(firstOfMonth(periodEnd), 1) };
  }
  const dates = doc.activities
    .flatMap((a) => [a.start, a.end])
    .filter((d): d is string => d !== null);
  if (periodStart) dates.push(periodStart);
  if (periodEnd) dates.push(periodEnd);
  if (dates.length === 0) {
    const year = today.slice(0, 4);
    return { from: `${year}-01-01`, to: `${String(Number(year) + 1)}-01-01` };
  }
  const first = dates.reduce((a, b) => (b < a ? b : a));
  const last = dates.reduce((a, b) => (b > a ? b : a));
  return { from: firstOfMonth(first), to: addMonths(firstOfMonth(last), 1) };
}

/** Where a new view starts: today when the plan is running, else the plan's first month. */
export function initialAnchor(span: TimeWindow, today: string): string {
  return today >= span.from && today < span.to ? today : span.from;
}

/** The calendar quarter or year holding `anchor`, or the whole span. */
export function windowFor(zoom: Zoom, anchor: string, span: TimeWindow): TimeWindow {
  const { year, month } = yearMonthOf(anchor);
  if (zoom === 'period') return span;
  if (zoom === 'year') {
    return { from: `${String(year)}-01-01`, to: `${String(year + 1)}-01-01` };
  }
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const from = `${String(year)}-${String(first).padStart(2, '0')}-01`;
  return { from, to: addMonths(from, 3) };
}

/** The anchor one quarter or one year on (or back). */
export function shiftAnchor(zoom: Zoom, anchor: string, by: -1 | 1): string {
  if (zoom === 'period') return anchor;
  return addMonths(firstOfMonth(anchor), (zoom === 'year' ? 12 : 3) * by);
}

export function windowDays(window: TimeWindow): number {
  return daysBetween(window.from, window.to);
}

/** The first day of every month in the window, for the axis. */
export function monthsIn(window: TimeWindow): string[] {
  const months: string[] = [];
  for (let m = window.from; m < window.to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** Which quarter of its year a window is, 1–4. */
export function quarterOf(window: TimeWindow): number {
  return Math.floor((yearMonthOf(window.from).month - 1) / 3) + 1;
}
