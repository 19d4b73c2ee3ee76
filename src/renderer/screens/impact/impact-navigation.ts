import type { PlacedNode } from '../../../shared/impact';

export type MapKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export const MAP_KEYS: readonly string[] = [
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
] satisfies MapKey[];

const middle = (n: PlacedNode) => n.y + n.height / 2;

interface Columns {
  byId: Map<string, PlacedNode>;
  /** Each column's nodes from the top; empty columns as empty lists. */
  columns: PlacedNode[][];
  /** Each node's place in its column. */
  rowOf: Map<string, number>;
}

/** The map's columns, sorted once per layout rather than at every key. */
const columnsOfLayout = new WeakMap<readonly PlacedNode[], Columns>();

function columnsOf(nodes: readonly PlacedNode[]): Columns {
  const known = columnsOfLayout.get(nodes);
  if (known) return known;
  const count = nodes.reduce((most, n) => Math.max(most, n.column + 1), 0);
  const columns: PlacedNode[][] = Array.from({ length: count }, () => []);
  for (const n of nodes) columns[n.column]?.push(n);
  for (const column of columns) column.sort((a, b) => a.row - b.row);
  const rowOf = new Map<string, number>();
  for (const column of columns) column.forEach((n, i) => rowOf.set(n.id, i));
  const made = { byId: new Map(nodes.map((n) => [n.id, n])), columns, rowOf };
  columnsOfLayout.set(nodes, made);
  return made;
}

/**
 * The node a key leads to from `currentId`: up and down within the column, Home and End to its
 * ends, left and right to the nearest node (by height on the map) in the next column that has
 * any. Null when there is nowhere to go.
 */
export function neighbour(
  nodes: readonly PlacedNode[],
  currentId: string,
  key: MapKey,
): string | null {
  const { byId, columns, rowOf } = columnsOf(nodes);
  const current = byId.get(currentId);
  if (!current) return nodes[0]?.id ?? null;
  const own = columns[current.column] ?? [];
  const at = rowOf.get(current.id) ?? 0;
  switch (key) {
    case 'ArrowUp':
      return own[at - 1]?.id ?? null;
    case 'ArrowDown':
      return own[at + 1]?.id ?? null;
    case 'Home':
      return own[0]?.id ?? null;
    case 'End':
      return own[own.length - 1]?.id ?? null;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let c = current.column + step; c >= 0 && c < columns.length; c += step) {
        const candidates = columns[c] ?? [];
        if (candidates.length === 0) continue;
        const y = middle(current);
        return candidates.reduce((best, n) =>
          Math.abs(middle(n) - y) < Math.abs(middle(best) - y) ? n : best,
        ).id;
      }
      return null;
    }
  }
}
