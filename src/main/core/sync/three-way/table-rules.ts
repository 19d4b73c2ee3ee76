import { ENTITY_KINDS } from '../../../../shared/model/enums';
import type { SqlValue } from '../../db/sql';
import { fromColumnValue } from '../../repositories/entity-mapper';
import {
  ENTITY_TABLES,
  LINK_TABLES,
  PLAN_TABLE,
  type EntityTableDef,
  type LinkTableDef,
} from '../../repositories/tables';

/** The plan row and the entity tables, merged field by field, in this order. */
export const ENTITY_DEFS: EntityTableDef[] = [
  PLAN_TABLE,
  ...ENTITY_KINDS.map((k) => ENTITY_TABLES[k]),
];
/** The link tables, merged as sets once the entities are decided. */
export const LINK_DEFS: LinkTableDef[] = Object.values(LINK_TABLES);

/** Columns that a change on both sides does not make a conflict of. */
export const POSITION = 'position';

/** Columns that point at another entity and are cleared when it goes (`referencedBy`). */
export const SET_NULL: Record<string, Record<string, string>> = {};
/** Columns whose target takes the row with it when it goes. */
export const CASCADE: Record<string, Record<string, string>> = {};
for (const kind of ENTITY_KINDS) {
  for (const ref of ENTITY_TABLES[kind].referencedBy) {
    const table = ENTITY_TABLES[ref.kind].table;
    const into = ref.onDelete === 'set-null' ? SET_NULL : CASCADE;
    (into[table] ??= {})[ref.column] = ENTITY_TABLES[kind].table;
  }
}

export const same = (a: SqlValue | undefined, b: SqlValue | undefined) =>
  (a ?? null) === (b ?? null);
/** An entity row's canonical key, as the change log writes it. */
export const idKey = (id: SqlValue | undefined) => JSON.stringify({ id: id ?? null });
const camel = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The model's name of a column, as a conflict shows it. */
export function fieldName(def: EntityTableDef, column: string): string {
  return def.columns.find((c) => c.column === column)?.field ?? camel(column);
}

/** A column's value as the model holds it, as a conflict shows it. */
export function modelValue(
  def: EntityTableDef,
  column: string,
  value: SqlValue | undefined,
): unknown {
  const col = def.columns.find((c) => c.column === column);
  return col ? fromColumnValue(col, value) : (value ?? null);
}
