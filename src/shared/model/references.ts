import type { WindowDocument } from './document';
import type { EntityKind } from './enums';

/** Kinds, not labels: the caller names them in the words of its message. */
export interface DanglingReference {
  fromKind: EntityKind;
  fromId: string;
  toKind: EntityKind;
  toId: string;
}

export interface DuplicateId {
  id: string;
}

type Refs = { kind: EntityKind; ids: readonly (string | null)[] };

/**
 * The first reference in a document that points at nothing, in document order, so that an import
 * names the same pair every time it is run on the same file.
 */
export function findDanglingReference(doc: WindowDocument): DanglingReference | null {
  const known = {
    member: new Set(doc.members.map((x) => x.id)),
    targetGroup: new Set(doc.targetGroups.map((x) => x.id)),
    driver: new Set(doc.drivers.map((x) => x.id)),
    competence: new Set(doc.competences.map((x) => x.id)),
    method: new Set(doc.methods.map((x) => x.id)),
    activity: new Set(doc.activities.map((x) => x.id)),
    measurement: new Set(doc.measurements.map((x) => x.id)),
    yearItem: new Set(doc.yearItems.map((x) => x.id)),
    statusSnapshot: new Set(doc.statusSnapshots.map((x) => x.id)),
    evaluation: new Set(doc.evaluations.map((x) => x.id)),
    workshop: new Set(doc.workshops.map((x) => x.id)),
    workshopCard: new Set(doc.workshopCards.map((x) => x.id)),
    workshopVote: new Set(doc.workshopVotes.map((x) => x.id)),
  } satisfies Record<EntityKind, Set<string>>;

  const check = (fromKind: EntityKind, fromId: string, refs: Refs[]): DanglingReference | null => {
    for (const { kind, ids } of refs) {
      for (const id of ids) {
        if (id !== null && !known[kind].has(id)) {
          return { fromKind, fromId, toKind: kind, toId: id };
        }
      }
    }
    return null;
  };

  for (const c of doc.competences) {
    const found = check('competence', c.id, [
      { kind: 'driver', ids: c.driverIds },
      { kind: 'targetGroup', ids: c.targetGroupIds },
      { kind: 'method', ids: c.methodIds },
    ]);
    if (found) return found;
  }
  for (const a of doc.activities) {
    const found = check('activity', a.id, [
      { kind: 'competence', ids: a.competenceIds },
      { kind: 'method', ids: a.methodIds },
      { kind: 'targetGroup', ids: a.targetGroupIds },
      { kind: 'member', ids: [a.ownerId] },
    ]);
    if (found) return found;
  }
  for (const m of doc.measurements) {
    const found = check('measurement', m.id, [
      { kind: 'competence', ids: [m.competenceId] },
      { kind: 'targetGroup', ids: [m.targetGroupId] },
    ]);
    if (found) return found;
  }
  for (const y of doc.yearItems) {
    const found = check('yearItem', y.id, [
      { kind: 'activity', ids: y.activityIds },
      { kind: 'measurement', ids: y.measurementIds },
    ]);
    if (found) return found;
  }
  for (const w of doc.workshops) {
    const found = check('workshop', w.id, [{ kind: 'targetGroup', ids: [w.targetGroupId] }]);
    if (found) return found;
  }
  for (const c of doc.workshopCards) {
    const found = check('workshopCard', c.id, [{ kind: 'workshop', ids: [c.workshopId] }]);
    if (found) return found;
  }
  for (const v of doc.workshopVotes) {
    const found = check('workshopVote', v.id, [
      { kind: 'workshop', ids: [v.workshopId] },
      { kind: 'workshopCard', ids: [v.cardId] },
    ]);
    if (found) return found;
  }
  return null;
}

/** Ids are unique across the whole plan, not only within a kind, because links name bare ids. */
export function findDuplicateId(doc: WindowDocument): string | null {
  const seen = new Set<string>([doc.plan.id]);
  const lists = [
    doc.members,
    doc.targetGroups,
    doc.drivers,
    doc.competences,
    doc.methods,
    doc.activities,
    doc.measurements,
    doc.yearItems,
    doc.statusSnapshots,
    doc.evaluations,
    doc.workshops,
    doc.workshopCards,
    doc.workshopVotes,
  ];
  for (const list of lists) {
    for (const { id } of list) {
      if (seen.has(id)) return id;
      seen.add(id);
    }
  }
  return null;
}
