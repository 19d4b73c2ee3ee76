import type { WindowDocument } from '../../shared/model/document';

type Named = { id: string };

/** Titles by id, so links between parts of the plan are shown by name rather than by UUID. */
export interface Lookup {
  member: (id: string | null) => string | null;
  targetGroup: (id: string | null) => string | null;
  driver: (id: string) => string | null;
  competence: (id: string) => string | null;
  method: (id: string) => string | null;
}

function index<T extends Named>(items: readonly T[], label: (item: T) => string) {
  const map = new Map(items.map((item) => [item.id, label(item)]));
  return (id: string | null): string | null => (id === null ? null : (map.get(id) ?? null));
}

export function createLookup(doc: WindowDocument): Lookup {
  return {
    member: index(doc.members, (m) => m.name),
    targetGroup: index(doc.targetGroups, (g) => g.name),
    driver: index(doc.drivers, (d) => d.title),
    competence: index(doc.competences, (c) => c.title),
    method: index(doc.methods, (m) => m.title),
  };
}

/** Names for a list of ids, skipping any the plan no longer holds. */
export function namesOf(ids: readonly string[], find: (id: string) => string | null): string[] {
  return ids.map(find).filter((name): name is string => name !== null);
}
