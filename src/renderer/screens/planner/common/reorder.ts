/** The ids in their new order after moving `id` by one place; null when it cannot move that way. */
export function moved(ids: readonly string[], id: string, by: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = ids.slice();
  next[from] = ids[to] ?? id;
  next[to] = id;
  return next;
}
