import type { Activity } from '../../../../shared/model/entities';
import { spanPosition, type TimelineSpan } from '../../timeline-span';
import type { CanvasElement } from '../doc-types';
import { COLOR } from '../theme';
import { STATUS_LOOK, statusBar } from './status-pattern';

/** Each activity's row on the timeline: a small drawing as tall as one line of its title. */
const ROW_HEIGHT = 12;
const BAR_HEIGHT = 8;

export interface Bar {
  elements: CanvasElement[] | null;
  clipped: boolean;
}

/**
 * One activity's bar across a span `width` points wide, drawn in its status's pattern, with
 * arrows where it runs past it.
 */
export function activityBar(span: TimelineSpan, a: Activity, width: number): Bar {
  if (!a.start && !a.end) return { elements: null, clipped: false };
  const from = a.start ? spanPosition(span, a.start, 'start') : null;
  const to = a.end ? spanPosition(span, a.end, 'end') : null;
  const color = STATUS_LOOK[a.status].ink;
  const elements: CanvasElement[] = track(span, width);
  const mid = ROW_HEIGHT / 2;
  if (from === null || to === null) {
    // Only one date: a short marker where it falls.
    const at = Math.min(Math.max((from ?? to ?? 0) * width, 0), width - 4);
    elements.push(...statusBar(a.status, at, mid - BAR_HEIGHT / 2, 4, BAR_HEIGHT));
    return { elements, clipped: false };
  }
  const clipStart = from < 0;
  const clipEnd = to > 1;
  const x0 = Math.max(from, 0) * width;
  const x1 = Math.min(to, 1) * width;
  if (x1 <= 0 || x0 >= width) {
    // Wholly outside the span: an arrow at the side it lies on.
    elements.push(arrow(x1 <= 0 ? 0 : width, x1 <= 0 ? -1 : 1, color));
    return { elements, clipped: true };
  }
  elements.push(...statusBar(a.status, x0, mid - BAR_HEIGHT / 2, Math.max(x1 - x0, 2), BAR_HEIGHT));
  if (clipStart) elements.push(arrow(0, -1, color));
  if (clipEnd) elements.push(arrow(width, 1, color));
  return { elements, clipped: clipStart || clipEnd };
}

/**
 * A faint line with a tick at every column, so a bar can be read against the months. The ticks
 * are one thick dashed line (dash = tick width, gap = column width): one drawing operation
 * instead of one per month, which matters at thousands of rows.
 */
function track(span: TimelineSpan, width: number): CanvasElement[] {
  const mid = ROW_HEIGHT / 2;
  const column = width / span.columns.length;
  return [
    {
      type: 'line',
      x1: 0,
      y1: mid,
      x2: width,
      y2: mid,
      lineWidth: 0.6,
      lineColor: COLOR.track,
    },
    {
      type: 'line',
      x1: -0.25,
      y1: mid,
      x2: width + 0.5,
      y2: mid,
      lineWidth: 6,
      lineColor: COLOR.rule,
      dash: { length: 0.5, space: column - 0.5 },
    },
  ];
}

function arrow(x: number, direction: -1 | 1, color: string): CanvasElement {
  const mid = ROW_HEIGHT / 2;
  const tip = x;
  const base = x - direction * 5;
  return {
    type: 'polyline',
    points: [
      { x: base, y: mid - 4.5 },
      { x: tip, y: mid },
      { x: base, y: mid + 4.5 },
    ],
    closePath: true,
    color,
  };
}
