import { addDays, daysBetween } from '../../../../shared/progress';
import type { Dates } from './date-moves';
import { windowDays, type TimeWindow } from './timeline-window';

export const LABEL_WIDTH = 260;
export const ROW_HEIGHT = 32;
export const BAR_HEIGHT = 18;
export const AXIS_HEIGHT = 48;
export const RIGHT_PAD = 12;
/** The shortest a bar is drawn, so a one-day activity is still something to grab. */
export const MIN_BAR = 6;

export interface Scale {
  window: TimeWindow;
  left: number;
  right: number;
  pxPerDay: number;
  /** The left edge of a day. */
  x: (iso: string) => number;
}

export function makeScale(window: TimeWindow, width: number): Scale {
  const left = LABEL_WIDTH;
  const right = Math.max(left + 120, width - RIGHT_PAD);
  const pxPerDay = (right - left) / Math.max(1, windowDays(window));
  return {
    window,
    left,
    right,
    pxPerDay,
    x: (iso) => left + daysBetween(window.from, iso) * pxPerDay,
  };
}

/**
 * Where a bar lies, end day included. An activity with only one date is drawn as a short stub
 * from that date, `open` saying which end is missing.
 */
export function barSpan(
  dates: Dates,
  scale: Scale,
): { x1: number; x2: number; open: 'start' | 'end' | null } | null {
  const stub = Math.max(scale.pxPerDay, MIN_BAR * 2);
  if (dates.start && dates.end) {
    const x1 = scale.x(dates.start);
    const x2 = Math.max(x1 + MIN_BAR, scale.x(addDays(dates.end, 1)));
    return { x1, x2, open: null };
  }
  if (dates.start) {
    const x1 = scale.x(dates.start);
    return { x1, x2: x1 + stub, open: 'end' };
  }
  if (dates.end) {
    const x2 = scale.x(addDays(dates.end, 1));
    return { x1: x2 - stub, x2, open: 'start' };
  }
  return null;
}

/** Room the details panel may take below its bar before it is better placed above it. */
const DETAILS_ROOM = 330;

/**
 * Where the details of the bar in row `index` open: just below the bar, or just above it when
 * the bar is in the lower part of a long chart, so the panel does not run off the page.
 */
export function detailsPosition(
  index: number,
  rowCount: number,
  left: number,
): { top?: number; bottom?: number; left: number } {
  const rowTop = index * ROW_HEIGHT;
  const chartHeight = rowCount * ROW_HEIGHT;
  const above = rowTop + ROW_HEIGHT + DETAILS_ROOM > chartHeight && rowTop >= DETAILS_ROOM;
  return above
    ? { bottom: chartHeight - rowTop + 4, left: Math.max(0, left) }
    : { top: rowTop + ROW_HEIGHT + 4, left: Math.max(0, left) };
}
