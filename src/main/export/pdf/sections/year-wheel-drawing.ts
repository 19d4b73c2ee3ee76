import { YEAR_WHEEL_KINDS, YEAR_WHEEL_KIND_LABELS, monthName } from '../../../../shared/year-wheel';
import type { SectionContext } from '../context';
import type { CanvasElement, Content, TextNode } from '../doc-types';
import { COLOR, SMALL_SIZE } from '../theme';
import { measurer } from './box-text';
import { kindMark } from './year-wheel-marks';

const OUTER = 82;
const INNER = 30;
const LABEL_ROOM = 18;
const SIZE = 2 * (OUTER + LABEL_ROOM);
const DOT = 3.2;
const MAX_DOTS = 8;

/**
 * The year as a wheel, the way committees draw it: twelve months clockwise from the top, starting
 * with the plan's first month, each item a mark in its kind's shape and colour; the legend beside
 * it names the kinds. The table under it says the same in words.
 */
export function yearWheelDrawing(ctx: SectionContext, first: number): Content {
  const c = OUTER + LABEL_ROOM;
  const canvas: CanvasElement[] = [];
  const texts: TextNode[] = [];
  const measure = measurer(ctx, true);
  const point = (radius: number, angle: number) => ({
    x: c + radius * Math.cos(angle),
    y: c + radius * Math.sin(angle),
  });
  for (let i = 0; i < 12; i++) {
    const month = ((first - 1 + i) % 12) + 1;
    const from = -Math.PI / 2 + (i * Math.PI) / 6;
    const to = from + Math.PI / 6;
    const mid = (from + to) / 2;
    canvas.push({
      type: 'polyline',
      points: sector(point, from, to),
      closePath: true,
      color: i % 2 === 0 ? COLOR.panel : '#ffffff',
      lineColor: COLOR.rule,
      lineWidth: 0.5,
    });
    const name = monthName(month)[ctx.lang].slice(0, 3);
    const label = name.charAt(0).toUpperCase() + name.slice(1);
    const at = point(OUTER + LABEL_ROOM / 2, mid);
    const width = measure(label, 7);
    texts.push({
      text: label,
      fontSize: 7,
      bold: true,
      color: COLOR.muted,
      noWrap: true,
      lineHeight: 1,
      relativePosition: { x: at.x - width / 2, y: at.y - 4.5 - SIZE },
    });
    const items = ctx.doc.yearItems.filter((item) => item.month === month).slice(0, MAX_DOTS);
    items.forEach((item, k) => {
      const ring = Math.floor(k / 2);
      const side = items.length - ring * 2 === 1 ? 0 : k % 2 === 0 ? -1 : 1;
      const dot = point(OUTER - 9 - ring * 9.5, mid + side * 0.11);
      canvas.push(...kindMark(item.kind, dot.x, dot.y, DOT));
    });
  }
  // The size of the drawing, so the flow below it starts under the month labels.
  canvas.push({
    type: 'line',
    x1: 0,
    y1: SIZE,
    x2: SIZE,
    y2: SIZE,
    lineColor: '#ffffff',
    lineWidth: 0.1,
  });

  return {
    columns: [
      { width: SIZE, stack: [{ canvas }, ...texts] },
      { width: '*', stack: legend(ctx), margin: [24, 40, 0, 0] },
    ],
    columnGap: 0,
    margin: [0, 0, 0, 12],
    unbreakable: true,
  };
}

function legend(ctx: SectionContext): Content[] {
  const used = YEAR_WHEEL_KINDS.filter((kind) => ctx.doc.yearItems.some((i) => i.kind === kind));
  return used.map((kind) => ({
    columns: [
      {
        width: 11,
        canvas: kindMark(kind, 5, 6, DOT),
      },
      {
        width: '*',
        text: `${YEAR_WHEEL_KIND_LABELS[kind][ctx.lang]} (${ctx.f.integer(
          ctx.doc.yearItems.filter((i) => i.kind === kind).length,
        )})`,
        fontSize: SMALL_SIZE,
      },
    ],
    columnGap: 6,
    margin: [0, 0, 0, 4],
  }));
}

/** One month's slice of the ring, as a closed outline of short segments. */
function sector(
  point: (radius: number, angle: number) => { x: number; y: number },
  from: number,
  to: number,
): { x: number; y: number }[] {
  const steps = 8;
  const outer = Array.from({ length: steps + 1 }, (_, i) =>
    point(OUTER, from + ((to - from) * i) / steps),
  );
  const inner = Array.from({ length: steps + 1 }, (_, i) =>
    point(INNER, to - ((to - from) * i) / steps),
  );
  return [...outer, ...inner];
}
