import type { YearWheelKind } from '../../../../shared/model/enums';
import { markCorners, YEAR_WHEEL_KIND_SHAPES } from '../../../../shared/year-wheel';
import type { CanvasElement } from '../doc-types';

/** Colours that stay apart in grey print: the committee's own work dark, the calendar lighter. */
export const KIND_COLOR: Record<YearWheelKind, string> = {
  'su-meeting': '#0059b3',
  'mus-round': '#2f7d4f',
  budget: '#b07d00',
  'measurement-round': '#7ea6d8',
  'annual-evaluation': '#0b3a66',
  'fund-deadline': '#c0604f',
  other: '#aab4bf',
};

/**
 * One item's mark centred on (x, y), about `r` points from the centre to its edge: its kind's
 * shape (shared with the screen) in its kind's colour; the legend shows the same marks.
 */
export function kindMark(kind: YearWheelKind, x: number, y: number, r: number): CanvasElement[] {
  const color = KIND_COLOR[kind];
  const shape = YEAR_WHEEL_KIND_SHAPES[kind];
  const corners = markCorners(shape, x, y, r);
  if (corners) {
    return [
      {
        type: 'polyline',
        points: corners,
        closePath: true,
        color,
        lineColor: '#ffffff',
        lineWidth: 0.4,
      },
    ];
  }
  if (shape === 'circle') return [{ type: 'ellipse', x, y, r1: r, r2: r, color }];
  // A ring: the one kind drawn hollow, as a many-sided outline (the canvas' ellipse has no stroke).
  const ring = Array.from({ length: 16 }, (_, i) => ({
    x: x + r * 0.8 * Math.cos((2 * Math.PI * i) / 16),
    y: y + r * 0.8 * Math.sin((2 * Math.PI * i) / 16),
  }));
  return [
    {
      type: 'polyline',
      points: ring,
      closePath: true,
      color: '#ffffff',
      lineColor: '#3d4650',
      lineWidth: 1.3,
    },
  ];
}
