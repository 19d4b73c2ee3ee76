import type { ImpactLayout, PlacedNode } from '../../../../shared/impact';
import type { ImpactLayoutOptions } from '../../../../shared/impact';
import type { SectionContext } from '../context';
import type { CanvasElement, Content, TextNode } from '../doc-types';
import { COLOR, contentWidth } from '../theme';
import { clampLines, measurer } from './box-text';
import { BOX, type BoxText } from './impact-box';
import { routeEdges } from './impact-route';

/** The map in points at full size; the drawing is scaled down from these when the page is short. */
const COLUMN_GAP = 26;
const HEADING = { size: 8, line: 10 };

export const PDF_IMPACT_LAYOUT: ImpactLayoutOptions = {
  margin: 0,
  columnWidth: (contentWidth('landscape') - 3 * COLUMN_GAP) / 4,
  columnGap: COLUMN_GAP,
  headerHeight: 2 * HEADING.line + 4,
  nodeHeight: 2 * BOX.pad + BOX.label.lines * BOX.label.line + 1,
  objectiveLineHeight: BOX.objective.line,
  // Room between boxes for the lines that pass between them.
  rowGap: 8,
};

const FILL: Record<PlacedNode['kind'], string> = {
  driver: COLOR.panel,
  targetGroup: '#ffffff',
  competence: '#eef3fa',
  activity: '#ffffff',
};
const EDGE = '#8c99a6';
const CANCELLED_FILL = '#f4f4f4';

/**
 * The impact map as vector graphics: boxes and links in one canvas, then each line of text
 * placed over it. Text stays text (searchable, in the document's font); `scale` shrinks the
 * whole picture evenly when it is taller than the room on the page. `texts` holds each box's
 * lines, as `boxText` broke them when the layout was made.
 */
export function impactDrawing(
  ctx: SectionContext,
  layout: ImpactLayout,
  gapIds: ReadonlySet<string>,
  scale: number,
  texts: ReadonlyMap<string, BoxText>,
): Content {
  const s = (n: number) => n * scale;
  const canvas: CanvasElement[] = [];
  const placed: { text: string; x: number; y: number; size: number; extra: Partial<TextNode> }[] =
    [];
  const place = (text: string, x: number, y: number, size: number, extra: Partial<TextNode> = {}) =>
    placed.push({ text, x, y, size, extra });

  const measureBold = measurer(ctx, true);
  for (const column of layout.columns) {
    clampLines(column.heading[ctx.lang], column.width, 2, (t) =>
      measureBold(t, HEADING.size),
    ).forEach((line, i) =>
      place(line, column.x, i * HEADING.line, HEADING.size, { bold: true, color: COLOR.heading }),
    );
  }
  // A target group's own link to an activity crosses the competence column; the screen shows
  // those only for a selected chain, and in print they would bury the map.
  const edges = layout.edges.filter((e) => e.kind !== 'targetGroup-activity');
  for (const points of routeEdges(layout, edges)) {
    canvas.push({
      type: 'polyline',
      points: points.map((p) => ({ x: s(p.x), y: s(p.y) })),
      lineColor: EDGE,
      lineWidth: 0.7 * scale,
    });
  }
  for (const node of layout.nodes) {
    const gap = gapIds.has(node.id);
    const cancelled = node.status === 'cancelled';
    canvas.push({
      type: 'rect',
      x: s(node.x),
      y: s(node.y),
      w: s(node.width),
      h: s(node.height),
      r: s(3),
      color: cancelled ? CANCELLED_FILL : FILL[node.kind],
      lineColor: gap ? COLOR.worse : EDGE,
      lineWidth: s(gap ? 1.2 : 0.6),
      ...(gap ? { dash: { length: s(3), space: s(2) } } : {}),
    });
    const text = texts.get(node.id);
    if (!text) continue;
    const bold = node.kind === 'competence';
    text.label.forEach((line, i) =>
      place(line, node.x + BOX.pad, node.y + BOX.pad + i * BOX.label.line, BOX.label.size, {
        bold,
        color: cancelled ? COLOR.muted : COLOR.text,
      }),
    );
    if (gap) {
      place('!', node.x + node.width - BOX.pad - 4, node.y + BOX.pad, BOX.label.size, {
        bold: true,
        color: COLOR.worse,
      });
    }
    const labelLines = Math.max(text.label.length, BOX.label.lines);
    let y = node.y + BOX.pad + labelLines * BOX.label.line + 1;
    for (const objective of text.objectives) {
      objective.forEach((line, i) => {
        place(line, node.x + BOX.pad + (i === 0 ? 0 : text.indent), y, BOX.objective.size, {
          color: COLOR.text,
        });
        y += BOX.objective.line;
      });
    }
  }
  // Text is placed from the foot of the canvas, whose height is its lowest point: a line that
  // passes under the last box of a column may reach below the boxes.
  const height = Math.max(0, ...canvas.map(bottomOf));
  const labels: TextNode[] = placed.map(({ text, x, y, size, extra }) => ({
    text,
    fontSize: s(size),
    lineHeight: 1,
    noWrap: true,
    relativePosition: { x: s(x), y: s(y) - height },
    ...extra,
  }));
  // Centred on the page when scaled down, with empty columns either side.
  return {
    columns: [
      { width: '*', text: '' },
      { width: s(layout.width), stack: [{ canvas }, ...labels] },
      { width: '*', text: '' },
    ],
    columnGap: 0,
    unbreakable: true,
  };
}

function bottomOf(element: CanvasElement): number {
  switch (element.type) {
    case 'rect':
      return element.y + element.h;
    case 'line':
      return Math.max(element.y1, element.y2);
    case 'polyline':
      return Math.max(...element.points.map((p) => p.y));
    case 'ellipse':
      return element.y + (element.r2 ?? element.r1);
  }
}
