import type { ImpactEdge, ImpactGap, ImpactMap, ImpactNode } from './types';

/**
 * Above this many activities the map shows each competence's activities as one box with their
 * number: a box per activity runs to thousands of boxes nobody reads, on the screen as in print,
 * and the list of activities names each one.
 */
export const COUNTED_ABOVE = 200;

/** The id of the box that stands for the activities no competence links to. */
export const LOOSE_ACTIVITIES_ID = 'activities-without-competence';

/** What one counting box stands for: a competence's activities, or (null) the unlinked ones. */
export interface CountedBox {
  competenceId: string | null;
  count: number;
}

/**
 * The map with the activity column replaced by one box per competence that has activities,
 * saying how many, and one for the activities linked to no competence. The boxes are linked to
 * their competence as its activities were, so a chain through a competence still reaches them;
 * a target group's direct links to activities have no box to end in and are left out.
 */
export function countedActivities(
  map: ImpactMap,
  label: (box: CountedBox) => string,
): { map: ImpactMap; boxes: ReadonlyMap<string, CountedBox> } {
  const perCompetence = new Map<string, number>();
  const linked = new Set<string>();
  for (const e of map.edges) {
    if (e.kind !== 'competence-activity') continue;
    perCompetence.set(e.from, (perCompetence.get(e.from) ?? 0) + 1);
    linked.add(e.to);
  }
  const column = map.nodes.find((n) => n.kind === 'activity')?.column ?? 3;
  const nodes = map.nodes.filter((n) => n.kind !== 'activity');
  const edges: ImpactEdge[] = map.edges.filter(
    (e) => e.kind === 'driver-competence' || e.kind === 'targetGroup-competence',
  );
  let loose = 0;
  for (const n of map.nodes) if (n.kind === 'activity' && !linked.has(n.id)) loose += 1;
  return withCountingBoxes({ nodes, edges }, column, perCompetence, loose, label);
}

/**
 * Adds to a map without activities the counting boxes: one per competence with activities, in
 * the competences' order and row, linked from its competence, and last the box for `loose`
 * activities linked to no competence. Shared by the count from a full map and the count straight
 * from the plan, so both draw the same boxes.
 */
export function withCountingBoxes(
  map: { nodes: ImpactNode[]; edges: ImpactEdge[] },
  column: number,
  perCompetence: ReadonlyMap<string, number>,
  loose: number,
  label: (box: CountedBox) => string,
): { map: ImpactMap; boxes: ReadonlyMap<string, CountedBox> } {
  const { nodes, edges } = map;
  const competences = nodes.filter((n) => n.kind === 'competence');
  const boxes = new Map<string, CountedBox>();
  const add = (id: string, row: number, box: CountedBox) => {
    boxes.set(id, box);
    const node: ImpactNode = {
      id,
      kind: 'activity',
      column,
      row,
      label: label(box),
      learningObjectives: [],
      status: null,
    };
    nodes.push(node);
  };
  for (const c of competences) {
    const count = perCompetence.get(c.id) ?? 0;
    if (count === 0) continue;
    const id = `${c.id}/activities`;
    add(id, c.row, { competenceId: c.id, count });
    edges.push({ id: `${c.id}->${id}`, kind: 'competence-activity', from: c.id, to: id });
  }
  if (loose > 0)
    add(LOOSE_ACTIVITIES_ID, Number.MAX_SAFE_INTEGER, { competenceId: null, count: loose });
  return { map: { nodes, edges }, boxes };
}

/**
 * The gaps as a counted map shows them: the activities linked to no competence as one gap, the
 * box that counts them, rather than one line per activity, which in a plan of thousands could
 * run to thousands of lines. `named` words that gap for the given number of activities.
 */
export function countedGaps(
  gaps: readonly ImpactGap[],
  named: (count: number) => Pick<ImpactGap, 'title' | 'message'>,
): ImpactGap[] {
  const rest = gaps.filter((g) => g.kind !== 'activity-without-competence');
  const loose = gaps.length - rest.length;
  if (loose === 0) return rest;
  return [
    ...rest,
    { kind: 'activity-without-competence', nodeId: LOOSE_ACTIVITIES_ID, ...named(loose) },
  ];
}
