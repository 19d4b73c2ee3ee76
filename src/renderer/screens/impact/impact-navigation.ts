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
  const current = nodes.find((n) => n.id === currentId);
  if (!current) return nodes[0]?.id ?? null;
  const column = (c: number) => nodes.filter((n) => n.column === c).sort((a, b) => a.row - b.row);
  const own = column(current.column);
  const at = own.indexOf(current);
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
      const columns = Math.max(...nodes.map((n) => n.column)) + 1;
      for (let c = current.column + step; c >= 0 && c < columns; c += step) {
        const candidates = column(c);
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
