import { IMPACT_LAYERS, type ImpactMap, type ImpactNode } from '../../../../shared/impact';

export interface PageRoom {
  /** The height a page's drawing may take, first page (under the heading) and the others. */
  first: number;
  rest: number;
  headerHeight: number;
  rowGap: number;
}

/**
 * A map too tall for one page, cut into pages a reader can follow: the competences in the plan's
 * order, as many to a page as fit, each with its drivers, target groups and activities beside it,
 * so every line on a page ends on that page. A driver or target group that serves competences on
 * several pages stands on each of them. A competence whose links alone fill more than a page is
 * repeated on the next with the rest of them. What no competence links to comes last.
 */
export function impactPages(
  map: ImpactMap,
  heightOf: (node: ImpactNode) => number,
  room: PageRoom,
): ImpactMap[] {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const linked = new Map<string, string[]>();
  const link = (competence: string, other: string) =>
    linked.set(competence, [...(linked.get(competence) ?? []), other]);
  for (const e of map.edges) {
    if (e.kind === 'driver-competence' || e.kind === 'targetGroup-competence') link(e.to, e.from);
    if (e.kind === 'competence-activity') link(e.from, e.to);
  }

  const pages: Set<string>[] = [];
  const placed = new Set<string>();
  let ids = new Set<string>();
  let used = IMPACT_LAYERS.map(() => room.headerHeight);
  const capacity = () => (pages.length === 0 ? room.first : room.rest);
  const turn = () => {
    pages.push(ids);
    ids = new Set();
    used = IMPACT_LAYERS.map(() => room.headerHeight);
  };
  /** Adds the nodes not yet on the page if they all fit, or regardless when `force`. */
  const add = (nodeIds: readonly string[], force = false): boolean => {
    const grow = IMPACT_LAYERS.map(() => 0);
    const fresh = [...new Set(nodeIds)].filter((id) => !ids.has(id));
    if (fresh.length === 0) return true;
    for (const id of fresh) {
      const node = byId.get(id);
      if (node) grow[node.column]! += heightOf(node) + room.rowGap;
    }
    const fits = used.every((u, k) => u + grow[k]! - room.rowGap <= capacity());
    if (!fits && !force) return false;
    used = used.map((u, k) => u + grow[k]!);
    for (const id of fresh) {
      ids.add(id);
      placed.add(id);
    }
    return true;
  };

  for (const competence of map.nodes.filter((n) => n.kind === 'competence')) {
    const others = (linked.get(competence.id) ?? []).filter((id) => byId.has(id));
    const whole = [competence.id, ...others];
    if (add(whole)) continue;
    if (ids.size > 0) {
      turn();
      if (add(whole)) continue;
    }
    // More links than a page holds: the competence again on each page its links run over.
    let rest = others;
    add([competence.id], true);
    while (rest.length > 0) {
      rest = rest.filter((id) => !add([id]));
      if (rest.length === 0) break;
      turn();
      add([competence.id], true);
      if (!add([rest[0]!])) add([rest[0]!], true);
    }
  }
  for (const node of map.nodes) {
    if (placed.has(node.id)) continue;
    if (!add([node.id])) {
      if (ids.size > 0) turn();
      add([node.id], true);
    }
  }
  if (ids.size > 0) turn();

  return pages.map((page) => ({
    nodes: map.nodes.filter((n) => page.has(n.id)),
    edges: map.edges.filter((e) => page.has(e.from) && page.has(e.to)),
  }));
}
