/**
 * The element under `root` whose data attribute has exactly this value. Walks the candidates
 * rather than building a selector, as ids may hold characters a selector would need escaped.
 */
export function findByData<T extends Element>(
  root: Element | null,
  attribute: string,
  value: string,
): T | null {
  if (!root) return null;
  for (const el of root.querySelectorAll<T>(`[${attribute}]`)) {
    if (el.getAttribute(attribute) === value) return el;
  }
  return null;
}
