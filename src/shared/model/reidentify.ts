import type { PlanDocument } from './document';

/**
 * A frozen JSON value (a snapshot, an evaluation's figures) with the ids it names replaced: every
 * `…Id` text and every `…Ids` list, which is how those structures name entities.
 */
function mapIdsDeep<T>(value: T, map: (id: string) => string): T {
  if (Array.isArray(value)) return value.map((v: unknown) => mapIdsDeep(v, map)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key.endsWith('Id') && typeof v === 'string') out[key] = map(v);
    else if (key.endsWith('Ids') && Array.isArray(v))
      out[key] = v.map((x: unknown) => (typeof x === 'string' ? map(x) : x));
    else out[key] = mapIdsDeep(v, map);
  }
  return out as T;
}

/**
 * A copy of `doc` with every id replaced and every row stamped `now`. Used when a plan is made
 * from a template (the example plan): two plans made from it must not look like copies of one
 * plan to the merge, which matches plans by id.
 */
export function reidentify(doc: PlanDocument, newId: () => string, now: string): PlanDocument {
  const ids = new Map<string, string>();
  const map = (id: string) => {
    let next = ids.get(id);
    if (!next) {
      next = newId();
      ids.set(id, next);
    }
    return next;
  };
  const mapNullable = (id: string | null) => (id === null ? null : map(id));
  const base = <T extends { id: string }>(row: T) => ({ ...row, id: map(row.id), updatedAt: now });
  return {
    plan: base(doc.plan),
    members: doc.members.map(base),
    targetGroups: doc.targetGroups.map(base),
    drivers: doc.drivers.map(base),
    methods: doc.methods.map(base),
    competences: doc.competences.map((c) => ({
      ...base(c),
      driverIds: c.driverIds.map(map),
      targetGroupIds: c.targetGroupIds.map(map),
      methodIds: c.methodIds.map(map),
    })),
    activities: doc.activities.map((a) => ({
      ...base(a),
      competenceIds: a.competenceIds.map(map),
      methodIds: a.methodIds.map(map),
      targetGroupIds: a.targetGroupIds.map(map),
      ownerId: mapNullable(a.ownerId),
    })),
    measurements: doc.measurements.map((m) => ({
      ...base(m),
      competenceId: map(m.competenceId),
      targetGroupId: mapNullable(m.targetGroupId),
    })),
    yearItems: doc.yearItems.map((y) => ({
      ...base(y),
      activityIds: y.activityIds.map(map),
      measurementIds: y.measurementIds.map(map),
    })),
    statusSnapshots: doc.statusSnapshots.map((s) => ({
      ...base(s),
      data: mapIdsDeep(s.data, map),
    })),
    evaluations: doc.evaluations.map((e) => ({
      ...base(e),
      figures: mapIdsDeep(e.figures, map),
    })),
    workshops: doc.workshops.map((w) => ({
      ...base(w),
      targetGroupId: mapNullable(w.targetGroupId),
    })),
    workshopCards: doc.workshopCards.map((c) => ({
      ...base(c),
      workshopId: map(c.workshopId),
      promotedId: mapNullable(c.promotedId),
    })),
    workshopVotes: doc.workshopVotes.map((v) => ({
      ...base(v),
      workshopId: map(v.workshopId),
      cardId: map(v.cardId),
    })),
  };
}
