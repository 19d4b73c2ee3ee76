import type { PlanDocument } from '../../shared/model/document';
import type { Competence, Driver, Member, Method, TargetGroup } from '../../shared/model/entities';

/** Links in a plan are bare ids; every export shows them as the linked rows' titles. */
export interface PlanLookup {
  member: (id: string | null) => Member | undefined;
  targetGroup: (id: string | null) => TargetGroup | undefined;
  driver: (id: string) => Driver | undefined;
  competence: (id: string) => Competence | undefined;
  method: (id: string) => Method | undefined;
  targetGroupNames: (ids: readonly string[]) => string[];
  driverTitles: (ids: readonly string[]) => string[];
  competenceTitles: (ids: readonly string[]) => string[];
  methodTitles: (ids: readonly string[]) => string[];
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

function pick<T, V>(map: Map<string, T>, value: (row: T) => V) {
  return (ids: readonly string[]): V[] => {
    const out: V[] = [];
    for (const id of ids) {
      const row = map.get(id);
      if (row) out.push(value(row));
    }
    return out;
  };
}

export function createLookup(doc: PlanDocument): PlanLookup {
  const members = byId(doc.members);
  const targetGroups = byId(doc.targetGroups);
  const drivers = byId(doc.drivers);
  const competences = byId(doc.competences);
  const methods = byId(doc.methods);
  return {
    member: (id) => (id === null ? undefined : members.get(id)),
    targetGroup: (id) => (id === null ? undefined : targetGroups.get(id)),
    driver: (id) => drivers.get(id),
    competence: (id) => competences.get(id),
    method: (id) => methods.get(id),
    targetGroupNames: pick(targetGroups, (g) => g.name),
    driverTitles: pick(drivers, (d) => d.title),
    competenceTitles: pick(competences, (c) => c.title),
    methodTitles: pick(methods, (m) => m.title),
  };
}
