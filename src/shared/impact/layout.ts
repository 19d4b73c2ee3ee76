import type { LocalizedText } from '../i18n/localized';
import {
  IMPACT_LAYERS,
  type ImpactEdge,
  type ImpactLayer,
  type ImpactMap,
  type ImpactNode,
} from './types';

export interface ImpactLayoutOptions {
  margin: number;
  columnWidth: number;
  columnGap: number;
  /** Room above the first row for the column heading. */
  headerHeight: number;
  nodeHeight: number;
  /** Extra height per learning objective on a competence node. */
  objectiveLineHeight: number;
  rowGap: number;
}

export const DEFAULT_IMPACT_LAYOUT: Readonly<ImpactLayoutOptions> = {
  margin: 24,
  columnWidth: 220,
  columnGap: 80,
  headerHeight: 40,
  nodeHeight: 48,
  objectiveLineHeight: 18,
  rowGap: 16,
};

export const IMPACT_COLUMN_HEADINGS: Record<ImpactLayer, LocalizedText> = {
  driver: { da: 'Hvorfor: baggrunde', en: 'Why: drivers' },
  targetGroup: { da: 'Hvem: målgrupper', en: 'Who: target groups' },
  competence: { da: 'Hvordan: kompetencer og læringsmål', en: 'How: competences and objectives' },
  activity: { da: 'Hvad: indsatser', en: 'What: activities' },
};

export interface PlacedNode extends ImpactNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge extends ImpactEdge {
  /** From the middle of the left node's right side … */
  x1: number;
  y1: number;
  /** … to the middle of the right node's left side. */
  x2: number;
  y2: number;
}

export interface ImpactLayout {
  width: number;
  height: number;
  columns: { kind: ImpactLayer; x: number; width: number; heading: LocalizedText }[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/**
 * A plain layered layout: one column per layer, nodes stacked in the plan's order, a competence
 * node as tall as its learning objectives need. The same numbers in → the same SVG out, so the
 * screen and the PDF draw the same picture. Text wrapping is the drawer's business; heights here
 * allow one line per objective, unless the drawer, which knows how its text wraps, says how tall
 * each box must be (`heightOf`).
 */
export function layoutImpactMap(
  map: ImpactMap,
  options: Partial<ImpactLayoutOptions> = {},
  heightOf?: (node: ImpactNode) => number,
): ImpactLayout {
  const o = { ...DEFAULT_IMPACT_LAYOUT, ...options };
  const columnX = (column: number) => o.margin + column * (o.columnWidth + o.columnGap);
  const nextY = IMPACT_LAYERS.map(() => o.margin + o.headerHeight);

  const nodes: PlacedNode[] = [...map.nodes]
    .sort((a, b) => a.column - b.column || a.row - b.row)
    .map((n) => {
      const height =
        heightOf?.(n) ?? o.nodeHeight + n.learningObjectives.length * o.objectiveLineHeight;
      const y = nextY[n.column] ?? 0;
      nextY[n.column] = y + height + o.rowGap;
      // Spelt out: spreading `n` and adding to it takes V8's slow path, which a plan of
      // thousands of activities feels; the type checker still holds the literal to every field.
      return {
        id: n.id,
        kind: n.kind,
        column: n.column,
        row: n.row,
        label: n.label,
        learningObjectives: n.learningObjectives,
        status: n.status,
        x: columnX(n.column),
        y,
        width: o.columnWidth,
        height,
      };
    });

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: PlacedEdge[] = [];
  for (const e of map.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) continue;
    edges.push({
      id: e.id,
      kind: e.kind,
      from: e.from,
      to: e.to,
      x1: from.x + from.width,
      y1: from.y + from.height / 2,
      x2: to.x,
      y2: to.y + to.height / 2,
    });
  }

  const tallest = Math.max(...nextY.map((y) => y - o.rowGap), o.margin + o.headerHeight);
  return {
    width: columnX(IMPACT_LAYERS.length - 1) + o.columnWidth + o.margin,
    height: tallest + o.margin,
    columns: IMPACT_LAYERS.map((kind, column) => ({
      kind,
      x: columnX(column),
      width: o.columnWidth,
      heading: IMPACT_COLUMN_HEADINGS[kind],
    })),
    nodes,
    edges,
  };
}
