/**
 * Where two plans (documents, exported JSON) differ, field by field. Lists of rows are matched by
 * their ids rather than by place, so one moved row reads as "the order changed" and not as every
 * row after it changed; the order is then compared as a field of its own.
 */
export function differences(expected: unknown, actual: unknown, limit = 5): string[] {
  const found: string[] = [];
  walk(expected, actual, '', found, limit);
  return found;
}

function walk(a: unknown, b: unknown, path: string, found: string[], limit: number): void {
  if (found.length >= limit) return;
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (isRowList(a) && isRowList(b)) return walkRows(a, b, path, found, limit);
    if (a.length !== b.length) {
      found.push(`${path}: ${a.length} → ${b.length} entries`);
      return;
    }
    a.forEach((item, i) => walk(item, b[i], `${path}[${i}]`, found, limit));
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) walk(a[key], b[key], path ? `${path}.${key}` : key, found, limit);
    return;
  }
  if (typeof a === 'string' && typeof b === 'string') {
    const [before, after] = aroundFirstDifference(a, b);
    found.push(`${path}: ${before} → ${after}`);
    return;
  }
  found.push(`${path}: ${show(a)} → ${show(b)}`);
}

/** Two long texts shown where they part, so that one changed letter can be seen. */
function aroundFirstDifference(a: string, b: string): [string, string] {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 15);
  const cut = (text: string) =>
    `${from > 0 ? '…' : ''}${JSON.stringify(text.slice(from, at + 15))}${at + 15 < text.length ? '…' : ''}`;
  return [cut(a), cut(b)];
}

function walkRows(
  a: Record<string, unknown>[],
  b: Record<string, unknown>[],
  path: string,
  found: string[],
  limit: number,
): void {
  const before = found.length;
  const byId = new Map(b.map((row) => [row['id'], row]));
  for (const row of a) {
    const other = byId.get(row['id']);
    if (other === undefined) found.push(`${path}[${show(row['id'])}]: missing`);
    else walk(row, other, `${path}[${show(row['id'])}]`, found, limit);
    if (found.length >= limit) return;
  }
  const known = new Set(a.map((row) => row['id']));
  for (const row of b) {
    if (!known.has(row['id'])) found.push(`${path}[${show(row['id'])}]: added`);
    if (found.length >= limit) return;
  }
  if (found.length === before && a.some((row, i) => row['id'] !== b[i]?.['id'])) {
    found.push(`${path}: order changed`);
  }
}

function isRowList(list: unknown[]): list is Record<string, unknown>[] {
  return list.every((item) => isRecord(item) && typeof item['id'] === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
