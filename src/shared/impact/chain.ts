import type { ImpactChain, ImpactMap } from './types';

function reach(start: string, next: Map<string, string[]>): Set<string> {
  const found = new Set<string>();
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const n of next.get(id) ?? []) {
      if (!found.has(n)) {
        found.add(n);
        queue.push(n);
      }
    }
  }
  return found;
}

/**
 * The chain to highlight when a node is selected: every node on a path through it (following the
 * edges back to the drivers and forward to the activities), and then the why and the who of each
 * competence on the chain. The last step matters for a driver or a target group: no edge leads
 * from a driver to the target groups, yet "who is this for" is part of a driver's chain. Other
 * nodes of the selected node's own kind are never added that way, so selecting one driver does
 * not light up every other driver that shares a competence with it.
 *
 * Returns null when the node is not on the map.
 */
export function impactChain(map: ImpactMap, nodeId: string): ImpactChain | null {
  const selected = map.nodes.find((n) => n.id === nodeId);
  if (!selected) return null;

  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const e of map.edges) {
    forward.set(e.from, [...(forward.get(e.from) ?? []), e.to]);
    backward.set(e.to, [...(backward.get(e.to) ?? []), e.from]);
  }

  const inChain = new Set([nodeId, ...reach(nodeId, forward), ...reach(nodeId, backward)]);
  const kindOf = new Map(map.nodes.map((n) => [n.id, n.kind]));
  for (const id of [...inChain]) {
    if (kindOf.get(id) !== 'competence') continue;
    for (const context of backward.get(id) ?? []) {
      if (kindOf.get(context) !== selected.kind) inChain.add(context);
    }
  }

  const ordered = map.nodes.filter((n) => inChain.has(n.id));
  return {
    nodeId,
    nodeIds: ordered.map((n) => n.id),
    upstreamIds: ordered.filter((n) => n.column < selected.column).map((n) => n.id),
    downstreamIds: ordered.filter((n) => n.column > selected.column).map((n) => n.id),
    edgeIds: map.edges.filter((e) => inChain.has(e.from) && inChain.has(e.to)).map((e) => e.id),
  };
}
