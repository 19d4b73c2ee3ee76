import type { PlanDocument } from '../../../shared/model/document';
import { collectionOf } from '../../../shared/model/collections';
import { ENTITY_KINDS } from '../../../shared/model/enums';
import type { Db } from '../db/connection';
import { toColumns } from './entity-mapper';
import type { Row } from './row-change';
import { insertNewRows } from './plan-rows';
import { ENTITY_TABLES, LINK_TABLES, PLAN_TABLE } from './tables';

/**
 * Writes a whole, already validated document into an empty plan file: used for import and for
 * the example plan. Not an edit, so it does not enter the undo history. Entities go in before the
 * links that point at them; list order becomes `position`.
 */
export function writeDocument(db: Db, doc: PlanDocument): void {
  insertNewRows(db, (insertRow) => writeRows(insertRow, doc));
}

function writeRows(insertRow: (table: string, row: Row) => void, doc: PlanDocument): void {
  insertRow(PLAN_TABLE.table, {
    id: doc.plan.id,
    ...toColumns(PLAN_TABLE, doc.plan),
    updated_at: doc.plan.updatedAt,
  });
  for (const kind of ENTITY_KINDS) {
    const def = ENTITY_TABLES[kind];
    doc[collectionOf[kind]].forEach((entity, position) => {
      insertRow(def.table, {
        id: entity.id,
        position,
        ...toColumns(def, entity),
        updated_at: entity.updatedAt,
      });
    });
  }
  for (const link of Object.values(LINK_TABLES)) {
    for (const entity of doc[collectionOf[link.fromKind]]) {
      const ids = (entity as unknown as Record<string, string[]>)[link.field] ?? [];
      for (const to of ids) {
        insertRow(link.table, {
          [link.fromColumn]: entity.id,
          [link.toColumn]: to,
          updated_at: entity.updatedAt,
        });
      }
    }
  }
}
