import type { ImpactLayout, PlacedEdge } from '../../../../shared/impact';

export interface Point {
  x: number;
  y: number;
}

/** Keeps a line this far from a box it passes, in layout units. */
const CLEARANCE = 1.5;
/** Lines that pass under a column's last box run this far apart. */
const OPEN_SPACING = 2.5;

/**
 * The points of each link's line, in layout units. A link between neighbouring columns is the
 * screen's S-curve, which stays in the space between the columns. A link that skips a column (a
 * driver's to a competence, past the target groups) would cut through that column's boxes, so it
 * bends into the space between two boxes (or under the last one), crosses there, and bends out
 * again; lines that share a space are spread across it.
 */
export function routeEdges(layout: ImpactLayout, edges: readonly PlacedEdge[]): Point[][] {
  const columnOf = new Map(layout.nodes.map((n) => [n.id, n.column]));
  const routes: (Point[] | null)[] = edges.map((edge) => {
    const from = columnOf.get(edge.from) ?? 0;
    const to = columnOf.get(edge.to) ?? 0;
    return to - from === 1 ? curve(edge.x1, edge.y1, edge.x2, edge.y2) : null;
  });
  // Links that skip a column, by the column they cross and the space they cross it in.
  const crossings = new Map<string, { index: number; ideal: number; space: Space }[]>();
  edges.forEach((edge, index) => {
    if (routes[index]) return;
    const from = columnOf.get(edge.from) ?? 0;
    const crossed = layout.columns[from + 1];
    const boxes = layout.nodes.filter((n) => n.column === from + 1).sort((a, b) => a.y - b.y);
    if (!crossed || boxes.length === 0) {
      routes[index] = curve(edge.x1, edge.y1, edge.x2, edge.y2);
      return;
    }
    const ideal = (edge.y1 + edge.y2) / 2;
    const space = nearestSpace(spacesBetween(boxes), ideal);
    const key = `${String(from + 1)}:${String(space.top)}`;
    crossings.set(key, [...(crossings.get(key) ?? []), { index, ideal, space }]);
  });
  for (const group of crossings.values()) {
    group.sort((a, b) => a.ideal - b.ideal || a.index - b.index);
    group.forEach(({ index, space }, k) => {
      const edge = edges[index]!;
      const y =
        space.bottom === Infinity
          ? space.top + CLEARANCE + k * OPEN_SPACING
          : space.top + ((k + 1) * (space.bottom - space.top)) / (group.length + 1);
      const column = layout.columns[(columnOf.get(edge.from) ?? 0) + 1]!;
      routes[index] = [
        ...curve(edge.x1, edge.y1, column.x, y),
        ...curve(column.x + column.width, y, edge.x2, edge.y2),
      ];
    });
  }
  return routes.map((r) => r ?? []);
}

interface Space {
  top: number;
  bottom: number;
}

/** The free bands across a column: between each two boxes, and under the last. */
function spacesBetween(boxes: readonly { y: number; height: number }[]): Space[] {
  const spaces: Space[] = [];
  for (let i = 0; i + 1 < boxes.length; i++) {
    const top = boxes[i]!.y + boxes[i]!.height;
    const bottom = boxes[i + 1]!.y;
    if (bottom - top > 2 * CLEARANCE) spaces.push({ top, bottom });
  }
  const last = boxes[boxes.length - 1]!;
  spaces.push({ top: last.y + last.height, bottom: Infinity });
  return spaces;
}

function nearestSpace(spaces: readonly Space[], y: number): Space {
  const distance = (s: Space) => (y < s.top ? s.top - y : y > s.bottom ? y - s.bottom : 0);
  return spaces.reduce((best, s) => (distance(s) < distance(best) ? s : best));
}

/** The screen's S-curve from one point to another, as short segments. */
function curve(x1: number, y1: number, x2: number, y2: number): Point[] {
  const mx = (x1 + x2) / 2;
  const points: Point[] = [];
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    // Cubic Bézier with control points (mx, y1) and (mx, y2).
    const x = u * u * u * x1 + 3 * u * u * t * mx + 3 * u * t * t * mx + t * t * t * x2;
    const y = u * u * u * y1 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y2;
    points.push({ x, y });
  }
  return points;
}
