import { ACTIVITY_STATUSES, type ActivityStatus } from '../../../../shared/model/enums';
import type { Activity } from '../../../../shared/model/entities';
import { parseIsoDate } from '../../format';
import type { TimelineSpan } from '../../timeline-span';
import type { CanvasElement } from '../doc-types';
import { COLOR, STATUS_COLOR } from '../theme';

/** Bottom to top: what is finished carries what is still to come. */
const STACK_ORDER: ActivityStatus[] = ['done', 'in-progress', 'planned', 'idea', 'cancelled'];

/**
 * Only these count as "in progress" in a month: an idea is not decided, and a finished or
 * cancelled activity keeps its dates but takes no one's time any longer.
 */
export const LOAD_STATUSES: readonly ActivityStatus[] = ['planned', 'in-progress'];

export interface Load {
  /** Per column, how many activities of each status run in it. */
  columns: Record<ActivityStatus, number>[];
  max: number;
}

/** How many planned and running activities fall in each column of the span, by status. */
export function timelineLoad(span: TimelineSpan, activities: readonly Activity[]): Load {
  const bounds = span.columns.map((start, i) => [
    start.getTime(),
    span.columns[i + 1]?.getTime() ?? span.end,
  ]);
  const columns = span.columns.map(
    () =>
      Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>,
  );
  for (const a of activities) {
    if (!LOAD_STATUSES.includes(a.status)) continue;
    const from = parseIsoDate(a.start ?? a.end ?? '')?.getTime();
    const to = parseIsoDate(a.end ?? a.start ?? '')?.getTime();
    if (from === undefined || to === undefined) continue;
    bounds.forEach(([start = 0, end = 0], i) => {
      if (from < end && to >= start) columns[i]![a.status] += 1;
    });
  }
  const max = Math.max(0, ...columns.map((c) => ACTIVITY_STATUSES.reduce((n, s) => n + c[s], 0)));
  return { columns, max };
}

/** Stacked bars, one per column, scaled so the busiest column fills the height. */
export function loadBars(load: Load, width: number, height: number): CanvasElement[] {
  const columnWidth = width / load.columns.length;
  const gap = Math.min(4, columnWidth * 0.25);
  const elements: CanvasElement[] = [
    {
      type: 'line',
      x1: 0,
      y1: height,
      x2: width,
      y2: height,
      lineWidth: 0.6,
      lineColor: COLOR.rule,
    },
  ];
  if (load.max === 0) return elements;
  load.columns.forEach((counts, i) => {
    let top = height;
    for (const status of STACK_ORDER) {
      const h = (counts[status] / load.max) * height;
      if (h <= 0) continue;
      top -= h;
      elements.push({
        type: 'rect',
        x: i * columnWidth + gap / 2,
        y: top,
        w: columnWidth - gap,
        h,
        color: STATUS_COLOR[status],
      });
    }
  });
  return elements;
}
