import type { ActivityStatus } from '../../../../shared/model/enums';
import type { CanvasElement } from '../doc-types';

/**
 * How a bar of each status is drawn: a fill, an outline, and a pattern of its own, so that a
 * black-and-white print tells the statuses apart without their colours (the screen's timeline
 * uses the same marks). Patterns are dashed lines, one drawing operation each, since pdfmake's
 * canvas has no fill patterns and a plan may have hundreds of bars.
 */
interface StatusLook {
  fill: string;
  outline: string;
  /** The outline dashed: a status that is not (or no longer) happening. */
  dashed: boolean;
  pattern: 'none' | 'dots' | 'stripes' | 'strike';
  /** The pattern's colour, and the colour of an arrow that stands for the bar. */
  ink: string;
}

export const STATUS_LOOK: Record<ActivityStatus, StatusLook> = {
  idea: { fill: '#ffffff', outline: '#5b6570', dashed: true, pattern: 'none', ink: '#5b6570' },
  planned: { fill: '#e3ecf7', outline: '#4f6f94', dashed: false, pattern: 'dots', ink: '#2d4f7a' },
  'in-progress': {
    fill: '#cfe0f3',
    outline: '#0059b3',
    dashed: false,
    pattern: 'stripes',
    ink: '#0059b3',
  },
  done: { fill: '#2f7d4f', outline: '#1d5a2a', dashed: false, pattern: 'none', ink: '#1d5a2a' },
  cancelled: {
    fill: '#f6e8e8',
    outline: '#a33a3a',
    dashed: true,
    pattern: 'strike',
    ink: '#a33a3a',
  },
};

/** A bar of `status` filling the box at (x, y), `w` by `h` points. */
export function statusBar(
  status: ActivityStatus,
  x: number,
  y: number,
  w: number,
  h: number,
): CanvasElement[] {
  const look = STATUS_LOOK[status];
  const mid = y + h / 2;
  const elements: CanvasElement[] = [{ type: 'rect', x, y, w, h, color: look.fill }];
  if (look.pattern === 'dots') {
    // Square dots along the middle: a dashed line as thick as its dashes are long.
    elements.push({
      type: 'line',
      x1: x + 1.5,
      y1: mid,
      x2: Math.max(x + 1.5, x + w - 1.5),
      y2: mid,
      lineWidth: 1.6,
      lineColor: look.ink,
      dash: { length: 1.6, space: 2 },
    });
  } else if (look.pattern === 'stripes') {
    // Upright stripes across the whole height: a dashed line as thick as the bar is tall.
    elements.push({
      type: 'line',
      x1: x,
      y1: mid,
      x2: x + w,
      y2: mid,
      lineWidth: h,
      lineColor: look.ink,
      dash: { length: 1.2, space: 1.6 },
    });
  } else if (look.pattern === 'strike') {
    elements.push({
      type: 'line',
      x1: x,
      y1: mid,
      x2: x + w,
      y2: mid,
      lineWidth: 1.2,
      lineColor: look.ink,
    });
  }
  elements.push({
    type: 'rect',
    x,
    y,
    w,
    h,
    lineColor: look.outline,
    lineWidth: 0.8,
    ...(look.dashed ? { dash: { length: 1.6, space: 1.2 } } : {}),
  });
  return elements;
}
