import type { PlanDocument } from '../model/document';
import {
  IMPACT_LAYERS,
  type ImpactEdge,
  type ImpactEdgeKind,
  type ImpactLayer,
  type ImpactMap,
  type ImpactNode,
} from './types';

type MapSource = Pick<PlanDocument, 'drivers' | 'targetGroups' | 'competences' | 'activities'>;

function nodesOf(
  kind: ImpactLayer,
  rows: readonly {
    id: string;
    label: string;
    objectives?: string[];
    status?: ImpactNode['status'];
  }[],
): ImpactNode[] {
  const column = IMPACT_LAYERS.indexOf(kind);
  return rows.map((r, row) => ({
    id: r.id,
    kind,
    column,
    row,
    label: r.label,
    learningObjectives: r.objectives ?? [],
    status: r.status ?? null,
  }));
}

/**
 * The plan as why → who → how → what. Nodes keep the plan's order in each column; edges follow
 * the plan's links in the order the plan lists them, without duplicates, and a link to an id the
 * plan does not hold is left out rather than drawn to nowhere.
 */
export function buildImpactMap(doc: MapSource): ImpactMap {
  const nodes = [
    ...nodesOf(
      'driver',
      doc.drivers.map((d) => ({ id: d.id, label: d.title })),
    ),
    ...nodesOf(
      'targetGroup',
      doc.targetGroups.map((t) => ({ id: t.id, label: t.name })),
    ),
    ...nodesOf(
      'competence',
      doc.competences.map((c) => ({ id: c.id, label: c.title, objectives: c.learningObjectives })),
    ),
    ...nodesOf(
      'activity',
      doc.activities.map((a) => ({ id: a.id, label: a.title, status: a.status })),
    ),
  ];
  const known = new Set(nodes.map((n) => n.id));
  const edges: ImpactEdge[] = [];
  const seen = new Set<string>();
  const link = (kind: ImpactEdgeKind, from: string, to: string) => {
    const id = `${from}->${to}`;
    if (seen.has(id) || !known.has(from) || !known.has(to)) return;
    seen.add(id);
    edges.push({ id, kind, from, to });
  };
  for (const c of doc.competences) {
    for (const d of c.driverIds) link('driver-competence', d, c.id);
  }
  for (const c of doc.competences) {
    for (const t of c.targetGroupIds) link('targetGroup-competence', t, c.id);
  }
  for (const a of doc.activities) {
    for (const c of a.competenceIds) link('competence-activity', c, a.id);
  }
  for (const a of doc.activities) {
    for (const t of a.targetGroupIds) link('targetGroup-activity', t, a.id);
  }
  return { nodes, edges };
}
