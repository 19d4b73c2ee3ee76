import type { ImpactChain, ImpactLayer, ImpactMap } from './types';

interface Links {
  forward: Map<string, string[]>;
  backward: Map<string, string[]>;
  kindOf: Map<string, ImpactLayer>;
}

/** The map's edges by end, made once per map: a large plan's map has tens of thousands. */
const linksOfMap = new WeakMap<ImpactMap, Links>();

function linksOf(map: ImpactMap): Links {
  const known = linksOfMap.get(map);
  if (known) return known;
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, from: string, to: string) => {
    const list = index.get(from);
    if (list) list.push(to);
    else index.set(from, [to]);
  };
  for (const e of map.edges) {
    add(forward, e.from, e.to);
    add(backward, e.to, e.from);
  }
  const links = { forward, backward, kindOf: new Map(map.nodes.map((n) => [n.id, n.kind])) };
  linksOfMap.set(map, links);
  return links;
}

function reach(start: string, next: Map<string, string[]>): Set<string> {
  const found = new Set<string>();
  const queue = [start];
  // An index rather than shift(), which moves the whole queue along at every step.
  for (let i = 0; i < queue.length; i += 1) {
    for (const n of next.get(queue[i]!) ?? []) {
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

  const { forward, backward, kindOf } = linksOf(map);
  const inChain = new Set([nodeId, ...reach(nodeId, forward), ...reach(nodeId, backward)]);
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
