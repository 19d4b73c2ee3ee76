import type { YearWheelKind } from '../model/enums';

export type MarkShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'star' | 'down' | 'ring';

/**
 * Each kind of årshjul item a shape of its own as well as a colour, so that the wheel on screen
 * and in a black-and-white print can be read without telling colours apart.
 */
export const YEAR_WHEEL_KIND_SHAPES: Record<YearWheelKind, MarkShape> = {
  'su-meeting': 'circle',
  'mus-round': 'square',
  budget: 'diamond',
  'measurement-round': 'triangle',
  'annual-evaluation': 'star',
  'fund-deadline': 'down',
  other: 'ring',
};

/**
 * The corners of a shape's outline centred on (x, y), about `r` from the centre to its edge, so
 * the shapes look alike in size; a circle and a ring have none (they are drawn as circles).
 */
export function markCorners(
  shape: MarkShape,
  x: number,
  y: number,
  r: number,
): { x: number; y: number }[] | null {
  const around = (corners: number, radius: number, turn: number) =>
    Array.from({ length: corners }, (_, i) => {
      const angle = turn + (2 * Math.PI * i) / corners;
      return { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) };
    });
  switch (shape) {
    case 'circle':
    case 'ring':
      return null;
    case 'square':
      return around(4, r * 1.2, Math.PI / 4);
    case 'diamond':
      return around(4, r * 1.3, 0);
    case 'triangle':
      return around(3, r * 1.35, -Math.PI / 2);
    case 'down':
      return around(3, r * 1.35, Math.PI / 2);
    case 'star': {
      const outer = around(5, r * 1.45, -Math.PI / 2);
      const inner = around(5, r * 0.6, -Math.PI / 2 + Math.PI / 5);
      return outer.flatMap((p, i) => [p, inner[i]!]);
    }
  }
}
