import type { ImpactLayout, PlacedEdge, PlacedNode } from '../../../../shared/impact';
import type { ImpactLayoutOptions } from '../../../../shared/impact';
import type { SectionContext } from '../context';
import type { CanvasElement, Content, TextNode } from '../doc-types';
import { COLOR, contentWidth } from '../theme';
import { clampLines, measurer } from './box-text';

/** The map in points at full size; the drawing is scaled down from these when the page is short. */
const COLUMN_GAP = 26;
const PAD = 4;
const LABEL = { size: 7.5, line: 9, lines: 2 };
const OBJECTIVE = { size: 6.5, line: 8.5 };
const HEADING = { size: 8, line: 10 };

export const PDF_IMPACT_LAYOUT: ImpactLayoutOptions = {
  margin: 0,
  columnWidth: (contentWidth('landscape') - 3 * COLUMN_GAP) / 4,
  columnGap: COLUMN_GAP,
  headerHeight: 2 * HEADING.line + 4,
  nodeHeight: 2 * PAD + LABEL.lines * LABEL.line + 1,
  objectiveLineHeight: OBJECTIVE.line,
  rowGap: 5,
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
 * whole picture evenly when it is taller than the room on the page.
 */
export function impactDrawing(
  ctx: SectionContext,
  layout: ImpactLayout,
  gapIds: ReadonlySet<string>,
  scale: number,
): Content {
  const s = (n: number) => n * scale;
  const canvas: CanvasElement[] = [];
  const texts: TextNode[] = [];
  const height = s(layout.height);
  const place = (text: string, x: number, y: number, size: number, extra: Partial<TextNode> = {}) =>
    texts.push({
      text,
      fontSize: s(size),
      lineHeight: 1,
      noWrap: true,
      relativePosition: { x: s(x), y: s(y) - height },
      ...extra,
    });

  const measureBold = measurer(ctx, true);
  const measureNormal = measurer(ctx, false);
  for (const column of layout.columns) {
    clampLines(column.heading[ctx.lang], column.width, 2, (t) =>
      measureBold(t, HEADING.size),
    ).forEach((line, i) =>
      place(line, column.x, i * HEADING.line, HEADING.size, { bold: true, color: COLOR.heading }),
    );
  }
  // A target group's own link to an activity crosses the competence column; the screen shows
  // those only for a selected chain, and in print they would bury the map.
  for (const edge of layout.edges) {
    if (edge.kind !== 'targetGroup-activity') canvas.push(curve(edge, scale));
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
    const bold = node.kind === 'competence';
    const measure = bold ? measureBold : measureNormal;
    const label = cancelled ? `${node.label} (${ctx.t.impactMap.cancelled})` : node.label;
    const inner = node.width - 2 * PAD - (gap ? 8 : 0);
    clampLines(label, inner, LABEL.lines, (t) => measure(t, LABEL.size)).forEach((line, i) =>
      place(line, node.x + PAD, node.y + PAD + i * LABEL.line, LABEL.size, {
        bold,
        color: cancelled ? COLOR.muted : COLOR.text,
      }),
    );
    if (gap) {
      place('!', node.x + node.width - PAD - 4, node.y + PAD, LABEL.size, {
        bold: true,
        color: COLOR.worse,
      });
    }
    const objectivesTop = node.y + PAD + LABEL.lines * LABEL.line + 1;
    node.learningObjectives.forEach((objective, i) => {
      const [line] = clampLines(`• ${objective}`, node.width - 2 * PAD, 1, (t) =>
        measureNormal(t, OBJECTIVE.size),
      );
      place(line ?? '', node.x + PAD, objectivesTop + i * OBJECTIVE.line, OBJECTIVE.size, {
        color: COLOR.text,
      });
    });
  }
  // Centred on the page when scaled down, with empty columns either side.
  return {
    columns: [
      { width: '*', text: '' },
      { width: s(layout.width), stack: [{ canvas }, ...texts] },
      { width: '*', text: '' },
    ],
    columnGap: 0,
    unbreakable: true,
  };
}

/** The screen's S-curve from the left node to the right one, as a line of short segments. */
function curve(edge: PlacedEdge, scale: number): CanvasElement {
  const mx = (edge.x1 + edge.x2) / 2;
  const points: { x: number; y: number }[] = [];
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    // Cubic Bézier with control points (mx, y1) and (mx, y2).
    const x = u * u * u * edge.x1 + 3 * u * u * t * mx + 3 * u * t * t * mx + t * t * t * edge.x2;
    const y =
      u * u * u * edge.y1 + 3 * u * u * t * edge.y1 + 3 * u * t * t * edge.y2 + t * t * t * edge.y2;
    points.push({ x: x * scale, y: y * scale });
  }
  return { type: 'polyline', points, lineColor: EDGE, lineWidth: 0.7 * scale };
}
