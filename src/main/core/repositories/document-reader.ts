import type { PlanDocument } from '../../../shared/model/document';
import { collectionOf } from '../../../shared/model/document';
import { ENTITY_KINDS, type EntityKind } from '../../../shared/model/enums';
import type { Db } from '../db/connection';
import { ident } from '../db/sql';
import type { Row } from '../history/row-change';
import { fromColumns } from './entity-mapper';
import { ENTITY_TABLES, LINK_TABLES, PLAN_TABLE } from './tables';

/**
 * The whole plan in the committee's order. Link lists follow the order of the entities they
 * point at, so a competence lists its drivers in the order the drivers screen shows them.
 */
export function readDocument(db: Db): PlanDocument {
  const planRow = db.prepare(`SELECT * FROM plan LIMIT 1`).get() as Row | undefined;
  if (!planRow) throw new Error('The plan file has no plan row');

  const lists = {} as Record<EntityKind, Record<string, unknown>[]>;
  const byId = new Map<string, Record<string, unknown>>();
  for (const kind of ENTITY_KINDS) {
    const def = ENTITY_TABLES[kind];
    const rows = db
      .prepare(`SELECT * FROM ${ident(def.table)} ORDER BY position, id`)
      .all() as Row[];
    lists[kind] = rows.map((row) => {
      const values = fromColumns(def, row);
      byId.set(String(row['id']), values);
      return values;
    });
  }
  for (const link of Object.values(LINK_TABLES)) {
    for (const values of lists[link.fromKind]) values[link.field] = [];
    const toTable = ENTITY_TABLES[link.toKind].table;
    const rows = db
      .prepare(
        `SELECT l.${ident(link.fromColumn)} AS a, l.${ident(link.toColumn)} AS b
         FROM ${ident(link.table)} l JOIN ${ident(toTable)} t ON t.id = l.${ident(link.toColumn)}
         ORDER BY t.position, t.id`,
      )
      .all() as { a: string; b: string }[];
    for (const { a, b } of rows) (byId.get(a)?.[link.field] as string[] | undefined)?.push(b);
  }

  const doc = { plan: fromColumns(PLAN_TABLE, planRow) } as Record<string, unknown>;
  for (const kind of ENTITY_KINDS) doc[collectionOf[kind]] = lists[kind];
  return doc as PlanDocument;
}
