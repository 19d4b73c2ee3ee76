import type { SqlValue } from '../db/sql';
import type { Row } from '../history/row-change';
import type { EntityTableDef } from './tables';

type Values = Record<string, unknown>;

/** Model values (camelCase, lists as arrays) → a row (snake_case, lists as JSON text). */
export function toColumns(def: EntityTableDef, values: Values): Row {
  const row: Row = {};
  for (const c of def.columns) {
    if (!(c.field in values)) continue;
    const v = values[c.field];
    row[c.column] = c.json ? JSON.stringify(v ?? []) : ((v ?? null) as SqlValue);
  }
  return row;
}

/** A row → model values, without the link lists (those come from the link tables). */
export function fromColumns(def: EntityTableDef, row: Row): Values {
  const out: Values = { id: row['id'] };
  for (const c of def.columns) {
    const v = row[c.column] ?? null;
    out[c.field] = c.json ? (JSON.parse(String(v ?? '[]')) as unknown) : v;
  }
  out['updatedAt'] = row['updated_at'];
  return out;
}
