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

/** A row → model values, without the link lists (those come from the link tables). */
export function fromColumns(def: EntityTableDef, row: Row): Values {
  const out: Values = { id: row['id'] };
  for (const c of def.columns) {
    out[c.field] = fromColumnValue(c, row[c.column]);
  }
  out['updatedAt'] = row['updated_at'];
  return out;
}
