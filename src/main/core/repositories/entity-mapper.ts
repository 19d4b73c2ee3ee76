import type { SqlValue } from '../db/sql';
import type { Row } from './row-change';
import type { ColumnDef, EntityTableDef } from './tables';

type Values = Record<string, unknown>;

/** One model value as its column holds it: lists and objects as JSON text, null as NULL. */
export function toColumnValue(c: ColumnDef, v: unknown): SqlValue {
  if (c.json === 'list') return JSON.stringify(v ?? []);
  if (c.json === 'object') return v === null || v === undefined ? null : JSON.stringify(v);
  if (c.bool) return v === true ? 1 : 0;
  return (v ?? null) as SqlValue;
}

/** One column's content as the model sees it; JSON columns hold text (or NULL). */
export function fromColumnValue(c: ColumnDef, v: unknown): unknown {
  const text = typeof v === 'string' ? v : null;
  if (c.json === 'list') return JSON.parse(text ?? '[]') as unknown;
  if (c.json === 'object') return text === null ? null : (JSON.parse(text) as unknown);
  if (c.bool) return v === 1;
  return v ?? null;
}

/** Model values (camelCase, lists as arrays) → a row (snake_case, lists as JSON text). */
export function toColumns(def: EntityTableDef, values: Values): Row {
  const row: Row = {};
  for (const c of def.columns) {
    if (!(c.field in values)) continue;
    const v = values[c.field];
    row[c.column] = toColumnValue(c, v);
  }
  return row;
}

const shapes = new WeakMap<EntityTableDef, Values>();

/**
 * An object with every field of `def`'s model values (and `extra` after them), each null, in the
 * order they are written: a copy of it (`{ ...shape }`) is a model value whose fields are filled
 * in place. An object given its fields one at a time by name held in a variable is turned by V8
 * into a dictionary after a dozen or so, which holds a plan’s 50,000 activities in several times the
 * memory and is slower to read; the copies share the shape's layout instead.
 */
export function modelShape(def: EntityTableDef, extra: readonly string[] = []): Values {
  const fields = ['id', ...def.columns.map((c) => c.field), 'updatedAt', ...extra];
  if (extra.length > 0) return Object.fromEntries(fields.map((f) => [f, null]));
  let shape = shapes.get(def);
  if (!shape) {
    shape = Object.fromEntries(fields.map((f) => [f, null]));
    shapes.set(def, shape);
  }
  return shape;
}

/** A row → model values, without the link lists (those come from the link tables). */
export function fromColumns(def: EntityTableDef, row: Row): Values {
  const out: Values = { ...modelShape(def) };
  out['id'] = row['id'];
  for (const c of def.columns) {
    out[c.field] = fromColumnValue(c, row[c.column]);
  }
  out['updatedAt'] = row['updated_at'];
  return out;
}

/**
 * Adds `id` to the list `field` of `values`. A list's first id makes a list of one: an empty list
 * pushed to is given room for seventeen, which a plan's 150,000 links of one id each held at some
 * 20 MB. A longer list is given its own size by `trimIds`.
 */
export function appendId(values: Values, field: string, id: string): void {
  const ids = values[field] as string[];
  if (ids.length === 0) values[field] = [id];
  else ids.push(id);
}

/** The list `field` of `values` copied to its own size, when it had ids pushed to it. */
export function trimIds(values: Values, field: string): string[] {
  const ids = values[field] as string[];
  if (ids.length < 2) return ids;
  const trimmed = ids.slice();
  values[field] = trimmed;
  return trimmed;
}
