/**
 * Each id the items link to, with the items that link to it, in the items' order: one pass over
 * the items, where asking each competence in turn which activities name it goes over all of them
 * once per competence. An item that names an id twice is listed once under it.
 */
export function groupByLink<T>(
  items: readonly T[],
  idsOf: (item: T) => readonly string[],
): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const id of idsOf(item)) {
      const group = groups.get(id);
      if (!group) groups.set(id, [item]);
      else if (group[group.length - 1] !== item) group.push(item);
    }
  }
  return groups;
}

/** The group's items, or none. */
export function linkedTo<T>(groups: ReadonlyMap<string, readonly T[]>, id: string): readonly T[] {
  return groups.get(id) ?? NONE;
}

const NONE: readonly never[] = [];
