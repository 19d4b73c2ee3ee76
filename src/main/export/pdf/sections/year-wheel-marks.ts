import type { YearWheelKind } from '../../../../shared/model/enums';
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

type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'star' | 'down' | 'ring';

/**
 * Each kind a shape of its own as well as a colour, so a black-and-white print (or a reader who
 * cannot tell the colours apart) still sees which dot is which; the legend shows the same marks.
 */
export const KIND_SHAPE: Record<YearWheelKind, Shape> = {
  'su-meeting': 'circle',
  'mus-round': 'square',
  budget: 'diamond',
  'measurement-round': 'triangle',
  'annual-evaluation': 'star',
  'fund-deadline': 'down',
  other: 'ring',
};

/** One item's mark centred on (x, y), about `r` points from the centre to its edge. */
export function kindMark(kind: YearWheelKind, x: number, y: number, r: number): CanvasElement[] {
  const color = KIND_COLOR[kind];
  const around = (corners: number, radius: number, turn: number) =>
    Array.from({ length: corners }, (_, i) => {
      const angle = turn + (2 * Math.PI * i) / corners;
      return { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) };
    });
  const shape = (points: { x: number; y: number }[]): CanvasElement[] => [
    { type: 'polyline', points, closePath: true, color, lineColor: '#ffffff', lineWidth: 0.4 },
  ];
  switch (KIND_SHAPE[kind]) {
    case 'circle':
      return [{ type: 'ellipse', x, y, r1: r, r2: r, color }];
    case 'square':
      return shape(around(4, r * 1.2, Math.PI / 4));
    case 'diamond':
      return shape(around(4, r * 1.3, 0));
    case 'triangle':
      return shape(around(3, r * 1.35, -Math.PI / 2));
    case 'down':
      return shape(around(3, r * 1.35, Math.PI / 2));
    case 'star': {
      const outer = around(5, r * 1.45, -Math.PI / 2);
      const inner = around(5, r * 0.6, -Math.PI / 2 + Math.PI / 5);
      return shape(outer.flatMap((p, i) => [p, inner[i]!]));
    }
    case 'ring':
      return [
        {
          type: 'polyline',
          points: around(16, r * 0.8, 0),
          closePath: true,
          color: '#ffffff',
          lineColor: '#3d4650',
          lineWidth: 1.3,
        },
      ];
  }
}
